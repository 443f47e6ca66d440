// drafting/vague: qualifiers that leave the reader unable to tell what happens to their data.
// Every sentence is our own drafting; the false alarms read on the dev corpora are kept here in
// our own words (a law's description, security measures, a list that follows, "such as").
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, Finding } from '../../server/src/engine';

const CODE = 'drafting/vague';
const FIXTURES = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'drafting');
const vague = (text: string): Finding[] => analyze({ text }).report.findings.filter((f) => f.code === CODE);
const draft = (...section: string[]) => `# Privacy Policy\n\n## Who we are\n\nExample Ltd is the controller.\n\n## Sharing\n\n${section.join('\n\n')}\n\n## Contact\n\nWrite to privacy@example.com.\n`;

test('data, recipients and purposes all left open: reported at information level, saying what to specify', () => {
  const text = draft('We may share some of your information with certain partners for various purposes.');
  const fs = vague(text);
  assert.equal(fs.length, 1);
  assert.equal(fs[0].severity, 'information');
  assert.equal(text.slice(fs[0].start, fs[0].end), 'some of your information with certain partners for various purposes');
  assert.equal(fs[0].message, 'Vague: the reader cannot tell what happens to their data; say which data, which recipients or their categories and for which purposes (Art. 12(1), 13(1) GDPR).');
  assert.ok(fs[0].message.length <= 160);
  // Two open things and a "may".
  assert.equal(vague(draft('We might disclose certain data to a number of companies.')).length, 1);
  assert.match(vague(draft('From time to time we transfer some personal data to several third parties.'))[0].message, /say which data, which recipients or their categories and in which cases/);
});

test('ordinary drafting is not vague: one open thing, a lone "may", a definite statement', () => {
  for (const s of [
    'We may share your e-mail address with our payment processor.',
    'We share certain information with our hosting provider to run the service.',
    'In some cases we may offer you tools to correct your data yourself.',
    'We may retain certain information where the law requires us to keep it.',
    'Californians may ask for certain information about what we disclose to some third parties for their own marketing.',
    'In certain instances, we may transfer certain account data in encrypted form to protect it.',
  ]) {
    assert.deepEqual(vague(draft(s)).map((f) => f.message), [], s);
  }
});

test('specifics in the sentence or in its section: not reported (clarified vagueness)', () => {
  const s = 'We may share some of your information with certain partners for various purposes';
  assert.deepEqual(vague(draft(`${s}, such as payment processing by our card processor.`)), []);
  assert.deepEqual(vague(draft(`${s}:`, '- our card processor, to take payments;', '- our hosting provider, to run the service.')), []);
  // The recipients and purposes are listed later in the section: only the data would stay open.
  assert.deepEqual(
    vague(draft(`${s}.`, 'We share data with the following partners:', '- our card processor;', '- our hosting provider.', 'We do so for these purposes:', '- to take payments;', '- to run the service.')),
    [],
  );
  // Only the recipients are clarified: the data and the purposes stay open.
  const onlyRecipients = vague(draft(`${s}.`, 'Our partners include our card processor and our hosting provider.'));
  assert.equal(onlyRecipients.length, 1);
  assert.match(onlyRecipients[0].message, /say which data and for which purposes/);
  // Specifics in another section do not count.
  assert.equal(vague(`# Privacy Policy\n\n## Data\n\nWe collect the following data:\n\n- name;\n- e-mail address.\n\n## Sharing\n\n${s}.\n`).length, 1);
});

test('"including but not limited to" standing where the list should be', () => {
  const bad = draft('We use your data for purposes including, but not limited to, other lawful purposes.');
  const fs = vague(bad);
  assert.deepEqual(fs.map((f) => bad.slice(f.start, f.end)), ['including, but not limited to,']);
  assert.match(fs[0].message, /^“Including but not limited to” stands where the list should be/);
  assert.equal(vague(draft('We collect data about you, including but not limited to.')).length, 1);
  for (const ok of [
    'We collect data about you, including but not limited to your name, e-mail address and phone number.',
    'We collect data about you, including without limitation any data that you (a) post or (b) send us.',
    'We may use the data for any lawful purpose, including, but not limited to, such purposes as running the service.',
    'We collect data about you, including but not limited to:\n- your name;\n- your e-mail address.',
  ]) {
    assert.deepEqual(vague(draft(ok)).map((f) => f.message), [], ok);
  }
});

test('planted fixture: the vague sentence on its line; the clean control draft gets none', () => {
  const planted = fs.readFileSync(path.join(FIXTURES, 'references-planted.md'), 'utf8');
  assert.deepEqual(vague(planted).map((f) => f.line + 1), [20]);
  const clean = fs.readFileSync(path.join(FIXTURES, 'references-clean.md'), 'utf8');
  assert.deepEqual(vague(clean).map((f) => `${f.line + 1}: ${f.message}`), []);
});
