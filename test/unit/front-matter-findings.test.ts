// The front matter as a careless or hostile drafter writes it: every entry the checker cannot use
// is a meta/front-matter finding on its own line, with the value it was probably meant to be, and
// never makes an item "not applicable". Parsing is by the `yaml` library, behind limits on size
// and nesting.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { ALL_REGIMES, analyze, type Analysis } from '../../server/src/engine';
import { MAX_FRONT_MATTER_CHARS, parseFrontMatter } from '../../server/src/engine/model/frontMatter';

const BODY = '# Privacy Policy\n\nNorthwind Ltd is the controller of your personal data.\n';
const check = (frontMatter: string[], config?: Parameters<typeof analyze>[0]['config']) => analyze({ text: ['---', ...frontMatter, '---', BODY].join('\n'), format: 'markdown', config });

/** `line: message` of the front matter findings, lines 1-based as the editor shows them. */
const found = (a: Analysis) => a.report.findings.filter((f) => f.code === 'meta/front-matter').map((f) => `${f.line + 1}: ${f.message}`);
const quoted = (a: Analysis) => a.report.findings.filter((f) => f.code === 'meta/front-matter').map((f) => a.doc.text.slice(f.start, f.end));
const required = (a: Analysis, id: string) => a.report.disclosures.find((d) => d.id === id)!.required;

// Each profile fact, the item it decides, and the regime that holds the item.
const FACTS: Array<{ fact: string; item: string; regime: string }> = [
  { fact: 'dpo', item: 'gdpr/dpo-contact', regime: 'gdpr' },
  { fact: 'transfers', item: 'gdpr/international-transfers', regime: 'gdpr' },
  { fact: 'indirectSources', item: 'gdpr/data-source', regime: 'gdpr' },
  { fact: 'automatedDecisions', item: 'gdpr/automated-decision-making', regime: 'gdpr' },
  { fact: 'children', item: 'coppa/children', regime: 'coppa' },
  { fact: 'sells', item: 'ccpa/right-opt-out', regime: 'ccpa' },
];

test('each profile fact: `false` makes its item not applicable, but no unusable value does, and each gets a finding on its line', () => {
  for (const { fact, item, regime } of FACTS) {
    const control = check([`regimes: [${regime}]`, `${fact}: false`]);
    assert.equal(required(control, item), 'not-applicable', `${fact}: false decides ${item}`);
    assert.deepEqual(found(control), []);
    for (const bad of ['"false"', '0', '[false]', 'maybe', '{ value: false }']) {
      const a = check([`regimes: [${regime}]`, `${fact}: ${bad}`]);
      assert.notEqual(required(a, item), 'not-applicable', `${fact}: ${bad} must not decide ${item}`);
      const f = found(a);
      assert.equal(f.length, 1, `${fact}: ${bad}: ${f.join(' | ')}`);
      assert.match(f[0], new RegExp(`^3: "${fact}" must be true or false, not .*; treated as undeclared`));
      assert.equal(a.options.profile[fact as 'dpo'], undefined);
    }
  }
});

test('the legal bases: a typo, an empty list, a wrong type or a number never exclude consent or legitimate interests', () => {
  const control = check(['basis: [contract]']);
  assert.equal(required(control, 'gdpr/right-withdraw-consent'), 'not-applicable');
  assert.equal(required(control, 'gdpr/legitimate-interests'), 'not-applicable');
  const cases: Array<[string[], RegExp, string]> = [
    [['basis: [contract, concent]'], /^2: Unknown legal basis "concent" in "basis" \(did you mean consent\?\)/, 'concent'],
    [['basis:', '  - contract', '  - legitimate intrests'], /^4: Unknown legal basis "legitimate intrests" in "basis" \(did you mean legitimate interests\?\)/, 'legitimate intrests'],
    [['basis: []'], /^2: "basis" is empty; list the legal bases/, '[]'],
    [['basis: { contract: true }'], /^2: "basis" must be a list such as \["contract", "consent"\], not \{"contract":true\}/, '{ contract: true }'],
    [['basis: [contract, 6]'], /^2: "basis" must be a list/, '[contract, 6]'],
    [['profile:', '  basis: [contarct]'], /^3: Unknown legal basis "contarct" in "basis" \(did you mean contract\?\)/, 'contarct'],
  ];
  for (const [lines, message, at] of cases) {
    const a = check(lines);
    assert.deepEqual(found(a).length, 1, found(a).join(' | '));
    assert.match(found(a)[0], message);
    assert.equal(quoted(a)[0], at, 'the finding underlines the value');
    assert.notEqual(required(a, 'gdpr/right-withdraw-consent'), 'not-applicable', lines.join('; '));
    assert.notEqual(required(a, 'gdpr/legitimate-interests'), 'not-applicable', lines.join('; '));
  }
});

