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

/** The front matter findings of a check, as `line: message` (1-based lines, as the editor shows them). */
const onLines = (a: ReturnType<typeof analyze>) => a.report.findings.filter((f) => f.code === 'meta/front-matter').map((f) => `${f.line + 1}: ${f.message}`);

test('malformed front matter: each bad line gets a finding on that line; good lines apply', () => {
  const text = ['---', 'regimes: [gdpr, ccpa]', '\tsells: true', 'dpo: maybe', 'transfers: false', '---', '', '# Privacy Policy', '', 'We are Example Ltd.', ''].join('\n');
  const { a, messages } = messagesFor(undefined, text);
  const found = onLines(a);
  has(found, /^3: This front matter is not valid YAML here: Tabs are not allowed as indentation\. The entry was not read\./);
  has(found, /^4: "dpo" must be true or false, not "maybe"; treated as undeclared/);
  assert.equal(a.options.profile.sells, undefined, 'the broken entry decides nothing');
  assert.deepEqual(messages, [], 'front matter problems are findings, not pop-up messages');
  assert.deepEqual(a.options.regimes, ['gdpr', 'ccpa']);
  assert.equal(a.options.profile.transfers, false);
  assert.equal(a.options.profile.dpo, undefined);
  assert.equal(a.report.disclosures.find((d) => d.id === 'gdpr/international-transfers')!.required, 'not-applicable');
  assert.notEqual(a.report.disclosures.find((d) => d.id === 'gdpr/dpo-contact')!.required, 'not-applicable');
  // A line that is not `key: value` swallows the next key (YAML reads both as one key): the
  // finding underlines both, so the drafter sees why `dpo` was not read.
  const swallowed = ['---', 'this line is not yaml', 'dpo: false', 'transfers: false', '---', '# Privacy Policy', ''].join('\n');
  const b = analyze({ text: swallowed });
  const f = b.report.findings.filter((x) => x.code === 'meta/front-matter');
  assert.equal(f.length, 1);
  assert.equal(swallowed.slice(f[0].start, f[0].end), 'this line is not yaml\ndpo');
  assert.equal(b.options.profile.dpo, undefined);
  assert.equal(b.options.profile.transfers, false);
});

test('front matter cannot reach Object.prototype', () => {
  const text = ['---', '__proto__:', '  regimes: [ccpa]', 'constructor: x', '---', '# Privacy Policy', ''].join('\n');
  const a = analyze({ text });
  has(onLines(a), /^2: "__proto__" cannot be used as a key/);
  has(onLines(a), /^4: "constructor" cannot be used as a key/);
  assert.equal(({} as Record<string, unknown>).regimes, undefined);
  assert.deepEqual(a.options.regimes, ['gdpr']);
});

test('an invalid .privacy-policy.json is named with the line and column of the error, ignored, and the check uses the defaults', () => {
  const parsed = parseProjectFile('{ "regimes": [gdpr], }', '/work/drafts/.privacy-policy.json');
  assert.equal(parsed.value, undefined);
  assert.match(parsed.message!, /^\/work\/drafts\/\.privacy-policy\.json:1:15: not valid JSON \(a value expected\)/);
  assert.match(parsed.message!, /defaults are used/);
  assert.deepEqual(parseProjectFile('\uFEFF{"dpo": false}').value, { dpo: false }, 'a BOM is fine');
  const cases: Array<[string, RegExp]> = [
    ['{\n  "dpo": false,\n}\n', /:3:1: .*a trailing comma is not allowed in JSON/],
    ['{\n  "dpo": false\n  "sells": true\n}', /:3:3: .*a comma expected/],
    ["{ 'dpo': false }", /:1:3: .*a property name in double quotes expected/],
    ['{ "dpo": false, // no DPO\n}', /:1:17: .*comments are not allowed in JSON/],
    ['', /:1:1: .*the file is empty/],
    ['{ "basis": ["consent"', /:1:22: .*a closing \] expected at the end of the file/],
  ];
  for (const [text, expected] of cases) assert.match(parseProjectFile(text, 'p.json').message!, expected, JSON.stringify(text));
});

test('a project file holding null, a list, text or a number as a whole is reported as such, on its first line', () => {
  const cases: Array<[string, string]> = [
    ['null', 'it holds null'],
    ['["gdpr"]', 'it holds a list'],
    ['"gdpr"', 'it holds the text "gdpr"'],
    ['3', 'it holds the number 3'],
  ];
  for (const [text, says] of cases) {
    const parsed = parseProjectFile(text, 'drafts/.privacy-policy.json');
    assert.equal(parsed.message, undefined, 'valid JSON');
    const { a, messages } = messagesFor({ projectFile: parsed.value, projectFileName: 'drafts/.privacy-policy.json', projectFileText: parsed.text });
    has(messages, 'drafts/.privacy-policy.json:1:1: expected an object of settings', says, 'defaults are used');
    assert.deepEqual(a.options.regimes, ['gdpr']);
  }
});

