// drafting/broken-reference, go to definition and document links on cross-references. Every
// sentence is our own drafting; the false alarms found on the dev corpora are kept here in our
// own words (flattened numbering, tables of contents, app screens, defined terms).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, buildDocumentModel, definitionAt, documentLinks, Finding } from '../../server/src/engine';
import { sectionNumbering } from '../../server/src/engine/model/sectionNumbers';

const CODE = 'drafting/broken-reference';
const FIXTURES = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'drafting');
const broken = (text: string): Finding[] => analyze({ text }).report.findings.filter((f) => f.code === CODE);
const written = (text: string, f: Finding) => text.slice(f.start, f.end);

const NUMBERED = [
  '# Privacy Policy',
  '',
  '## 1. Who we are',
  '',
  'Example Ltd is the controller.',
  '',
  '## 2. What we collect',
  '',
  '2.1 We collect your name and e-mail address.',
  '',
  '2.2 We collect the pages you visit.',
  '',
  '## 3. Sharing',
  '',
  'REF',
  '',
  '## 4. Your rights',
  '',
  'You may ask for a copy of your data.',
  '',
  '## 5. Contact',
  '',
  'Write to privacy@example.com.',
  '',
].join('\n');
const numbered = (ref: string) => NUMBERED.replace('REF', ref);

test('section numbering: headings, numbered paragraphs, Roman numerals, parents of written labels', () => {
  const n = sectionNumbering(buildDocumentModel(numbered('We share nothing.')));
  assert.ok(n.numbersSections);
  assert.equal(n.maxDepth, 2);
  for (const l of ['1', '2', '2.1', '2.2', '5']) assert.ok(n.byLabel.has(l), l);
  assert.ok(!n.byLabel.has('6') && !n.byLabel.has('2.3'));
  const roman = sectionNumbering(buildDocumentModel('# Policy\n\nI. Who We Are\n\nWe are Example Ltd.\n\nII. Your Rights\n\nYou may ask.\n\nSection III – Contact\n\nWrite to us.\n'));
  assert.ok(roman.roman);
  assert.deepEqual([...roman.byLabel.keys()].sort(), ['I', 'II', 'III']);
  // "12 Months of Updates" is a phrase, not section 12.
  assert.ok(!sectionNumbering(buildDocumentModel('# Policy\n\n## 12 Months of Updates\n\nText.\n')).byLabel.has('12'));
});

test('a number that does not exist is reported with the number named; existing ones are not', () => {
  for (const [ref, bad] of [
    ['For our contact details, see Section 12.', 'Section 12'],
    ['The details are in clause 2.3 above.', 'clause 2.3'],
    ['As paragraph 9 explains, we share nothing.', 'paragraph 9'],
    ['See § 7 for your rights.', '§ 7'],
  ] as const) {
    const text = numbered(ref);
    const fs = broken(text);
    assert.deepEqual(fs.map((f) => written(text, f)), [bad], ref);
    assert.match(fs[0].message, /points to nothing: no heading or paragraph of this policy is numbered/);
    assert.ok(fs[0].message.length <= 160, fs[0].message);
    assert.equal(fs[0].severity, 'warning');
  }
  for (const ref of ['See Section 5 below for our address.', 'As clause 2.2 above says, we record visits.', 'See Section 4.', 'Your rights are in Sections 4 and 5 below.', 'See paragraph 2.1 above.']) {
    assert.deepEqual(broken(numbered(ref)).map((f) => f.message), [], ref);
  }
});

test('references to the law and to other documents are not the draft’s own sections', () => {
  for (const ref of [
    'Californians have the rights in Section 1798.100 of the CCPA.',
    'We rely on Article 13 GDPR and Art. 6(1)(f) GDPR.',
    'We never act as section 5 of the FTC Act forbids.',
    'Section 230 does not apply to this notice.',
    'The word Account is defined in section 14 of our Terms of Service.',
    'Terms are explained in the Terms of Service, section 9.',
    'Employees are covered by § 26 BDSG.',
    'Under CCPA Section 7 you may opt out.',
    'This Section 11 applies to EU residents only.',
  ]) {
    assert.deepEqual(broken(numbered(ref)).map((f) => f.message), [], ref);
  }
});