test('an unusable front matter value also cancels the project file\'s value for the same fact, with a finding that says so', () => {
  const a = check(['dpo: maybe'], { projectFile: { dpo: false } });
  assert.equal(a.options.profile.dpo, undefined);
  assert.notEqual(required(a, 'gdpr/dpo-contact'), 'not-applicable');
  assert.deepEqual(found(a), ['2: "dpo" must be true or false, not "maybe"; treated as undeclared (the value false given elsewhere is not used either).']);
});

test('unknown and misspelt keys: near misses of ours at the top, every unknown key inside our own objects, with suggestions', () => {
  const a = check([
    'title: Privacy Policy', // a site generator's key: not ours, not a typo
    'layout: page',
    'regime: [ccpa]',
    'regimes: [gdpr, cppa]',
    'organisation:',
    '  name: Acme',
    'organization:',
    '  nmae: Northwind Ltd',
    '  phone: 0301234567',
    'profile:',
    '  dpoo: false',
    '  region: eu',
    'rules:',
    '  gdpr/retension: off',
    '  gdpr/retention: warn',
  ]);
  assert.deepEqual(found(a), [
    '4: Unknown key "regime" (did you mean regimes?); ignored.',
    `5: Unknown regime "cppa" (did you mean ccpa?); known regimes are ${ALL_REGIMES.join(', ')}.`,
    '6: Unknown key "organisation" (did you mean organization?); ignored.',
    '9: Unknown detail "nmae" in "organization" (did you mean name?); ignored. Known details are name, website, email, privacyEmail, phone, address.',
    '10: "organization.phone" must be text, not 301234567 (put it in quotes); ignored.',
    '12: Unknown fact "dpoo" in "profile" (did you mean dpo?); ignored. Known facts are dpo, transfers, indirectSources, automatedDecisions, children, sells, basis, states.',
    '13: Unknown fact "region" in "profile"; ignored. Known facts are dpo, transfers, indirectSources, automatedDecisions, children, sells, basis, states.',
    '15: Unknown rule id "gdpr/retension" in "rules" (did you mean gdpr/retention?); ignored.',
    '16: Rule "gdpr/retention" has severity "warn" (did you mean warning?); use error, warning, information, hint or off. Default kept.',
  ]);
  assert.deepEqual(a.options.regimes, ['gdpr'], 'the known regime applies');
  assert.equal(a.options.profile.dpo, undefined, 'a misspelt fact decides nothing');
  assert.deepEqual(a.report.configurationMessages, [], 'front matter problems are findings, not pop-ups');
});

test('what the hand-written parser got right still holds: quotes, "#" inside quotes, commas inside quoted list items, yes/no', () => {
  const { data, problems } = parseFrontMatter(['name: "Acme #1 GmbH"   # the legal name', "aliases: ['Acme, Inc.', \"Acme #1\", plain]", 'dpo: no', 'sells: Yes', 'quoted: "yes"', 'updated: 2026-01-31', 'empty:'].join('\n'));
  assert.deepEqual(problems, []);
  assert.deepEqual(data, { name: 'Acme #1 GmbH', aliases: ['Acme, Inc.', 'Acme #1', 'plain'], dpo: false, sells: true, quoted: 'yes', updated: '2026-01-31', empty: null });
});

