// Suppression comments: waivers with recorded reasons, regions, and the quick fix that writes them.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, applySuppressions, fixesFor, buildDocumentModel, parseSuppressions, SUPPRESSION_REASON_CODE, SUPPRESSION_UNKNOWN_CODE } from '../../server/src/engine';
import type { Finding, TextEdit } from '../../server/src/engine';

function applyEdits(text: string, edits: TextEdit[]): string {
  let t = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) t = t.slice(0, e.start) + e.newText + t.slice(e.end);
  return t;
}

const DRAFT = '# Privacy Policy\n\nWe are a small shop.\n\n## Contact us\n\nWrite to hello@shop.example.\n';

test('a disable comment with a reason waives the item for the whole document and drops its finding', () => {
  const text = DRAFT + '\n<!-- privacy-policy-disable gdpr/dpo-contact: no DPO required, Art. 37 does not apply -->\n';
  const r = analyze({ text }).report;
  const d = r.disclosures.find((x) => x.id === 'gdpr/dpo-contact')!;
  assert.deepEqual(d.waived, { reason: 'no DPO required, Art. 37 does not apply', line: 8 });
  assert.equal(r.findings.some((f) => f.code === 'gdpr/dpo-contact'), false);
  assert.equal(r.findings.some((f) => f.code.startsWith('meta/')), false);
  // Without the comment the item is reported.
  assert.equal(analyze({ text: DRAFT }).report.findings.some((f) => f.code === 'gdpr/dpo-contact'), true);
});

test('one comment may list several ids; a comment is not policy text', () => {
  const text = '<!-- privacy-policy-disable gdpr/retention, gdpr/recipients: internal test page -->\n' + DRAFT;
  const r = analyze({ text }).report;
  for (const id of ['gdpr/retention', 'gdpr/recipients']) {
    assert.equal(r.disclosures.find((x) => x.id === id)!.waived?.reason, 'internal test page');
    assert.equal(r.findings.some((f) => f.code === id), false);
  }
  // The comment's words ("recipients") do not count as a disclosure.
  assert.equal(r.disclosures.find((x) => x.id === 'gdpr/recipients')!.found, false);
});

test('a suppression without a reason still works but asks for the reason', () => {
  const text = DRAFT + '\n<!-- privacy-policy-disable gdpr/dpo-contact -->\n';
  const r = analyze({ text }).report;
  assert.equal(r.findings.some((f) => f.code === 'gdpr/dpo-contact'), false);
  assert.deepEqual(r.disclosures.find((x) => x.id === 'gdpr/dpo-contact')!.waived, { reason: '', line: 8 });
  const note = r.findings.find((f) => f.code === SUPPRESSION_REASON_CODE)!;
  assert.ok(note);
  assert.equal(note.severity, 'information');
  assert.equal(note.line, 8);
  assert.match(note.message, /records no reason/);
  // The `[reason]` placeholder the quick fix writes counts as no reason.
  const placeholder = analyze({ text: DRAFT + '\n<!-- privacy-policy-disable gdpr/dpo-contact: [reason] -->\n' }).report;
  assert.ok(placeholder.findings.some((f) => f.code === SUPPRESSION_REASON_CODE));
});

test('an unknown rule id is reported with a suggestion, and suppresses nothing', () => {
  const text = DRAFT + '\n<!-- privacy-policy-disable gdpr/retention-period: we keep nothing -->\n<!-- privacy-policy-disable dpo-contact: none -->\n';
  const r = analyze({ text }).report;
  const unknown = r.findings.filter((f) => f.code === SUPPRESSION_UNKNOWN_CODE);
  assert.equal(unknown.length, 2);
  assert.equal(unknown[0].severity, 'warning');
  assert.equal(text.slice(unknown[0].start, unknown[0].end), 'gdpr/retention-period');
  assert.match(unknown[1].message, /"dpo-contact" is not a rule id.*Did you mean gdpr\/dpo-contact\?/);
  assert.equal(r.findings.some((f) => f.code === 'gdpr/dpo-contact'), true);
});

function finding(code: string, line: number, doc: ReturnType<typeof buildDocumentModel>): Finding {
  const start = doc.lines.lineStarts[line];
  return { code, severity: 'warning', message: 'm', start, end: start + 1, line, column: 0, related: [], fixes: [] };
}

