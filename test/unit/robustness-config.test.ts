// Bad configuration never breaks a check: each wrong value is named in a message a drafter can
// act on, the default is used, and the rest of the configuration still applies.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, parseProjectFile, resolveOptions } from '../../server/src/engine';

const DRAFT = '# Privacy Policy\n\nExample Ltd is the controller of your personal data.\n';

/** Messages of a check of DRAFT with these sources; asserts the check itself succeeded. */
function messagesFor(config: Parameters<typeof analyze>[0]['config'], text = DRAFT) {
  const a = analyze({ text, config });
  assert.ok(a.report.disclosures.length > 0, 'the check still ran');
  return { a, messages: a.report.configurationMessages };
}

const has = (messages: string[], ...parts: Array<string | RegExp>) =>
  assert.ok(
    messages.some((m) => parts.every((p) => (typeof p === 'string' ? m.includes(p) : p.test(m)))),
    `a message mentioning ${parts.join(' + ')} among:\n${messages.join('\n')}`,
  );

test('settings of the wrong type are named, and defaults are used', () => {
  const { a, messages } = messagesFor({
    settings: { rules: 5, regimes: 7, organization: 'Example Ltd', dpo: 'yes', basis: 3 },
  });
  has(messages, 'settings', '"rules"');
  has(messages, '"regimes"', 'gdpr');
  has(messages, '"organization"');
  has(messages, '"dpo"', 'true or false');
  has(messages, '"basis"');
  assert.deepEqual(a.options.regimes, ['gdpr']);
  assert.deepEqual(a.options.rules, {});
  assert.deepEqual(a.options.organization, {});
  assert.equal(a.options.profile.dpo, undefined);
});

test('regimes given as one string are read; unknown ones are named and never leave nothing checked', () => {
  assert.deepEqual(resolveOptions({ settings: { regimes: 'gdpr, ccpa' } }).options.regimes, ['gdpr', 'ccpa']);
  const typo = resolveOptions({ settings: { regimes: ['gdrp'] } });
  has(typo.messages, 'unknown regime "gdrp"', 'gdpr, ccpa, caloppa, coppa');
  has(typo.messages, 'no known regime', 'using gdpr');
  assert.deepEqual(typo.options.regimes, ['gdpr'], 'a list of typos keeps the default');
  const mixed = resolveOptions({ settings: { regimes: ['ccpa', null, 5, { x: 1 }] } });
  assert.deepEqual(mixed.options.regimes, ['ccpa'], 'the valid entry applies');
  assert.equal(mixed.messages.filter((m) => m.includes('unknown regime')).length, 3);
});

test('an unknown rule id and a wrong severity are named; the valid entries still apply', () => {
  const { a, messages } = messagesFor({
    settings: { rules: { 'gdpr/no-such-rule': 'off', 'gdpr/retention': 'loud', 'gdpr/dpo-contact': null, 'gdpr/purposes': 'off' } },
  });
  has(messages, 'unknown rule id "gdpr/no-such-rule"');
  has(messages, '"gdpr/retention"', '"loud"', 'error, warning, information, hint or off');
  has(messages, '"gdpr/dpo-contact"', 'null');
  assert.deepEqual(a.options.rules, { 'gdpr/purposes': 'off' });
  assert.equal(a.report.findings.some((f) => f.code === 'gdpr/purposes'), false);
  assert.equal(a.report.findings.some((f) => f.code === 'gdpr/retention'), true, 'the bad severity kept the default');
});

test('a settings section that is not an object is named and ignored', () => {
  for (const settings of ['gdpr', 42, ['gdpr'], true]) {
    const { a, messages } = messagesFor({ settings });
    has(messages, 'settings', 'expected an object');
    assert.deepEqual(a.options.regimes, ['gdpr']);
  }
});

test('malformed front matter: each bad line is named with its line number; good lines apply', () => {
  const text = ['---', 'regimes: [gdpr, ccpa]', 'this line is not yaml', 'dpo: maybe', '  - stray item', 'transfers: false', '---', '', '# Privacy Policy', '', 'We are Example Ltd.', ''].join('\n');
  const { a, messages } = messagesFor(undefined, text);
  has(messages, 'Front matter', 'line 3');
  has(messages, 'the front matter', '"dpo"', '"maybe"');
  has(messages, 'Front matter', 'line 5');
  assert.deepEqual(a.options.regimes, ['gdpr', 'ccpa']);
  assert.equal(a.options.profile.transfers, false);
  assert.equal(a.options.profile.dpo, undefined);
  assert.equal(a.report.disclosures.find((d) => d.id === 'gdpr/international-transfers')!.required, 'not-applicable');
});

