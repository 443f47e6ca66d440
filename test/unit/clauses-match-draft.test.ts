// An inserted clause looks as if the drafter had typed it: the draft's heading numbering and
// capitalisation, its list style, and its own name, address and country (issue 16).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, clauseById, fixesFor, insertAllMissingFix, renderText, resolveClauseValues } from '../../server/src/engine';
import type { Analysis, Fix, TextEdit } from '../../server/src/engine';
import { sentenceCase } from '../../server/src/engine/fixes/layout';

function applyEdits(text: string, edits: TextEdit[]): string {
  let t = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) t = t.slice(0, e.start) + e.newText + t.slice(e.end);
  return t;
}

function clauseFix(a: Analysis, code: string): Fix {
  const f = a.report.findings.find((x) => x.code === code);
  assert.ok(f, `${code} reported`);
  const fix = fixesFor(a, f).find((x) => x.title.startsWith('Insert standard clause'));
  assert.ok(fix, `${code} has a clause fix`);
  return fix;
}

function insertOne(text: string, code: string, format?: 'markdown' | 'plaintext'): string {
  const a = analyze({ text, format });
  const out = applyEdits(text, clauseFix(a, code).edits);
  assert.ok(out.startsWith(text.slice(0, clauseFix(a, code).edits[0].start)), 'nothing before the insertion point changes');
  return out;
}

const found = (text: string, id: string, format?: 'markdown' | 'plaintext') => analyze({ text, format }).report.disclosures.find((d) => d.id === id)!.found;

// ---- numbering ------------------------------------------------------------------------

test('Markdown "## 7. Contact": a new section is "## 8. …", the last one, and is found', () => {
  const text = '# Privacy Policy\n\n## 1. Who we are\n\nNorthwind Ltd ("we") sells tea.\n\n## 2. Your rights\n\nYou may ask us for a copy of the personal data we hold about you.\n\n## 3. Contact\n\nWrite to privacy@northwind.example.\n';
  const out = insertOne(text, 'gdpr/retention');
  assert.ok(out.endsWith('Write to privacy@northwind.example.\n\n## 4. How long we keep your personal data\n\nWe keep personal data only for as long as we need it for the purposes for which we collected it: [retention period for each category of data, or the criteria used to determine it]. When we no longer need it, we delete it or anonymise it.\n'), out);
  assert.equal(found(out, 'gdpr/retention'), true);
});