test('positioned findings: disable…enable covers a line range, disable-next-line one line, disable alone the rest', () => {
  const lines = [
    'Privacy Policy', // 0
    'Call [phone].', // 1
    '<!-- privacy-policy-disable consistency/placeholder: sample text for the template -->', // 2
    'Call [phone].', // 3
    '<!-- privacy-policy-enable consistency/placeholder -->', // 4
    'Call [phone].', // 5
    '<!-- privacy-policy-disable-next-line consistency/placeholder: example -->', // 6
    'Call [phone].', // 7
    'Call [phone].', // 8
  ];
  const doc = buildDocumentModel(lines.join('\n'));
  const known = ['consistency/placeholder', 'gdpr/retention'];
  const input = [1, 3, 5, 7, 8].map((l) => finding('consistency/placeholder', l, doc));
  const kept = applySuppressions(doc, parseSuppressions(doc), [], input, known);
  assert.deepEqual(kept.map((f) => f.line), [1, 5, 8]);
  // Without a matching enable, a disable covers everything after it, and only after it.
  const doc2 = buildDocumentModel(lines.slice(0, 4).join('\n'));
  const kept2 = applySuppressions(doc2, parseSuppressions(doc2), [], [1, 3].map((l) => finding('consistency/placeholder', l, doc2)), known);
  assert.deepEqual(kept2.map((f) => f.line), [1]);
  // Another rule's findings are untouched.
  const kept3 = applySuppressions(doc, parseSuppressions(doc), [], [finding('gdpr/retention', 3, doc)], known);
  assert.equal(kept3.length, 1);
});

test('the suppress quick fix writes a disable comment above the heading; filled in, the item is waived', () => {
  const text = '# Privacy Policy\n\nWe are a small shop.\n\n## Your rights\n\nYou may ask us for a copy of the personal data we hold about you.\n';
  const a = analyze({ text });
  const f = a.report.findings.find((x) => x.code === 'gdpr/right-portability')!;
  const fix = fixesFor(a, f).find((x) => /not applicable/.test(x.title))!;
  assert.ok(fix);
  const out = applyEdits(text, fix.edits);
  assert.match(out, /\n\n<!-- privacy-policy-disable gdpr\/right-portability: \[reason\] -->\n## Your rights\n/);
  const filled = out.replace('[reason]', 'no automated processing on consent or contract');
  const r = analyze({ text: filled }).report;
  assert.equal(r.disclosures.find((d) => d.id === 'gdpr/right-portability')!.waived?.reason, 'no automated processing on consent or contract');
  assert.equal(r.findings.some((x) => x.code === 'gdpr/right-portability'), false);
  // The heading is still a heading, and the section's content is still found.
  assert.equal(r.disclosures.find((d) => d.id === 'gdpr/right-access')!.found, true);
});

test('the suppress quick fix extends a reasonless disable comment instead of stacking another', () => {
  const text = '# Privacy Policy\n\nWe are a small shop.\n\n<!-- privacy-policy-disable gdpr/right-portability -->\n## Your rights\n\nYou may ask us for a copy of the personal data we hold about you.\n';
  const a = analyze({ text });
  const fix = fixesFor(a, a.report.findings.find((x) => x.code === 'gdpr/right-erasure')!).find((x) => /not applicable/.test(x.title))!;
  const out = applyEdits(text, fix.edits);
  assert.match(out, /<!-- privacy-policy-disable gdpr\/right-portability, gdpr\/right-erasure -->\n## Your rights/);
  // A comment that records a reason is not extended: each waiver keeps its own reason.
  const withReason = text.replace('right-portability -->', 'right-portability: not automated -->');
  const a2 = analyze({ text: withReason });
  const fix2 = fixesFor(a2, a2.report.findings.find((x) => x.code === 'gdpr/right-erasure')!).find((x) => /not applicable/.test(x.title))!;
  assert.match(applyEdits(withReason, fix2.edits), /<!-- privacy-policy-disable gdpr\/right-portability: not automated -->\n<!-- privacy-policy-disable gdpr\/right-erasure: \[reason\] -->\n## Your rights/);
});

test('a plain-text draft anchored on its title gets the comment below the title', () => {
  const text = 'Privacy Policy\nWe are a small shop.\n';
  const a = analyze({ text });
  const fix = fixesFor(a, a.report.findings.find((x) => x.code === 'gdpr/retention')!).find((x) => /not applicable/.test(x.title))!;
  const out = applyEdits(text, fix.edits);
  assert.equal(out, 'Privacy Policy\n<!-- privacy-policy-disable gdpr/retention: [reason] -->\nWe are a small shop.\n');
  const r = analyze({ text: out.replace('[reason]', 'nothing is stored') });
  assert.equal(r.doc.title?.text, 'Privacy Policy');
  assert.equal(r.report.disclosures.find((d) => d.id === 'gdpr/retention')!.waived?.reason, 'nothing is stored');
});
