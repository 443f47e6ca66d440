// Suppression comments: waivers with recorded reasons, regions, and the quick fix that writes them.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, applySuppressions, fixesFor, isPlaceholderReason, WAIVE_COMMAND, waiverEdit, buildDocumentModel, parseSuppressions, SUPPRESSION_REASON_CODE, SUPPRESSION_UNKNOWN_CODE } from '../../server/src/engine';
import type { Finding, TextEdit, WaiverRequest } from '../../server/src/engine';

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

test('a waiver without a reason, or with the "[reason]" placeholder, waives nothing and says so', () => {
  for (const comment of ['<!-- privacy-policy-disable gdpr/dpo-contact -->', '<!-- privacy-policy-disable gdpr/dpo-contact: [reason] -->', '<!-- privacy-policy-disable gdpr/dpo-contact:    -->']) {
    const r = analyze({ text: `${DRAFT}\n${comment}\n` }).report;
    assert.equal(r.disclosures.find((x) => x.id === 'gdpr/dpo-contact')!.waived, undefined, comment);
    assert.ok(r.findings.some((f) => f.code === 'gdpr/dpo-contact'), `${comment}: the item is still reported`);
    const note = r.findings.find((f) => f.code === SUPPRESSION_REASON_CODE)!;
    assert.ok(note, comment);
    assert.equal(note.severity, 'information');
    assert.equal(note.line, 8);
    assert.match(note.message, /records no reason, so gdpr\/dpo-contact is not waived/);
  }
});

test('a reasonless comment on a consistency finding still suppresses it, and asks for the reason', () => {
  const text = '# Privacy Policy\n\n<!-- privacy-policy-disable-next-line consistency/placeholder -->\nWrite to _____@_____ with questions.\n';
  const r = analyze({ text }).report;
  assert.equal(r.findings.some((f) => f.code === 'consistency/placeholder'), false);
  assert.match(r.findings.find((f) => f.code === SUPPRESSION_REASON_CODE)!.message, /records no reason: add why after a colon/);
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

test('the waiver quick fix asks for the reason, then writes the comment above the heading, and the item is waived', () => {
  const text = '# Privacy Policy\n\nWe are a small shop.\n\n## Your rights\n\nYou may ask us for a copy of the personal data we hold about you.\n';
  const a = analyze({ text });
  const f = a.report.findings.find((x) => x.code === 'gdpr/right-portability')!;
  const fix = fixesFor(a, f).find((x) => /not applicable/.test(x.title))!;
  // The fix edits nothing itself: its command asks the drafter for the reason first.
  assert.deepEqual(fix.edits, []);
  assert.equal(fix.command?.id, WAIVE_COMMAND);
  const request = fix.command.args[0] as WaiverRequest;
  assert.equal(request.ruleId, 'gdpr/right-portability');
  const out = applyEdits(text, [waiverEdit(request, 'no automated processing on consent or contract')]);
  assert.match(out, /\n\n<!-- privacy-policy-disable gdpr\/right-portability: no automated processing on consent or contract -->\n## Your rights\n/);
  const r = analyze({ text: out }).report;
  assert.equal(r.disclosures.find((d) => d.id === 'gdpr/right-portability')!.waived?.reason, 'no automated processing on consent or contract');
  assert.equal(r.findings.some((x) => x.code === 'gdpr/right-portability'), false);
  // The heading is still a heading, and the section's content is still found.
  assert.equal(r.disclosures.find((d) => d.id === 'gdpr/right-access')!.found, true);
});

test('a reason is written as one line of comment text: it cannot close the comment early', () => {
  const text = '# Privacy Policy\n\nWe are a small shop.\n';
  const a = analyze({ text });
  const fix = fixesFor(a, a.report.findings.find((x) => x.code === 'gdpr/retention')!).find((x) => /not applicable/.test(x.title))!;
  const out = applyEdits(text, [waiverEdit(fix.command!.args[0] as WaiverRequest, 'we keep nothing -->\n<b>x</b> -- really')]);
  assert.equal(out.split('-->').length, 2, 'one comment end');
  assert.equal(analyze({ text: out }).report.disclosures.find((d) => d.id === 'gdpr/retention')!.waived?.reason, 'we keep nothing → <b>x</b> – really');
  assert.equal(isPlaceholderReason('  [reason] '), true);
  assert.equal(isPlaceholderReason(''), true);
  assert.equal(isPlaceholderReason('no DPO'), false);
});

test('a plain-text draft anchored on its title gets the comment below the title', () => {
  const text = 'Privacy Policy\nWe are a small shop.\n';
  const a = analyze({ text });
  const fix = fixesFor(a, a.report.findings.find((x) => x.code === 'gdpr/retention')!).find((x) => /not applicable/.test(x.title))!;
  const out = applyEdits(text, [waiverEdit(fix.command!.args[0] as WaiverRequest, 'we keep nothing')]);
  assert.equal(out, 'Privacy Policy\n<!-- privacy-policy-disable gdpr/retention: we keep nothing -->\nWe are a small shop.\n');
  const r = analyze({ text: out });
  assert.equal(r.doc.title?.text, 'Privacy Policy');
  assert.equal(r.report.disclosures.find((d) => d.id === 'gdpr/retention')!.waived?.reason, 'we keep nothing');
});