test('a draft that numbers nothing gets no finding on a number (pasted numbering is lost)', () => {
  const text = '# Privacy Policy\n\n## Who we are\n\nExample Ltd is the controller.\n\n## Your rights\n\nSee Section 5 for how to contact us.\n\n## Contact\n\nWrite to us.\n';
  assert.deepEqual(broken(text), []);
  // Numbered sub-steps under unnumbered sections do not make a numbered draft.
  const steps = '# Privacy Policy\n\n## Who we are\n\nExample Ltd.\n\n## Sharing\n\nSee Section 7 (Contact Information) below.\n\n## Onboarding\n\n1. Create Your Account\n\nText.\n\n2. Verify Your Email\n\nText.\n\n## Security\n\nText.\n\n## Children\n\nText.\n\n## Contact Information\n\nWrite to us.\n';
  assert.deepEqual(broken(steps), []);
});

test('numbering the model misses still counts: a glued label, a label after a non-breaking space', () => {
  const glued = numbered('See Section 6.1 below.') + 'Annex text. 6. Regional Notices 6.1\u00a0California Residents have the right to know.\n';
  assert.deepEqual(broken(glued), []);
});

test('a title that no heading has is reported; case, punctuation, "&"/"and" and word order are tolerated', () => {
  const text = numbered('For more, see the section “Complaints to the Regulator” below.');
  const fs = broken(text);
  assert.deepEqual(fs.map((f) => written(text, f)), ['“Complaints to the Regulator”']);
  assert.match(fs[0].message, /^No heading matches “Complaints to the Regulator”/);
  for (const ref of [
    'For more, see the section “your RIGHTS” below.',
    'Contact us as described in the “Who We Are” section above.',
    "See 'What We Collect' above.",
    'See the section Your Rights below.',
    'See the section titled "Rights & Contact" below.',
  ]) {
    const t = numbered(ref).replace('## 5. Contact', '## 5. Rights and Contact');
    assert.deepEqual(broken(t).map((f) => f.message), [], ref);
  }
});

test('titles that are not this draft’s sections: an app screen, a defined term, another document', () => {
  for (const ref of [
    'You can delete your account in the “Privacy Settings” section of the app.',
    'You can unsubscribe under the section "Email Preferences".',
    'We share data with our resellers ("Partner Groups"). Geolocation: see “Partner Groups” above.',
    'Retention is described in the “How Long We Keep Data” section of our Privacy Policy.',
    'See the section “Data Retention” of the Cookie Notice.',
  ]) {
    assert.deepEqual(broken(numbered(ref)).map((f) => f.message), [], ref);
  }
});

test('"above" or "below" pointing the wrong way is reported, with the section as related location', () => {
  const text = numbered('Your rights are explained in Section 1 below.');
  const fs = broken(text);
  assert.deepEqual(fs.map((f) => written(text, f)), ['Section 1 below']);
  assert.equal(fs[0].message, '“Section 1 below” points the wrong way: “1. Who we are” is above, on line 3.');
  assert.equal(fs[0].related[0].line, 2);
  const title = numbered('See the “Contact” section above.');
  assert.equal(broken(title)[0].message, '“Contact” above points the wrong way: “5. Contact” is below, on line 21.');
  // The part the reference stands in does not count as the wrong way ("see clause 3 below" in it).
  assert.deepEqual(broken(numbered('More on sharing in Section 3 below.')), []);
});

test('a table of contents lists sections above their text: its entries are no wrong way', () => {
  const toc = '# Privacy Policy\n\n## 1. Who We Are\n## 2. Sharing\n## 3. Cookies\n\n## 1. Who We Are\n\nExample Ltd. See the section "Cookies" below.\n\n## 2. Sharing\n\nWe share nothing.\n\nSection 3. Cookies. We use one cookie.\n';
  assert.deepEqual(broken(toc), []);
});

test('planted fixture: three broken references on their lines; the clean control draft gets none', () => {
  const planted = fs.readFileSync(path.join(FIXTURES, 'references-planted.md'), 'utf8');
  const fsP = broken(planted);
  assert.deepEqual(
    fsP.map((f) => [f.line + 1, written(planted, f)]),
    [
      [19, 'clause 4.2'],
      [30, 'Section 12'],
      [31, '“Complaints to the Regulator”'],
      [35, 'Section 6 below'],
    ],
  );
  const clean = fs.readFileSync(path.join(FIXTURES, 'references-clean.md'), 'utf8');
  assert.deepEqual(broken(clean).map((f) => `${f.line + 1}: ${f.message}`), []);
});