test('each problem inside .privacy-policy.json names its line and column, with the value it was probably meant to be', () => {
  const text = ['{', '  "regime": ["ccpa"],', '  "basis": ["contract", "concent"],', '  "dpo": "no",', '  "profile": { "selz": true },', '  "organization": { "nmae": "Acme", "phone": 301234 },', '  "rules": { "gdpr/dpo-contac": "off", "gdpr/retention": "warn" }', '}'].join('\n');
  const parsed = parseProjectFile(text, 'p/.privacy-policy.json');
  const { a, messages } = messagesFor({ projectFile: parsed.value, projectFileName: 'p/.privacy-policy.json', projectFileText: parsed.text });
  has(messages, 'p/.privacy-policy.json:2:3: unknown setting "regime" (did you mean regimes?)');
  has(messages, 'p/.privacy-policy.json:3:25: unknown legal basis "concent" in "basis" (did you mean consent?)');
  has(messages, 'p/.privacy-policy.json:4:10: "dpo" must be true or false, not "no"');
  has(messages, 'p/.privacy-policy.json:5:16: unknown fact "selz" in "profile" (did you mean sells?)');
  has(messages, 'p/.privacy-policy.json:6:21: unknown detail "nmae" in "organization" (did you mean name?)');
  has(messages, 'p/.privacy-policy.json:6:46: "organization.phone" must be text, not 301234 (put it in quotes)');
  has(messages, 'p/.privacy-policy.json:7:14: unknown rule id "gdpr/dpo-contac" in "rules" (did you mean gdpr/dpo-contact?)');
  has(messages, 'p/.privacy-policy.json:7:58: rule "gdpr/retention" has severity "warn" (did you mean warning?)');
  // None of the unusable values decides an item.
  for (const id of ['gdpr/dpo-contact', 'gdpr/right-withdraw-consent', 'gdpr/legitimate-interests']) {
    assert.notEqual(a.report.disclosures.find((d) => d.id === id)!.required, 'not-applicable', id);
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
  const a = analyze({ text, format: 'markdown' });
  const r = a.report;
  has(onLines(a), /^2: Unknown legal basis "concent" in "basis" \(did you mean consent\?\)/);
  const f = r.findings.find((x) => x.code === 'meta/front-matter')!;
  assert.equal(text.slice(f.start, f.end), 'concent', 'the finding sits on the value itself');
  const withdraw = r.disclosures.find((d) => d.id === 'gdpr/right-withdraw-consent')!;
  assert.notEqual(withdraw.required, 'not-applicable');
  // Beside a known value, the typo still leaves the list undeclared: dropping it would exclude consent.
  const r2 = analyze({ text: '---\nbasis: [contract, concent]\n---\n# Privacy Policy\n', format: 'markdown' }).report;
  assert.notEqual(r2.disclosures.find((d) => d.id === 'gdpr/right-withdraw-consent')!.required, 'not-applicable');
  // Aliases and other spellings of the known bases are accepted.
  const r3 = analyze({ text: '---\nbasis: [Legitimate-Interest, Performance of a contract]\n---\n# Privacy Policy\n', format: 'markdown' }).report;
  assert.deepEqual(r3.findings.filter((x) => x.code === 'meta/front-matter').map((x) => x.message), []);
  assert.equal(r3.disclosures.find((d) => d.id === 'gdpr/legitimate-interests')!.required, 'always');
  assert.equal(r3.disclosures.find((d) => d.id === 'gdpr/right-withdraw-consent')!.required, 'not-applicable');
});

test('a misspelt key is named with the key it was probably meant to be; a site generator\'s own keys are left alone', () => {
  const a = analyze({ text: '---\ntitle: Privacy\nlayout: page\ntransfer: true\n---\n# Privacy Policy\n', format: 'markdown' });
  assert.deepEqual(onLines(a), ['4: Unknown key "transfer" (did you mean transfers?); ignored.']);
  assert.deepEqual(a.report.configurationMessages, []);
  const p = resolveOptions({ projectFile: { regime: ['gdpr'] } });
  assert.ok(p.messages.some((m) => /unknown setting "regime" \(did you mean regimes\?\)/.test(m)), p.messages.join('\n'));
});