test('Markdown numbered sub-sections: "### 2.3" follows "### 2.2"', () => {
  const text = '# Privacy Policy\n\n## 2. Your rights\n\n### 2.1 Access\n\nYou may ask us for a copy of the personal data we hold about you.\n\n### 2.2 Erasure\n\nYou may ask us to delete your personal data.\n\n## 3. Contact\n\nWrite to us.\n';
  const out = insertOne(text, 'gdpr/right-rectification');
  assert.match(out, /delete your personal data\.\n\n### 2\.3 Right to rectification\n\nYou have the right to rectification: [^\n]+\n\n## 3\. Contact\n/);
});

test('Insert all in a Markdown numbered draft: every new section numbered on, no number twice', () => {
  const text = '# Privacy Policy\n\n## 1. Who we are\n\nNorthwind Ltd ("we") sells tea.\n\n## 2. Your rights\n\nYou may ask us for a copy of the personal data we hold about you.\n\n## 3. Contact\n\nWrite to privacy@northwind.example.\n';
  const out = applyEdits(text, insertAllMissingFix(analyze({ text }))!.edits);
  const numbers = (out.match(/^## \d+\./gm) ?? []).map((n) => Number(n.slice(3, -1)));
  assert.ok(numbers.length >= 5, out);
  assert.deepEqual(numbers, numbers.map((_n, i) => i + 1));
});

// ---- capitalisation -------------------------------------------------------------------

test('sentence case: the clause title follows the draft; acronyms and names keep their capitals', () => {
  assert.equal(sentenceCase('Right to Lodge a Complaint'), 'Right to lodge a complaint');
  assert.equal(sentenceCase('Our Representative in the EU'), 'Our representative in the EU');
  assert.equal(sentenceCase('Your California Privacy Rights'), 'Your California privacy rights');
  assert.equal(sentenceCase('Automated Decision-Making'), 'Automated decision-making');
  assert.equal(sentenceCase('Non-Discrimination'), 'Non-discrimination');
  assert.equal(sentenceCase('Do Not Track Signals'), 'Do Not Track signals');
  assert.equal(sentenceCase('Right to Complain to the ICO'), 'Right to complain to the ICO');
});

test('a Title Case draft gets Title Case headings, a sentence-case draft sentence case', () => {
  const title = '# Privacy Policy\n\n## What Data We Collect\n\nWe collect your name.\n\n## Contact Us\n\nWrite to us.\n';
  assert.match(insertOne(title, 'gdpr/retention'), /\n## How Long We Keep Your Personal Data\n/);
  const sentence = '# Privacy Policy\n\n## What data we collect\n\nWe collect your name.\n\n## Contact us\n\nWrite to us.\n';
  assert.match(insertOne(sentence, 'gdpr/retention'), /\n## How long we keep your personal data\n/);
  // Plain text, too; ALL-CAPS drafts stay ALL-CAPS (tested in clauses-placement).
  const plain = 'Privacy Policy\n\nWhat data we collect\n\nWe collect your name.\n\nContact us\n\nWrite to us.\n';
  assert.match(insertOne(plain, 'gdpr/retention', 'plaintext'), /\n\nHow long we keep your personal data\n\nWe keep/);
});

// ---- lists ----------------------------------------------------------------------------

const RIGHTS_LIST = (items: string[], sep = '\n') => `# Privacy Policy\n\n## Your rights\n\nYou have the following rights:\n\n${items.join(sep)}\n\n## Contact us\n\nWrite to us.\n`;

test('a rights section written as a "-" list gets the right as one more "-" item', () => {
  const text = RIGHTS_LIST(['- Access: you may ask us for a copy of your personal data.', '- Objection: you may object to our processing of your personal data.']);
  const out = insertOne(text, 'gdpr/right-erasure');
  assert.match(out, /of your personal data\.\n- You have the right to erasure: [^\n]+\n\n## Contact us\n/);
  assert.equal(found(out, 'gdpr/right-erasure'), true);
});

test('"*" lists keep "*", numbered lists count on, loose lists keep their blank lines', () => {
  const star = insertOne(RIGHTS_LIST(['* Access: you may ask us for a copy of your personal data.', '* Objection: you may object to our processing.']), 'gdpr/right-erasure');
  assert.match(star, /processing\.\n\* You have the right to erasure: /);
  const numbered = insertOne(RIGHTS_LIST(['1. Access: you may ask us for a copy of your personal data.', '2. Objection: you may object to our processing.']), 'gdpr/right-erasure');
  assert.match(numbered, /processing\.\n3\. You have the right to erasure: /);
  const loose = insertOne(RIGHTS_LIST(['- Access: you may ask us for a copy of your personal data.', '- Objection: you may object to our processing.'], '\n\n'), 'gdpr/right-erasure');
  assert.match(loose, /processing\.\n\n- You have the right to erasure: /);
});

test('insert all into a list: one item per clause, numbered on, each a clause of its own; a clause of two paragraphs is one item', () => {
  const text = RIGHTS_LIST(['1. Access: you may ask us for a copy of your personal data.']);
  const a = analyze({ text });
  const out = applyEdits(text, insertAllMissingFix(a)!.edits);
  const items = out.match(/^\d+\. .*$/gm) ?? [];
  assert.ok(items.length >= 5, out);
  assert.deepEqual(items.map((i) => Number(/^\d+/.exec(i)![0])), items.map((_i, k) => k + 1));
  assert.ok(items.some((i) => /lodge a complaint[^\n]+ The supervisory authority responsible for us is/.test(i)), 'the complaint clause and its authority sentence share one item');
  for (const id of ['gdpr/right-erasure', 'gdpr/right-complaint', 'gdpr/right-rectification']) assert.equal(found(out, id), true, id);
});

test('a paragraph section is not a list: "- " inside a sentence or a "* * *" rule changes nothing', () => {
  const text = '# Privacy Policy\n\n## Your rights\n\nYou may ask us for a copy - free of charge - of your personal data.\n\n* * *\n\n## Contact us\n\nWrite to us.\n';
  assert.match(insertOne(text, 'gdpr/right-erasure'), /\* \* \*\n\nYou have the right to erasure: /);
});

// ---- the draft's own details ----------------------------------------------------------

const SEQOPS = [
  'Privacy Policy',
  '',
  'SeqOps AB ("SeqOps", "we", "us") provides laboratory software.',
  '',
  'Contact',
  '',
  'You can write to us at SeqOps AB, Tynäsgatan 12, 652 16Karlstad, Sweden.',
  '',
].join('\n');

test('the draft’s own address, with its country, fills the clause: no template address, the glued postcode mended', () => {
  const a = analyze({ text: SEQOPS, format: 'plaintext' });
  const v = resolveClauseValues(a.doc, a.options);
  assert.equal(v.address, 'Tynäsgatan 12, 652 16 Karlstad, Sweden');
  assert.equal(v.country, 'Sweden');
  const contact = clauseById('gdpr-contact')!.paragraphs.map((p) => renderText(p, v)).join(' ');
  assert.match(contact, /or by post at Tynäsgatan 12, 652 16 Karlstad, Sweden\./);
  assert.doesNotMatch(contact, /\[address\]/, 'no blank where the draft states its address');
});

test('a known EU country names its supervisory authority in the complaint clause; an unknown one stays a blank', () => {
  const text = '# Privacy Policy\n\nNorthwind AB ("we") is a company registered in Sweden.\n\n## Your rights\n\nYou may ask us for a copy of the personal data we hold about you.\n';
  const out = insertOne(text, 'gdpr/right-complaint');
  assert.match(out, /The supervisory authority responsible for us is the Swedish Authority for Privacy Protection \(IMY, www\.imy\.se\)\./);
  const unknown = insertOne(text.replace(' is a company registered in Sweden', ' sells tea'), 'gdpr/right-complaint');
  assert.match(unknown, /responsible for us is \[name and website of the supervisory authority\]\./);
  // Germany's authorities are regional: no guess.
  const germany = insertOne(text.replace('Sweden', 'Germany'), 'gdpr/right-complaint');
  assert.match(germany, /responsible for us is \[name and website/);
});

test('an address the draft introduces as its own ("Our address is …") fills the clauses without those words, and names the country', () => {
  const text = '# Privacy notice\n\nNorthwind Tea AB ("Northwind", "we") sells tea online. Our address is Tegelgatan 4, 652 24 Karlstad, Sweden.\n\n## Your rights\n\nYou may ask us for a copy of your personal data.\n';
  const a = analyze({ text });
  const v = resolveClauseValues(a.doc, a.options);
  assert.equal(v.address, 'Tegelgatan 4, 652 24 Karlstad, Sweden');
  assert.equal(v.supervisoryAuthority, 'the Swedish Authority for Privacy Protection (IMY, www.imy.se)');
  // A third party's address in a sentence of its own is not ours.
  const other = analyze({ text: text.replace('Our address is', 'Our courier, Fastpost AB, is at') });
  assert.equal(resolveClauseValues(other.doc, other.options).address, undefined);
});

test('declared organization details still win over the text', () => {
  const a = analyze({ text: SEQOPS, format: 'plaintext', config: { settings: { organization: { name: 'SeqOps AB', address: 'Box 1, 651 00 Karlstad, Sweden' } } } });
  const v = resolveClauseValues(a.doc, a.options);
  assert.equal(v.address, 'Box 1, 651 00 Karlstad, Sweden');
  assert.equal(v.supervisoryAuthority, 'the Swedish Authority for Privacy Protection (IMY, www.imy.se)');
});
