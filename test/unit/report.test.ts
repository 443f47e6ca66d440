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
  // The first line marks the file as our report (hidden in the preview), the title follows.
  assert.match(md, /^<!-- privacy-policy-linter: disclosure report -->\n# Privacy Policy Disclosure Report\n/);
  assert.match(md, /\*\*Document:\*\* policies\/privacy\.md/);
  assert.match(md, /\*\*Date:\*\* 2026-11-23/);
  assert.match(md, /\*\*Laws checked:\*\* GDPR \(Regulation \(EU\) 2016\/679\)/);
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

// ---- The client-ready report (issue 16 "Report"): names, counts, sections, waivers, escaping ----

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { countChecklist, isDisclosureReport, summaryText, withoutLocalPaths } from '../../server/src/engine';
import { toDisclosures } from '../../server/src/lsp/convert';
import { reportNaming } from '../../server/src/lsp/reportNaming';
import { uriToPath } from '../../server/src/files/uri';
import { formatMarkdown } from '../../server/src/cli/formats';

const SECTIONS = [
  '# Privacy notice',
  '',
  'Northwind Analytics Ltd is the controller. Contact us at privacy@northwind-analytics.com.',
  '',
  '## How long we keep data',
  '',
  'We keep your data until you close your account and then for [retention period].',
  '',
  '## Your rights [see](command:workbench.action.files.delete) ![](https://tracker.example/x.png)',
  '',
  'You have the right to access your data.',
  '',
  '<!-- privacy-policy-disable gdpr/dpo-contact: no DPO is designated, Art. 37 does not apply -->',
  '<!-- privacy-policy-disable gdpr/data-source -->',
  '',
].join('\n');

const sectionsAnalysis = () => analyze({ text: SECTIONS, config: { settings: { regimes: ['gdpr', 'ccpa'] } } });

test('the summary table shows, per law, the very figures of the status bar (one engine function for both)', () => {
  const a = sectionsAnalysis();
  const md = disclosureReportMarkdown(a, { documentName: 'privacy.md', date: '2026-12-06' });
  // The status bar's text, computed as the client computes it from what the server sends it.
  const sent = toDisclosures(TextDocument.create('file:///w/privacy.md', 'markdown', 1, SECTIONS), a);
  assert.equal(sent.regimes.length, 2);
  for (const r of sent.regimes) {
    const c = countChecklist(r.items.map((i) => i.status));
    const row = md.split('\n').find((l) => l.startsWith(`| ${r.label} |`));
    assert.ok(row, `a summary row for ${r.label}`);
    const cells = row.split('|').slice(2, 6).map((x) => Number(x.trim()));
    assert.deepEqual(cells, [c.ok, c.insufficient, c.missing, c.undecided], `${r.label}: ${row} against ${summaryText(r.label, c)}`);
    assert.equal(c.ok + c.insufficient + c.missing + c.undecided, r.items.length);
    assert.ok(md.includes(summaryText(r.label, c)), 'the summary line quotes the status bar');
  }
  // The GDPR row is not trivially all-missing: each state of the draft shows in its column.
  const gdpr = countChecklist(sent.regimes[0].items.map((i) => i.status));
  assert.ok(gdpr.ok > 0 && gdpr.insufficient > 0 && gdpr.missing > 0, JSON.stringify(gdpr));
});

test('findings are grouped under the section (heading) they stand in, with the heading escaped', () => {
  const a = sectionsAnalysis();
  const md = disclosureReportMarkdown(a, { documentName: 'privacy.md', date: '2026-12-06' });
  const findings = md.slice(md.indexOf('## Findings'), md.indexOf('## Readability by section'));
  const headings = findings.split('\n').filter((l) => l.startsWith('### '));
  assert.deepEqual(headings.slice(0, 2), ['### Privacy notice (line 1)', '### How long we keep data (line 5)']);
  // The heading's link and image from the draft are inert text.
  assert.ok(headings.includes('### Your rights \\[see\\](command:workbench.action.files.delete) !\\[\\](https://tracker.example/x.png) (line 9)'), headings.join('\n'));
  // Each finding sits under the last heading before it.
  const retention = a.report.findings.find((f) => f.code === 'gdpr/retention')!;
  const under = findings.slice(findings.indexOf('### How long we keep data'), findings.indexOf('### Your rights'));
  assert.ok(under.includes(`| ${retention.line + 1} | Warning | \`gdpr/retention\` |`), under);
  const rows = findings.split('\n').filter((l) => /^\| \d+ \|/.test(l));
  assert.equal(rows.length, a.report.findings.length, 'every finding once');
  assert.doesNotMatch(md, /(?<!\\)\[[^\]\n]*(?<!\\)\]\(command:/, 'no live command link anywhere');
  assert.doesNotMatch(md, /!(?<!\\)\[\]\(https:/, 'no live remote image anywhere');
});

test('waivers: each disable comment with what it waives and its reason; one without a reason says so', () => {
  const md = disclosureReportMarkdown(sectionsAnalysis(), { documentName: 'privacy.md', date: '2026-12-06' });
  const waivers = md.slice(md.indexOf('## Waivers'), md.indexOf('## Findings'));
  assert.match(waivers, /\| 13 \| Contact details of the data protection officer \(gdpr\/dpo-contact\) \| no DPO is designated, Art\. 37 does not apply \|/);
  assert.match(waivers, /\| 14 \| Source of the personal data \(gdpr\/data-source\) \| \*\*No reason recorded\*\*: the waiver does not count until one is given\. \|/);
});

test('readability by section in the report, and what each finding\'s rule asks for', () => {
  const md = disclosureReportMarkdown(sectionsAnalysis(), { documentName: 'privacy.md', date: '2026-12-06' });
  const table = md.slice(md.indexOf('## Readability by section'), md.indexOf('## What the findings mean'));
  assert.match(table, /\| How long we keep data \(line 5\) \| 1 \| \d+ \| \d+ \| -?[\d.]+ \| -?[\d.]+ \|/);
  assert.match(table, /\| Privacy notice \(line 1\) \| 2 \|/);
  const meaning = md.slice(md.indexOf('## What the findings mean'));
  assert.match(meaning, /- \*\*Storage period\*\* \(GDPR Art\. 13\(2\)\(a\), Art\. 14\(2\)\(a\)\), `gdpr\/retention`: The notice must say how long/);
});

test('the report marks itself, so that it is never checked as a draft', () => {
  const md = disclosureReportMarkdown(sectionsAnalysis(), { documentName: 'privacy.md', date: '2026-12-06' });
  assert.ok(isDisclosureReport(md));
  assert.ok(isDisclosureReport(`\ufeff${md}`));
  assert.equal(isDisclosureReport(SECTIONS), false);
  assert.equal(isDisclosureReport(`# Title\n${md}`), false, 'only as the first line');
});

test('the editor names the draft relative to its workspace folder, and no absolute path of the disk appears', () => {
  const deep = fs.mkdtempSync(path.join(os.tmpdir(), 'ppl-report-deep-'));
  const ws = path.join(deep, 'clients', 'Acme Corp', 'matters');
  const drafts = path.join(ws, 'eu drafts');
  fs.mkdirSync(drafts, { recursive: true });
  const projectFile = path.join(ws, '.privacy-policy.json');
  const draftUri = pathToFileURL(path.join(drafts, 'privacy.md')).href;
  const wsUri = pathToFileURL(ws).href;
  // A configuration note names the project file by its path, as the server reads it.
  const a = analyze({ text: SECTIONS, config: { projectFile: { regime: ['gdpr'] }, projectFileName: projectFile, projectFileText: '{ "regime": ["gdpr"] }' } });
  assert.ok(a.report.configurationMessages.some((m) => m.includes(projectFile)), 'the message names the file by its absolute path');

  const inside = reportNaming(draftUri, [wsUri], (u) => uriToPath(u) ?? u);
  assert.equal(inside.documentName, 'eu drafts/privacy.md');
  const md = disclosureReportMarkdown(a, { ...inside, date: '2026-12-06' });
  assert.match(md, /\*\*Document:\*\* eu drafts\/privacy\.md\n/);
  assert.match(md, /- \.privacy-policy\.json:1:3: unknown setting "regime"/);
  for (const secret of [deep, os.tmpdir(), 'Acme Corp', encodeURI(deep), 'file:']) assert.ok(!md.includes(secret), `the report holds "${secret}"`);

  // Outside every workspace folder (or with none open): the file name alone.
  const outside = reportNaming(draftUri, ['file:///somewhere/else'], (u) => uriToPath(u) ?? u);
  assert.equal(outside.documentName, 'privacy.md');
  const md2 = disclosureReportMarkdown(a, { ...outside, date: '2026-12-06' });
  assert.ok(!md2.includes(deep) && !md2.includes('Acme Corp'), md2.slice(0, 400));
  assert.equal(reportNaming('untitled:Untitled-1', [wsUri], (u) => u).documentName, 'Untitled-1');
  assert.equal(reportNaming('vscode-vfs://github/acme/site/legal/privacy%20notice.md', ['vscode-vfs://github/acme/site'], (u) => u).documentName, 'legal/privacy notice.md');
});

test('withoutLocalPaths: known folders become relative, other absolute paths keep their file name, the rest is untouched', () => {
  assert.equal(withoutLocalPaths('/home/ann/ws/a/.privacy-policy.json:3:4: bad', ['/home/ann/ws']), 'a/.privacy-policy.json:3:4: bad');
  assert.equal(withoutLocalPaths('"/srv/x/y/.privacy-policy.json" could not be read', []), '".privacy-policy.json" could not be read');
  assert.equal(withoutLocalPaths('C:\\Users\\ann\\p.json: bad; file:///c:/Users/ann/q.json too', []), 'p.json: bad; q.json too');
  assert.equal(withoutLocalPaths('see https://example.com/a/b and/or the / sign', []), 'see https://example.com/a/b and/or the / sign');
});

test('CLI --format markdown names the file relative to the folder it runs in, else by its file name', () => {
  const deep = fs.mkdtempSync(path.join(os.tmpdir(), 'ppl-cli-md-'));
  const file = path.join(deep, 'a', 'b', 'privacy.md');
  const a = analyze({ text: SECTIONS });
  const md = formatMarkdown([{ path: file, text: SECTIONS, report: a.report, doc: a.doc }], new Date('2026-12-06T12:00:00Z'), deep);
  assert.match(md, /\*\*Document:\*\* a\/b\/privacy\.md\n/);
  assert.match(md, /\*\*Date:\*\* 2026-12-06\n/);
  const elsewhere = formatMarkdown([{ path: file, text: SECTIONS, report: a.report }], new Date('2026-12-06T12:00:00Z'), path.join(os.tmpdir(), 'other'));
  assert.match(elsewhere, /\*\*Document:\*\* privacy\.md\n/);
  assert.ok(!elsewhere.includes(deep));
});
