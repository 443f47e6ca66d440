// `privacy-policy-lint --format markdown`: the client-ready disclosure report from the bundled CLI,
// as a CI job would publish it: named relative to the folder it runs in, no path of the disk in it.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..', '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const run = (args: string[], cwd: string, input?: string) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd, input });

const DRAFT = [
  '# Privacy notice',
  '',
  'Northwind Analytics Ltd is the controller. Write to privacy@northwind-analytics.com.',
  '',
  '## Retention',
  '',
  'We keep your data until you close your account and then for [retention period].',
  '',
  '## Your rights',
  '',
  'You have the right to access your data and to lodge a complaint with a supervisory authority.',
  '',
].join('\n');

/** A draft under a deep temporary folder with spaces, and its (broken) project file one level up. */
function deepWorkspace(): { ws: string; file: string } {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'ppl-md-'));
  const dir = path.join(ws, 'Client Matters', 'Acme Corp', 'drafts');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(ws, 'Client Matters', 'Acme Corp', '.privacy-policy.json'), '{ "regimes": ["gdpr"], "longSentenceWordz": 30 }\n');
  const file = path.join(dir, 'privacy.md');
  fs.writeFileSync(file, DRAFT);
  return { ws, file };
}

test('--format markdown: title, relative name, date, laws, summary table, checklist, sections, readability', () => {
  const { ws, file } = deepWorkspace();
  const r = run(['--format', 'markdown', '--date', '2026-12-06', path.relative(ws, file)], ws);
  assert.equal(r.status, 2, 'the project file has an unknown key: status 2, the draft still reported');
  const md = r.stdout;
  assert.match(md, /^<!-- privacy-policy-linter: disclosure report -->\n# Privacy Policy Disclosure Report\n/);
  assert.match(md, /\*\*Document:\*\* Client Matters\/Acme Corp\/drafts\/privacy\.md\n/);
  assert.match(md, /\*\*Date:\*\* 2026-12-06\n/);
  assert.match(md, /\*\*Laws checked:\*\* GDPR \(Regulation \(EU\) 2016\/679\)/);
  assert.match(md, /\n## Summary\n\n\| Law \| ✓ Accounted for \| ! Insufficient \| ✗ Missing \| \? Undecided \|/);
  assert.match(md, /\n\| GDPR \| \d+ \| 1 \| \d+ \| \d+ \|/);
  assert.match(md, /\| Storage period \(`gdpr\/retention`\) \| insufficient \|/);
  assert.match(md, /\n### Retention \(line 5\)\n/);
  assert.match(md, /\n## Readability by section\n/);
});

test('--format markdown holds no absolute path, even for a file named by its absolute path outside the folder', () => {
  const { ws, file } = deepWorkspace();
  const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'ppl-md-cwd-'));
  const r = run(['--format', 'markdown', file], elsewhere);
  assert.ok(r.status === 1 || r.status === 2, r.stderr);
  assert.match(r.stdout, /\*\*Document:\*\* privacy\.md\n/);
  for (const secret of [ws, elsewhere, os.tmpdir(), 'Acme Corp', 'Client Matters']) assert.ok(!r.stdout.includes(secret), `the report holds "${secret}"`);
  // The CLI's own messages on stderr keep the path (they stay on the drafter's machine).
  assert.ok(r.stderr.includes('.privacy-policy.json'), r.stderr);
});

test('--format markdown: several files make one document, a report per file; stdin is "standard input"', () => {
  const { ws } = deepWorkspace();
  fs.writeFileSync(path.join(ws, 'cookies-policy.md'), '# Cookie policy\n\nWe use cookies.\n');
  const r = run(['--format', 'markdown', '.'], ws);
  assert.equal((r.stdout.match(/^# Privacy Policy Disclosure Report$/gm) ?? []).length, 2, r.stdout.slice(0, 300));
  assert.match(r.stdout, /\n---\n\n<!-- privacy-policy-linter: disclosure report -->\n/);
  const s = run(['--format', 'markdown', '-'], ws, DRAFT);
  assert.match(s.stdout, /\*\*Document:\*\* standard input\n/);
});

test('a report written beside the draft is not checked as a draft when its folder is', () => {
  const { ws, file } = deepWorkspace();
  const report = run(['--format', 'markdown', file], ws).stdout;
  fs.writeFileSync(path.join(path.dirname(file), 'privacy.report.md'), report);
  const r = run(['--format', 'json', path.dirname(file)], ws);
  const out = JSON.parse(r.stdout) as { files: Array<{ path: string }> };
  assert.deepEqual(out.files.map((f) => path.basename(f.path)), ['privacy.md']);
  // Named on its own, it is skipped with a word on stderr.
  const named = run(['--format', 'json', path.join(path.dirname(file), 'privacy.report.md')], ws);
  assert.match(named.stderr, /is a disclosure report written by this tool, not a draft; it was not checked/);
});

test('--format with an unknown value names the four formats', () => {
  const r = run(['--format', 'html', 'x.md'], ROOT);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /unknown format "html" \(use text, json, sarif or markdown\)/);
});
