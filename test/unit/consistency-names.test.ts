// Name variants: case, punctuation, spacing, small slips and legal-form spellings of the
// controller's name; never ordinary words, plurals or other companies.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, ConfigSources, Finding } from '../../server/src/engine';

const NOW = new Date('2026-06-01T00:00:00Z');
const variants = (text: string, config: ConfigSources = {}): Finding[] =>
  analyze({ text, config: { now: NOW, ...config } }).report.findings.filter((f) => f.code === 'consistency/name-variant');

const POLICY = (body: string) => `# Privacy Policy\n\nLast updated: 1 May 2026\n\nSeqOps AB (“SeqOps”, “we”, “us”) provides security software. SeqOps respects your privacy. SeqOps processes data lawfully.\n\n${body}\n`;

test('case, a one-letter slip and a possessive variant are reported (SeqOs, Seqops’)', () => {
  const text = POLICY('Where data is no longer required, SeqOs deletes it. Continued use of Seqops’ website implies acceptance.');
  const fs = variants(text);
  assert.deepEqual(fs.map((f) => text.slice(f.start, f.end)), ['SeqOs', 'Seqops']);
  assert.match(fs[0].message, /“SeqOs” looks like a misspelling of the controller’s name, written “SeqOps” elsewhere \(line 5, 4 times\)/);
  assert.equal(fs[0].fixes[0].edits[0].newText, 'SeqOps');
  assert.ok(fs[0].related.length >= 5);
});

test('hyphenated and split spellings are reported; replace-all edits every occurrence', () => {
  const text = POLICY('Seq-Ops may update this policy. Seq Ops will notify you. Seq-Ops keeps records.');
  const fs = variants(text);
  assert.deepEqual(fs.map((f) => text.slice(f.start, f.end)), ['Seq-Ops', 'Seq Ops', 'Seq-Ops']);
  const all = fs[0].fixes.find((x) => /Replace all/.test(x.title))!;
  assert.equal(all.edits.length, 2);
});

test('ordinary capitalised words, plurals, capitals and other companies are not variants', () => {
  const text = `# Privacy Policy\n\nLast updated: 1 May 2026\n\nSepior ApS (“Sepior”, “we”) is the controller. Sepior uses Google Analytics and Facebook pixels. Sepior works with Senior Partners Ltd. Seniors and senior staff may apply.\n\nSEPIOR SHALL NOT BE LIABLE FOR INDIRECT LOSS.\n\nSepior's services and Sepiors? No: Sepior.\n\nGoogle LLC and Google Ireland Limited are processors. Google processes data.\n`;
  assert.deepEqual(variants(text).map((f) => f.message), []);
});

test('the majority spelling is the name when nothing is declared; a declared name wins', () => {
  const text = `# Privacy Policy\n\nLast updated: 1 May 2026\n\nNordlys AS (“Nordlys”, “we”) is the controller. Nordlys stores data in Norway. NordLys keeps it safe.\n`;
  assert.deepEqual(variants(text).map((f) => text.slice(f.start, f.end)), ['NordLys']);
  const declared = variants(text, { projectFile: { organization: { name: 'NordLys AS' } } });
  assert.deepEqual(declared.map((f) => text.slice(f.start, f.end)), ['Nordlys', 'Nordlys', 'Nordlys']);
  assert.match(declared[0].message, /written “NordLys” elsewhere \(declared; line 5\)/);
});

test('legal form spelled two ways (Ltd / Limited) is reported; two group companies are not', () => {
  const text = `# Privacy Policy\n\nLast updated: 1 May 2026\n\nBrackenfield Limited (“Brackenfield”, “we”) is the controller. Brackenfield Limited is registered in England. Contact Brackenfield Ltd at the address below.\n`;
  const fs = variants(text);
  assert.deepEqual(fs.map((f) => text.slice(f.start, f.end)), ['Ltd']);
  assert.match(fs[0].message, /written “Ltd” here and “Limited” elsewhere/);
  const group = `# Privacy Policy\n\nLast updated: 1 May 2026\n\nBrackenfield Inc. (“Brackenfield”, “we”) is the controller. Its subsidiary Brackenfield GmbH serves Germany.\n`;
  assert.deepEqual(variants(group), []);
});