test('nesting beyond 16 levels is refused before parsing, in any form, on its line; the other entries still apply', () => {
  const deep = [
    `dpo: ${'['.repeat(5000)}`,
    `dpo: ${'{a: '.repeat(3000)}`,
    `dpo: ${'['.repeat(7000)}${']'.repeat(7000)}`,
    `dpo:\n  ${'- '.repeat(5000)}x`,
    `dpo: [\n${'  [\n'.repeat(3000)}`, // 12 KB over 3,000 lines
    `dpo: "[[[[[[[[[[[[[[[[[[[[[[[[" `, // brackets inside quotes are text, not nesting
  ];
  for (const [i, d] of deep.entries()) {
    const t0 = process.hrtime.bigint();
    const a = check(['transfers: false', d, 'sells: false'], { settings: { regimes: ['gdpr', 'ccpa'] } });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    assert.ok(ms < 3000, `case ${i}: ${ms.toFixed(0)} ms`);
    assert.equal(a.options.profile.transfers, false, `case ${i}: the entry before applies`);
    assert.equal(a.options.profile.sells, false, `case ${i}: the entry after applies`);
    assert.equal(a.options.profile.dpo, undefined, `case ${i}`);
    if (i === deep.length - 1) {
      assert.deepEqual(found(a), ['3: "dpo" must be true or false, not "[[[[[[[[[[[[[[[[[[[[[[[["; treated as undeclared.']);
      continue;
    }
    assert.deepEqual(found(a), ['3: The value of "dpo" is nested more than 16 levels deep, far deeper than any processing profile; it was not read.'], `case ${i}`);
  }
});

test('front matter longer than 16 KB is refused as a whole, with a finding on its opening line', () => {
  assert.equal(MAX_FRONT_MATTER_CHARS, 16 * 1024);
  const a = check(['dpo: false', `note: ${'x'.repeat(MAX_FRONT_MATTER_CHARS)}`]);
  assert.deepEqual(found(a), ['1: The front matter is 17 KB long, more than the 16 KB a processing profile could need, so none of it was read. Move long text out of the front matter.']);
  assert.equal(a.options.profile.dpo, undefined);
  assert.ok(a.report.disclosures.length > 0, 'the draft is still checked');
});

test('syntax errors are findings on their line; the broken entry decides nothing; aliases are not followed', () => {
  const a = check(['dpo: false', 'dpo: true', 'transfers: [true', 'sells: &s false', 'children: *s', 'x: *undefined']);
  const f = found(a);
  assert.ok(f.some((m) => /^3: "dpo" is given twice; the first value is used, this one was not read\./.test(m)), f.join('\n'));
  // The parser notices the unclosed list on the next line; both lines are named.
  assert.ok(f.some((m) => /^4: "transfers" must be true or false, not \[true\]/.test(m)), f.join('\n'));
  assert.ok(f.some((m) => /^5: This front matter is not valid YAML here: .* The entry was not read\./.test(m)), f.join('\n'));
  assert.ok(f.some((m) => /^6: Aliases \(\*s\) are not read in front matter/.test(m)), f.join('\n'));
  assert.equal(a.options.profile.dpo, false, 'the first of two keys is read; the second is flagged');
  assert.equal(a.options.profile.transfers, undefined, 'the unclosed list decides nothing');
  assert.equal(a.options.profile.children, undefined, 'an alias is not followed');
  // A billion laughs: aliases of aliases are never expanded.
  const laughs = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 9 }, (_, i) => `${'bcdefghij'[i]}: &${'bcdefghij'[i]} [${Array(10).fill(`*${'abcdefghi'[i]}`).join(', ')}]`)];
  const t0 = Date.now();
  const b = check(laughs);
  assert.ok(Date.now() - t0 < 2000);
  const fb = found(b);
  assert.equal(fb.length, 9, fb.join('\n'));
  assert.ok(fb.every((m, i) => m.startsWith(`${i + 3}: Aliases (*${'abcdefghi'[i]}) are not read in front matter`)), fb.join('\n'));
  // Beyond 50 problems, the first 50 and a count.
  const many = found(check(Array.from({ length: 80 }, (_, i) => `k${i}: *x`)));
  assert.equal(many.length, 51);
  assert.ok(many.includes('1: The front matter has 30 more problems like the ones shown, not listed; correct those first.'), many.slice(0, 3).join('\n'));
});

