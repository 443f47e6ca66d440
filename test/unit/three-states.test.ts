// Three states per catalog item: disclosed, insufficient (addressed, but short of what the law
// requires), missing. These tests pin the engine's part: blanks never disclose, an insufficient
// item is reported on its own text (not on a heading), and every surface counts the same way.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, checklistStatus, disclosureReportMarkdown, insertAllMissingFix, reportSummary } from '../../server/src/engine';
import type { TextEdit } from '../../server/src/engine';
import { firstBlank } from '../../server/src/engine/text/blanks';
import { formatJson, formatText } from '../../server/src/cli/formats';
import type { JsonOutput } from '../../server/src/cli/formats';

function applyEdits(text: string, edits: TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

const gdpr = (text: string) => analyze({ text, format: 'markdown', config: { settings: { regimes: ['gdpr'] } } });

test('a disclosure that is only a blank is insufficient, and the finding sits on the blank', () => {
  const text = '# Privacy notice\n\nNorthwind Analytics Ltd is the controller.\n\n## How long we keep data\n\nWe keep your account data until you close your account, and for [retention period] after that.\n';
  const a = gdpr(text);
  const d = a.report.disclosures.find((x) => x.id === 'gdpr/retention')!;
  assert.equal(d.found, true, 'the item is addressed');
  assert.equal(d.status, 'insufficient');
  const f = a.report.findings.find((x) => x.code === 'gdpr/retention')!;
  assert.equal(text.slice(f.start, f.end), '[retention period]');
  assert.match(f.message, /^Fill in the blank “\[retention period\]”: until it is filled, the text does not disclose this \(GDPR Art\. 13\(2\)\(a\)\)\.$/);
  assert.equal(f.severity, 'warning');
  assert.equal(checklistStatus(d), 'insufficient');
});

test('filled in, the same sentence discloses the item and the finding goes', () => {
  const a = gdpr('# Privacy notice\n\n## How long we keep data\n\nWe keep your account data for two years after you close your account.\n');
  const d = a.report.disclosures.find((x) => x.id === 'gdpr/retention')!;
  assert.equal(d.status, 'disclosed');
  assert.equal(d.shortfall, undefined);
  assert.equal(a.report.findings.some((x) => x.code === 'gdpr/retention'), false);
});

test('one clean disclosure elsewhere outweighs a blank: the item is disclosed', () => {
  const a = gdpr('# Privacy notice\n\nWe keep invoices for ten years, as tax law requires.\n\nWe keep your account data for ____.\n');
  assert.equal(a.report.disclosures.find((x) => x.id === 'gdpr/retention')!.status, 'disclosed');
});

test('after "Insert all missing clauses", every clause with a blank leaves its item insufficient until filled', () => {
  const text = '# Privacy notice\n\nNorthwind Analytics Ltd ("we") runs the Northwind app.\n\n## Your rights\n\nYou may ask for a copy of the personal data we hold about you.\n\n## Contact\n\nWrite to privacy@northwind.example.org.\n';
  const fix = insertAllMissingFix(gdpr(text))!;
  const out = applyEdits(text, fix.edits);
  const after = gdpr(out).report;
  assert.deepEqual(after.disclosures.filter((d) => d.status === 'missing' && d.required === 'always').map((d) => d.id), [], 'nothing required is missing');
  const insufficient = after.disclosures.filter((d) => d.status === 'insufficient').map((d) => d.id);
  for (const id of ['gdpr/retention', 'gdpr/recipients', 'gdpr/data-categories', 'gdpr/statutory-requirement']) assert.ok(insufficient.includes(id), `${id} has a blank to fill: ${insufficient.join(', ')}`);
  for (const id of insufficient) {
    const f = after.findings.find((x) => x.code === id);
    assert.ok(f, `${id} is reported`);
    assert.match(out.slice(f.start, f.end), /^\[.+\]$|^_+/, `${id}: the finding sits on the blank`);
  }
  // No item whose clause has no blank is left insufficient by the blank rule.
  assert.equal(after.disclosures.find((d) => d.id === 'gdpr/right-access')!.status, 'disclosed');
});

test('a clean sentence beside a blank in the same passage does not disclose what the blank leaves open', () => {
  const a = gdpr('# Privacy notice\n\nWe disclose personal data to these recipients: [categories of recipients]. Our processors act only on our instructions and under contract.\n');
  assert.equal(a.report.disclosures.find((x) => x.id === 'gdpr/recipients')!.status, 'insufficient');
});

test('the rule setting still governs an insufficient item: "off" silences it, the state stays', () => {
  const a = analyze({ text: '# Privacy notice\n\nWe keep your data until you close your account and then for [retention period].\n', config: { settings: { regimes: ['gdpr'], rules: { 'gdpr/retention': 'off' } } } });
  assert.equal(a.report.disclosures.find((x) => x.id === 'gdpr/retention')!.status, 'insufficient');
  assert.equal(a.report.findings.some((x) => x.code === 'gdpr/retention'), false);
});

test('report, CLI text and JSON show the same three-state counts', () => {
  const text = '# Privacy notice\n\nNorthwind Analytics Ltd is the controller.\n\nWe keep your data until you close your account and then for [retention period].\n';
  const a = gdpr(text);
  const summary = reportSummary(a.report.regimes, a.report.disclosures);
  assert.match(summary, /^GDPR \d+ ✓ [1-9]\d* ! \d+ ✗( \d+ \?)?$/);
  const md = disclosureReportMarkdown(a, { documentName: 'privacy.md', date: '2026-12-06' });
  assert.ok(md.includes(`**Summary:** ${summary} (`), 'the report opens with the status bar figures');
  assert.match(md, /\| Storage period \(`gdpr\/retention`\) \| insufficient \| .*Falls short: Fill in the blank/);
  assert.ok(formatText([{ path: 'privacy.md', text, report: a.report }]).startsWith(`privacy.md: ${summary}\n`));
  const json = JSON.parse(formatJson([{ path: 'privacy.md', text, report: a.report }])) as JsonOutput;
  const retention = json.files[0].disclosures.find((d: { id: string }) => d.id === 'gdpr/retention');
  assert.ok(retention, 'gdpr/retention is listed');
  assert.equal(retention.found, true, '`found` stays, true for insufficient');
  assert.equal(retention.status, 'insufficient');
  assert.ok(retention.shortfall, 'an insufficient item says what falls short');
  assert.equal(text.slice(retention.shortfall.start, retention.shortfall.end), '[retention period]');
});

test('blanks: what counts as one, and what does not', () => {
  for (const s of ['for [retention period]', 'at _____@_____', 'to [Company Name]', 'in [e.g. analytics providers]', 'on <insert date>', 'by {{company}}', 'until TBD']) {
    assert.ok(firstBlank(s), s);
  }
  for (const s of ['see [1]', 'our [privacy centre](https://x.example)', 'the footnote [a]', 'a box [x]', 'write to [email protected]', 'our services [and those of our affiliates]', 'a line_with_underscores', 'Art. 6(1)(f)']) {
    assert.equal(firstBlank(s), undefined, s);
  }
  assert.deepEqual(firstBlank('kept for [retention period] at most'), { start: 9, end: 27, text: '[retention period]' });
});

test('the hover on an insufficient item\'s sentence says it addresses the item but falls short, never "discloses"', async () => {
  const { hoverAt } = await import('../../server/src/engine/features/hover');
  const text = '# Privacy notice\n\nWe keep your data until you close your account and then for [retention period].\n';
  const a = gdpr(text);
  const h = hoverAt(a, text.indexOf('We keep') + 3)!;
  assert.match(h.markdown, /^This sentence addresses: \*\*Storage period\*\* .*, but falls short: Fill in the blank/);
  const b = gdpr('# Privacy notice\n\nWe keep your data until you close your account.\n');
  assert.match(hoverAt(b, b.doc.text.indexOf('We keep') + 3)!.markdown, /^This sentence discloses: \*\*Storage period\*\*/);
});
