// meta/regime-suggestion: a regime the text shows to apply, but which is not checked.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/engine';

const suggestions = (text: string, regimes: string[]) =>
  analyze({ text, config: { settings: { regimes } } }).report.findings.filter((f) => f.code === 'meta/regime-suggestion');

test('a GDPR-only check of a policy for California residents suggests CCPA (and CalOPPA) once each, with an enableRegime fix', () => {
  const text = '# Privacy Policy\n\nThis section applies to California residents. California residents may ask what we collect. The CCPA gives you rights.\n';
  const s = suggestions(text, ['gdpr']);
  const ccpa = s.filter((f) => f.fixes[0]?.command?.args[0] === 'ccpa');
  assert.equal(ccpa.length, 1);
  assert.equal(ccpa[0].severity, 'information');
  assert.match(ccpa[0].message, /California/);
  assert.deepEqual(ccpa[0].fixes[0].edits, []);
  assert.equal(ccpa[0].fixes[0].command?.id, 'privacyPolicy.enableRegime');
  assert.equal(text.slice(ccpa[0].start, ccpa[0].end), 'This section applies to California residents.');
  assert.ok(s.some((f) => f.fixes[0]?.command?.args[0] === 'caloppa'));
});

test('a CCPA-only check of a policy that cites the GDPR suggests GDPR; no suggestion for a regime already on', () => {
  const text = '# Privacy Policy\n\nIf you are in the EEA, the GDPR gives you further rights. California residents have rights under the CCPA.\n';
  const s = suggestions(text, ['ccpa']);
  assert.deepEqual(s.map((f) => f.fixes[0].command?.args[0]).filter((r) => r === 'gdpr' || r === 'ccpa'), ['gdpr']);
});

test('nothing is suggested for a policy that gives no sign of another regime', () => {
  assert.deepEqual(suggestions('# Privacy Policy\n\nWe collect your name to answer your questions.\n', ['gdpr']), []);
});
