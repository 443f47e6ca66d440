// The exported disclosure report: what a lawyer sends to a client or files.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, disclosureReportMarkdown } from '../../server/src/engine';

const TEXT = [
  '# Privacy Policy',
  '',
  'Example Ltd is the controller of your personal data.',
  '',
  '## Your rights',
  '',
  'You have the right to lodge a complaint with a supervisory authority | for example the ICO.',
  '',
  '<!-- privacy-policy-disable gdpr/dpo-contact: no DPO required, Art. 37 does not apply -->',
  '<!-- privacy-policy-disable gdpr/international-transfers -->',
  '',
].join('\n');

const report = () =>
  disclosureReportMarkdown(analyze({ text: TEXT, config: { settings: { regimes: ['gdpr'] }, now: new Date('2026-11-23T00:00:00Z') } }), {
    documentName: 'policies/privacy.md',
    date: '2026-11-23',
  });

test('report header: document, date, regimes, summary', () => {
  const md = report();
  assert.match(md, /^# Privacy Policy Disclosure Report\n/);
  assert.match(md, /\*\*Document:\*\* policies\/privacy\.md/);
  assert.match(md, /\*\*Date:\*\* 2026-11-23/);
  assert.match(md, /\*\*Regimes checked:\*\* GDPR \(Regulation \(EU\) 2016\/679\)/);
  // The status bar's figures first (✓ accounted for, ! insufficient, ✗ missing, ? undecided), then every state.
  assert.match(md, /\*\*Summary:\*\* GDPR \d+ ✓ \d+ ! \d+ ✗( \d+ \?)? \(.*\)\. \d+ disclosed, \d+ insufficient, \d+ missing, \d+ undecided, 1 waived, 0 not applicable; \d+ findings/);
});

test('checklist: one row per catalog item with status, legal reference and evidence quoted with its 1-based line', () => {
  const md = report();
  const checklist = md.slice(md.indexOf('## Checklist: GDPR'), md.indexOf('## Findings'));
  const rows = checklist.split('\n').filter((l) => /^\| .*`gdpr\//.test(l));
  assert.equal(rows.length, 21);
  const complaint = rows.find((r) => r.includes('`gdpr/right-complaint`'))!;
  assert.match(complaint, /\| disclosed \| GDPR Art\. 13\(2\)\(d\), Art\. 77 \|/);
  // The quote keeps the text, its `|` escaped so the table holds, and the line number (line 7 for people).
  assert.match(complaint, /“You have the right to lodge a complaint with a supervisory authority \\\| for example the ICO\.” \(line 7\)/);
  assert.equal(complaint.split(/(?<!\\)\|/).length, 6, 'exactly four cells');
  const identity = rows.find((r) => r.includes('`gdpr/controller-identity`'))!;
  assert.match(identity, /\| disclosed \|.*\(line 3\)/);
  const retention = rows.find((r) => r.includes('`gdpr/retention`'))!;
  assert.match(retention, /\| missing \|/);
  const ads = rows.find((r) => r.includes('`gdpr/automated-decision-making`'))!;
  assert.match(ads, /\| undecided \|.*Required only if automated decisions/);
});

test('checklist: a waived item shows the recorded reason and where it is recorded; a waiver without its reason waives nothing', () => {
  const md = report();
  const dpo = md.split('\n').find((l) => l.includes('`gdpr/dpo-contact`'))!;
  assert.match(dpo, /\| waived \|.*Waived \(line 9\): no DPO required, Art\. 37 does not apply \|$/);
  const transfers = md.split('\n').find((l) => l.includes('`gdpr/international-transfers`'))!;
  assert.match(transfers, /\| undecided \|/);
  assert.doesNotMatch(transfers, /Waived/);
});

test('findings: every finding with its 1-based line, severity and rule', () => {
  const a = analyze({ text: TEXT });
  const md = disclosureReportMarkdown(a, { documentName: 'x.md', date: '2026-11-23' });
  const section = md.slice(md.indexOf('## Findings'));
  const rows = section.split('\n').filter((l) => /^\| \d+ \|/.test(l));
  assert.equal(rows.length, a.report.findings.length);
  assert.ok(rows.length > 0);
  const erasure = a.report.findings.find((f) => f.code === 'gdpr/right-erasure')!;
  assert.ok(rows.includes(`| 5 | Warning | \`gdpr/right-erasure\` | ${erasure.message} |`));
  const note = rows.find((r) => /^\| 10 \| Information \| `meta\/suppression-reason` \|/.test(r))!;
  // The message's example reads as text, and starts no HTML comment in the report.
  assert.match(note, /e\.g\. “gdpr\/international-transfers: all processing stays within the EEA”/);
  assert.equal(note.includes('<!--'), false);
});

test('a long quote is shortened at a word boundary', () => {
  const long = 'You have the right to lodge a complaint with a supervisory authority ' + 'in the Member State where you live, work or where the alleged infringement took place '.repeat(4) + 'and we will help.';
  const md = disclosureReportMarkdown(analyze({ text: `# Privacy Policy\n\n${long}\n` }), { documentName: 'x', date: 'd' });
  const row = md.split('\n').find((l) => l.includes('`gdpr/right-complaint`'))!;
  assert.match(row, /“You have the right to lodge a complaint[^”]{20,160} …” \(line 3\)/);
  assert.doesNotMatch(row, /and we will help/);
});

test('text quoted from the draft is inert in the report: no live link, image or HTML', () => {
  const text = '# Privacy Policy\n\nExample Ltd is the controller. You may request a copy of your personal data through [our form](command:workbench.action.files.delete) ![](https://tracker.example/p.png) <img src=x onerror=alert(1)>.\n';
  const md = disclosureReportMarkdown(analyze({ text, config: { settings: { regimes: ['gdpr'] } } }), { documentName: 'p.md', date: '2026-12-06' });
  const access = md.split('\n').find((l) => l.includes('`gdpr/right-access`'))!;
  assert.ok(access.includes('\\[our form\\](command:'), access);
  assert.doesNotMatch(md, /(?<!\\)\[[^\]\n]*(?<!\\)\]\(command:/, 'no live command link');
  assert.doesNotMatch(md, /!(?<!\\)\[\]\(https:/, 'no live remote image');
  assert.doesNotMatch(md, /<img/, 'no HTML');
});