test('front matter cannot reach Object.prototype', () => {
  const text = ['---', '__proto__:', '  regimes: [ccpa]', 'constructor: x', '---', '# Privacy Policy', ''].join('\n');
  const { a, messages } = messagesFor(undefined, text);
  has(messages, '"__proto__" cannot be used as a key');
  has(messages, '"constructor" cannot be used as a key');
  assert.equal(({} as Record<string, unknown>).regimes, undefined);
  assert.deepEqual(a.options.regimes, ['gdpr']);
});

test('an invalid .privacy-policy.json is named, ignored, and the check uses the defaults', () => {
  const parsed = parseProjectFile('{ "regimes": [gdpr], }', '/work/drafts/.privacy-policy.json');
  assert.equal(parsed.value, undefined);
  assert.match(parsed.message!, /\/work\/drafts\/\.privacy-policy\.json is not valid JSON/);
  assert.match(parsed.message!, /defaults are used/);
  assert.deepEqual(parseProjectFile('\uFEFF{"dpo": false}').value, { dpo: false }, 'a BOM is fine');
  for (const projectFile of [[], 'gdpr', 3]) {
    const { messages } = messagesFor({ projectFile, projectFileName: 'drafts/.privacy-policy.json' });
    has(messages, 'drafts/.privacy-policy.json', 'expected an object');
  }
});

test('an unknown key in .privacy-policy.json (a typo) is named', () => {
  const { a, messages } = messagesFor({ projectFile: { regime: ['ccpa'], dpo: false }, projectFileName: '.privacy-policy.json' });
  has(messages, '.privacy-policy.json', 'unknown setting "regime"', 'regimes');
  assert.equal(a.options.profile.dpo, false, 'the valid key applies');
  assert.deepEqual(a.options.regimes, ['gdpr']);
  // Editor settings and front matter carry other tools' keys: no message for those.
  const quiet = resolveOptions({ settings: { include: ['**/*.md'], run: 'onType' }, frontMatter: { title: 'Privacy', layout: 'page' } });
  assert.deepEqual(quiet.messages, []);
});

test('a typo in the declared legal basis is reported with a suggestion and never makes an item "not applicable"', () => {
  const text = '---\nbasis: [concent]\n---\n# Privacy Policy\n\nNorthwind Ltd is the controller.\n';
  const r = analyze({ text, format: 'markdown' }).report;
  assert.ok(r.configurationMessages.some((m) => /unknown legal basis "concent" in "basis" \(did you mean consent\?\)/.test(m)), r.configurationMessages.join('\n'));
  const withdraw = r.disclosures.find((d) => d.id === 'gdpr/right-withdraw-consent')!;
  assert.notEqual(withdraw.required, 'not-applicable');
  // Beside a known value, the typo still leaves the list undeclared: dropping it would exclude consent.
  const r2 = analyze({ text: '---\nbasis: [contract, concent]\n---\n# Privacy Policy\n', format: 'markdown' }).report;
  assert.notEqual(r2.disclosures.find((d) => d.id === 'gdpr/right-withdraw-consent')!.required, 'not-applicable');
  // Aliases and other spellings of the known bases are accepted.
  const r3 = analyze({ text: '---\nbasis: [Legitimate-Interest, Performance of a contract]\n---\n# Privacy Policy\n', format: 'markdown' }).report;
  assert.deepEqual(r3.configurationMessages.filter((m) => /basis/.test(m)), []);
  assert.equal(r3.disclosures.find((d) => d.id === 'gdpr/legitimate-interests')!.required, 'always');
  assert.equal(r3.disclosures.find((d) => d.id === 'gdpr/right-withdraw-consent')!.required, 'not-applicable');
});

test('a misspelt key is named with the key it was probably meant to be; a site generator\'s own keys are left alone', () => {
  const r = analyze({ text: '---\ntitle: Privacy\nlayout: page\ntransfer: true\n---\n# Privacy Policy\n', format: 'markdown' }).report;
  assert.deepEqual(r.configurationMessages, ['the front matter: unknown key "transfer" (did you mean transfers?); ignored.']);
  const p = resolveOptions({ projectFile: { regime: ['gdpr'] } });
  assert.ok(p.messages.some((m) => /unknown setting "regime" \(did you mean regimes\?\)/.test(m)), p.messages.join('\n'));
});