test('go to definition: a reference leads to the heading it names; elsewhere nothing', () => {
  const text = numbered('See Section 4 below; see also the section “What We Collect” above.');
  const doc = buildDocumentModel(text);
  const to4 = definitionAt({ doc }, text.indexOf('Section 4') + 3);
  assert.deepEqual(to4.map((t) => text.slice(t.start, t.end)), ['4. Your rights']);
  const toTitle = definitionAt({ doc }, text.indexOf('What We Collect') + 2);
  assert.deepEqual(toTitle.map((t) => text.slice(t.start, t.end)), ['2. What we collect']);
  const para = numbered('See clause 2.2.');
  const toPara = definitionAt({ doc: buildDocumentModel(para) }, para.indexOf('clause 2.2') + 1);
  assert.deepEqual(toPara.map((t) => para.slice(t.start, t.start + 10)), ['2.2 We col']);
  assert.deepEqual(definitionAt({ doc }, text.indexOf('controller')), []);
  assert.deepEqual(definitionAt({ doc: buildDocumentModel(numbered('See Section 12.')) }, numbered('See Section 12.').indexOf('Section 12') + 2), []);
});

test('document links: a resolved reference links to its part in the same draft', () => {
  const text = numbered('See clause 2.2 and Section 12, and Art. 15 GDPR.');
  const links = documentLinks({ doc: buildDocumentModel(text) });
  const internal = links.filter((l) => l.targetOffset !== undefined);
  assert.deepEqual(internal.map((l) => [text.slice(l.start, l.end), text.slice(l.targetOffset, (l.targetOffset ?? 0) + 10)]), [['clause 2.2', '2.2 We col']]);
  assert.match(internal[0].tooltip, /^Go to “2\.2 We collect the pages you visit\.” \(line 11\)$/);
  assert.ok(links.some((l) => l.target?.endsWith('#art_15')), 'the article link stays');
});

test('drafting rules can be turned off like every rule', () => {
  const text = numbered('See Section 12. We may share some of your information with certain partners for various purposes.');
  const on = analyze({ text }).report.findings.map((f) => f.code);
  assert.ok(on.includes(CODE) && on.includes('drafting/vague'));
  const off = analyze({ text, config: { settings: { rules: { [CODE]: 'off', 'drafting/vague': 'off' } } } }).report;
  assert.deepEqual(off.findings.filter((f) => f.code.startsWith('drafting/')), []);
  assert.deepEqual(off.configurationMessages, []);
});

test('a draft whose numbered headings skip numbers is incomplete: a missing target may be in the gap', () => {
  const extract = '# Privacy Policy\n\n## 1. Scope\n\nThis notice covers our website.\n\n## 2. Data\n\nWe collect your e-mail address. See the “How to Reach Us” section below, or Section 8.\n\n## 9. Transfers\n\nWe keep data in the EU.\n\n## 10. Changes\n\nWe post changes here.\n';
  assert.deepEqual(broken(extract), []);
  assert.ok(sectionNumbering(buildDocumentModel(extract)).gaps);
  assert.ok(!sectionNumbering(buildDocumentModel(numbered('x'))).gaps);
});

test('an unquoted title ends before the name of the document it is in', () => {
  assert.deepEqual(broken(numbered('As described in the section called Sharing Of Your Data in our Privacy Policy, we share data.')), []);
  const ours = numbered('As described in the section called Selling Of Your Data in this Policy, we sell nothing.');
  assert.deepEqual(broken(ours).map((f) => written(ours, f)), ['Selling Of Your Data']);
  // A short lead-in line counts as a heading: "Ad choices. We show ads…".
  assert.deepEqual(broken(numbered('For your options, see the section "Ad Choices".\n\nAd choices. We show ads chosen by our partners.')), []);
});

test('hostile drafts stay fast: reference patterns repeated, unclosed quotes, deep labels', () => {
  const units = [
    'see the section “' + 'Your Rights '.repeat(20),
    'Section 1.1.1.1 ',
    'see ‘' + 'a'.repeat(95) + ' below ',
    '## 1. Title\n\n1.1 Text\n\n',
    'in the section titled The The The The The The The The The The The ',
    'We may share some certain various several information partners purposes including but not limited to ',
  ];
  for (const u of units) {
    const text = `# Policy\n\n${u.repeat(Math.ceil(200_000 / u.length))}`;
    const t0 = performance.now();
    analyze({ text, config: { settings: { rules: {} } } });
    const ms = performance.now() - t0;
    assert.ok(ms < 8000, `${JSON.stringify(u.slice(0, 30))}: ${ms.toFixed(0)} ms for 200 KB`);
  }
});
