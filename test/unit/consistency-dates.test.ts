// Dates: missing, in the future, older than 12 months under the CCPA, before the GDPR applied.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, ConfigSources, Finding, RegimeId } from '../../server/src/engine';

const NOW = new Date('2026-06-01T00:00:00Z');
const dates = (text: string, regimes: RegimeId[] = ['gdpr'], config: ConfigSources = {}): Finding[] =>
  analyze({ text, config: { now: NOW, settings: { regimes }, ...config } }).report.findings.filter((f) => f.code.startsWith('consistency/') && f.code.endsWith('-date'));

test('missing-date: reported on the title, information under the GDPR alone, warning for California', () => {
  const text = '# Privacy Policy\n\nWe are Acme Ltd.\n';
  const gdpr = dates(text);
  assert.deepEqual(gdpr.map((f) => [f.code, f.severity, text.slice(f.start, f.end)]), [['consistency/missing-date', 'information', 'Privacy Policy']]);
  const ca = dates(text, ['ccpa', 'caloppa']);
  assert.equal(ca[0].severity, 'warning');
  assert.match(ca[0].message, /CalOPPA requires an effective date/);
  const fix = gdpr[0].fixes[0].edits[0];
  assert.equal(text.slice(0, fix.start) + fix.newText + text.slice(fix.end), '# Privacy Policy\n\nLast updated: 1 June 2026\n\nWe are Acme Ltd.\n');
  const userSet = dates(text, ['gdpr'], { settings: { regimes: ['gdpr'], rules: { 'consistency/missing-date': 'error' } } });
  assert.equal(userSet[0].severity, 'error');
});

test('missing-date: quiet when the policy is dated', () => {
  assert.deepEqual(dates('# Privacy Policy\n\nEffective date: 1 March 2026\n', ['gdpr', 'ccpa']), []);
});

test('future-date: a "last updated" date after today', () => {
  const text = '# Privacy Policy\n\nLast updated: 12 March 2027\n';
  const fs = dates(text);
  assert.deepEqual(fs.map((f) => [f.code, text.slice(f.start, f.end)]), [['consistency/future-date', '12 March 2027']]);
  assert.match(fs[0].message, /cannot have been updated in the future/);
  assert.deepEqual(dates('# Privacy Policy\n\nLast updated: 31 May 2026\n'), []);
});

test('stale-date: older than 12 months only when the CCPA is checked', () => {
  const text = '# Privacy Policy\n\nLast Updated June 21, 2024\n';
  assert.deepEqual(dates(text, ['gdpr']), []);
  const fs = dates(text, ['ccpa']);
  assert.deepEqual(fs.map((f) => [f.code, text.slice(f.start, f.end)]), [['consistency/stale-date', 'June 21, 2024']]);
  assert.match(fs[0].message, /at least once every 12 months \(Civ\. Code § 1798\.130\(a\)\(5\)\)/);
  assert.deepEqual(dates('# Privacy Policy\n\nLast updated: 2 June 2025\n', ['ccpa']), []);
});

test('pre-gdpr-date: the latest date before 25 May 2018, only when the GDPR is checked', () => {
  const text = 'Sepior Privacy Policy\n\n(Last revision – 22 February 2017)\n';
  const fs = dates(text, ['gdpr']);
  assert.deepEqual(fs.map((f) => [f.code, text.slice(f.start, f.end)]), [['consistency/pre-gdpr-date', '22 February 2017']]);
  assert.deepEqual(dates(text, ['caloppa']), []);
  // An old effective date with a later revision is history, not the policy's date.
  assert.deepEqual(dates('# Privacy Policy\n\nEffective date: 1 January 2017. Last updated: 1 March 2026.\n', ['gdpr']), []);
});

test('ambiguous 03/04/2026 is not reported as future unless both readings are', () => {
  assert.deepEqual(dates('# Privacy Policy\n\nLast updated: 05/06/2026\n'), []);
  assert.equal(dates('# Privacy Policy\n\nLast updated: 07/08/2026\n')[0]?.code, 'consistency/future-date');
});