test('a front matter that is a list or a single value is named; a forbidden key is refused on its line', () => {
  assert.deepEqual(found(check(['- dpo: false'])), ['2: The front matter should hold `key: value` lines (such as `dpo: false`), but it holds a list; it was not read.']);
  assert.deepEqual(found(check(['just some words'])), ['2: The front matter should hold `key: value` lines (such as `dpo: false`), but it holds a single value; it was not read.']);
  assert.deepEqual(found(check(['# only a comment'])), [], 'an empty block declares nothing and is fine');
  assert.deepEqual(found(check(['prototype: 1', 'organization:', '  __proto__: { name: x }'])), ['2: "prototype" cannot be used as a key; this entry was ignored.', '4: "__proto__" cannot be used as a key; this entry was ignored.']);
});

test('CRLF line ends and a byte-order mark keep findings on the right line and column', () => {
  const text = '\uFEFF---\r\ntitle: x\r\nbasis: [concent]\r\n---\r\n# Privacy Policy\r\n';
  const a = analyze({ text, format: 'markdown' });
  const f = a.report.findings.find((x) => x.code === 'meta/front-matter')!;
  assert.equal(f.line, 2);
  assert.equal(f.column, 8);
  assert.equal(text.slice(f.start, f.end), 'concent');
});

test('the rules setting governs meta/front-matter like any rule, and a suppression comment can waive it', () => {
  const lines = ['transfer: true'];
  assert.equal(check(lines).report.findings.find((f) => f.code === 'meta/front-matter')!.severity, 'warning');
  assert.equal(check(lines, { settings: { rules: { 'meta/front-matter': 'error' } } }).report.findings.find((f) => f.code === 'meta/front-matter')!.severity, 'error');
  assert.deepEqual(found(check(lines, { settings: { rules: { 'meta/front-matter': 'off' } } })), []);
  assert.deepEqual(found(check([...lines, 'rules: { meta/front-matter: off }'])), [], 'the front matter can turn it off for itself (a bare off)');
  assert.deepEqual(found(check([...lines, 'rules:', '  meta/front-matter: "off"'])), [], 'and a quoted one');
});

test('"did you mean …?" comes with a quick fix that puts the suggestion in place; applied, the front matter is clean', () => {
  const lines = ['transfer: true', 'basis: [contract, "concent"]', 'regimes:', '  - gdrp', 'profile:', '  dpoo: false', 'organization: { nmae: Northwind Ltd }', 'rules:', '  gdpr/retension: warnign'];
  const a = check(lines);
  const withFix = a.report.findings.filter((f) => f.code === 'meta/front-matter' && f.fixes.length > 0);
  assert.deepEqual(withFix.map((f) => f.fixes[0].title), ['Change to "transfers"', 'Change to "consent"', 'Change to "gdpr"', 'Change to "dpo"', 'Change to "name"', 'Change to "gdpr/retention"']);
  let text = a.doc.text;
  for (const f of [...withFix].reverse()) {
    const e = f.fixes[0].edits[0];
    text = text.slice(0, e.start) + e.newText + text.slice(e.end);
  }
  const b = analyze({ text, format: 'markdown' });
  // Fixed: only the severity typo of the (now known) rule id is left, and it has its own fix.
  assert.deepEqual(found(b), ['10: Rule "gdpr/retention" has severity "warnign" (did you mean warning?); use error, warning, information, hint or off. Default kept.']);
  const last = b.report.findings.find((f) => f.code === 'meta/front-matter')!;
  const e = last.fixes[0].edits[0];
  const c = analyze({ text: text.slice(0, e.start) + e.newText + text.slice(e.end), format: 'markdown' });
  assert.deepEqual(found(c), []);
  assert.equal(c.options.profile.transfers, true);
  assert.deepEqual(c.options.profile.basis, ['contract', 'consent']);
  assert.equal(c.options.profile.dpo, false);
  assert.equal(c.options.organization.name, 'Northwind Ltd');
  assert.deepEqual(c.options.rules, { 'gdpr/retention': 'warning' });
  // No fix where the suggestion would not replace exactly the misspelt text.
  assert.deepEqual(check(['regimes: "gdpr, cppa"']).report.findings.filter((f) => f.code === 'meta/front-matter').map((f) => f.fixes.length), [0]);
});
