// The pack's suggestion and the profile's `states` fact. Our own drafting.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../../index';
import { resolveOptions } from '../../../config';

test('us-states is suggested when a US notice names a state\'s residents or state privacy rights, and not when it is on', () => {
  const texts = ['# Privacy Notice\n\n## Your State Privacy Rights\n\nYou may ask us to delete your data.\n', '# Privacy Notice\n\nIf you live in Virginia or Colorado, you may opt out of targeted advertising.\n'];
  for (const text of texts) {
    const off = analyze({ text, config: { settings: { regimes: ['ccpa'] } } }).report.findings.filter((f) => f.code === 'meta/regime-suggestion');
    assert.ok(off.some((f) => /US state laws/.test(f.message)), text);
    const on = analyze({ text, config: { settings: { regimes: ['us-states'] } } }).report.findings.filter((f) => f.code === 'meta/regime-suggestion' && /US state laws/.test(f.message));
    assert.equal(on.length, 0);
  }
  const plain = analyze({ text: '# Privacy Notice\n\nWe ship to all fifty states.\n', config: { settings: { regimes: ['gdpr'] } } }).report.findings;
  assert.ok(!plain.some((f) => /US state laws/.test(f.message)));
});

test('states: codes and names are read as two-letter codes; a typo gets a did-you-mean and leaves the list undeclared', () => {
  const ok = resolveOptions({ projectFile: { states: ['va', 'Texas', 'New Jersey', 'TX'] } });
  assert.deepEqual(ok.options.profile.states, ['VA', 'TX', 'NJ']);
  assert.deepEqual(ok.messages, []);
  const typo = resolveOptions({ projectFile: { states: ['VA', 'Texsa'] } });
  assert.equal(typo.options.profile.states, undefined);
  assert.match(typo.messages.join('\n'), /unknown US state "Texsa".*did you mean Texas\?/);
  const bad = resolveOptions({ frontMatter: { states: 5 } });
  assert.equal(bad.options.profile.states, undefined);
  assert.match(bad.messages.join('\n'), /"states" must be a list/);
});

test('every state the pack names is recognised by scope.ts: a right told to its residents is not a GDPR disclosure', async () => {
  const { default: pack } = await import('../index');
  const { disclosure, draft } = await import('../../caseHelpers');
  for (const word of pack.scopeWords.filter((w) => w !== 'state privacy')) {
    const name = word.replace(/\b[a-z]/g, (c) => c.toUpperCase());
    assert.equal(disclosure(draft(`Residents of ${name} may ask us to erase their personal data.`), 'gdpr/right-erasure').found, false, name);
  }
});
