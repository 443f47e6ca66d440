// The bundled CLI (dist/cli.js) as CI would run it: formats, exit status, errors.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Log } from 'sarif';
import type { JsonOutput } from '../../server/src/cli/formats';

const ROOT = path.join(__dirname, '..', '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const SEED_DIR = path.join(ROOT, 'test', 'fixtures', 'seeds');
const seed = (prefix: string) => path.join(SEED_DIR, fs.readdirSync(SEED_DIR).find((n) => n.startsWith(prefix))!);
const run = (args: string[], input?: string) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', input, cwd: ROOT });

test('--format json lists all 21 GDPR ids for seed 001, with evidence offsets into the file', () => {
  const r = run(['--format', 'json', '--date', '2026-11-23', seed('001')]);
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  const out = JSON.parse(r.stdout) as JsonOutput;
  assert.equal(out.version, 1);
  const file = out.files[0];
  assert.deepEqual(file.regimes, ['gdpr']);
  assert.equal(file.disclosures.length, 21);
  assert.ok(file.disclosures.every((d: { id: string }) => d.id.startsWith('gdpr/')));
  const text = fs.readFileSync(seed('001'), 'utf8');
  const complaint = file.disclosures.find((d: { id: string }) => d.id === 'gdpr/right-complaint');
  assert.ok(complaint, 'gdpr/right-complaint is listed');
  assert.equal(complaint.found, true);
  for (const e of complaint.evidence) assert.equal(text.slice(e.start, e.end), e.text);
  assert.equal(file.disclosures.find((d: { id: string }) => d.id === 'gdpr/dpo-contact')?.found, false);
  for (const f of file.findings) {
    assert.ok(['error', 'warning', 'information', 'hint'].includes(f.severity));
    assert.equal(typeof f.line, 'number');
    assert.equal(typeof f.column, 'number');
  }
});

test('text format prints path:line:col: severity code message, 1-based', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ppl-'));
  const file = path.join(dir, 'privacy.md');
  fs.writeFileSync(file, '# Privacy Policy\n\n## Your rights\n\nYou may ask for a copy of your personal data.\n');
  const r = run([file]);
  const line = r.stdout.split('\n').find((l) => l.includes('gdpr/right-erasure'));
  assert.ok(line, r.stdout);
  assert.equal(line.startsWith(`${file}:3:4: warning gdpr/right-erasure `), true, line);
  // The file's checklist in three states opens its block: accounted for, insufficient, missing;
  // the items of each state follow, what was found as well as what was not.
  const out = r.stdout.split('\n');
  assert.match(out[0], new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: GDPR \\d+ ✓ \\d+ ! \\d+ ✗`));
  assert.ok(out.some((l) => /^ {2}GDPR disclosed: .*\bright-access\b/.test(l)), r.stdout);
  assert.ok(out.some((l) => /^ {2}GDPR missing: .*\bright-erasure\b/.test(l)), r.stdout);
  // A finding ends with a few words of the text it sits on.
  assert.match(line, /\[at “Your rights”\]$/);
});

test('exit status 1 when anything is at error severity, 0 otherwise', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ppl-'));
  const file = path.join(dir, 'privacy.md');
  fs.writeFileSync(file, '# Privacy Policy\n\nExample Ltd is the controller.\n');
  assert.equal(run([file]).status, 0);
  fs.writeFileSync(path.join(dir, '.privacy-policy.json'), JSON.stringify({ rules: { 'gdpr/retention': 'error' } }));
  const r = run([file]);
  assert.equal(r.status, 1, r.stdout + r.stderr);
  assert.match(r.stdout, /error gdpr\/retention/);
});

test('a folder is searched recursively for .md, .txt and .policy files; stdin with "-"', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ppl-'));
  fs.mkdirSync(path.join(dir, 'sub'));
  fs.writeFileSync(path.join(dir, 'a.md'), '# Privacy\n');
  fs.writeFileSync(path.join(dir, 'sub', 'b.policy'), 'Privacy Policy\n');
  fs.writeFileSync(path.join(dir, 'c.json'), '{}');
  const out = JSON.parse(run(['--format', 'json', dir]).stdout) as JsonOutput;
  assert.deepEqual(out.files.map((f: { path: string }) => path.basename(f.path)).sort(), ['a.md', 'b.policy']);
  const stdin = JSON.parse(run(['--format', 'json', '-'], 'Privacy Policy\n\nWe keep your data for two years.\n').stdout) as JsonOutput;
  assert.equal(stdin.files[0].path, '<stdin>');
  assert.equal(stdin.files[0].disclosures.find((d: { id: string }) => d.id === 'gdpr/retention')?.found, true);
});

test('--regime selects the catalogs; an unknown regime is a usage error (exit 2, one line)', () => {
  const r = run(['--regime', 'gdpr,nonsense', seed('001')]);
  assert.equal(r.status, 2);
  assert.equal(r.stderr.trim().split('\n').length, 1);
  assert.match(r.stderr, /unknown regime "nonsense"/);
});

test('usage and I/O errors exit 2 with a one-line message', () => {
  const missing = run(['/nonexistent/privacy.md']);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /cannot read "\/nonexistent\/privacy.md"/);
  assert.equal(run(['--format', 'xml', seed('001')]).status, 2);
  assert.equal(run([]).status, 2);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ppl-'));
  const bin = path.join(dir, 'policy.txt');
  fs.writeFileSync(bin, Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3]));
  const b = run([bin]);
  assert.equal(b.status, 2);
  assert.match(b.stderr, /not a text file/);
  assert.equal(run(['--help']).status, 0);
});

test('SARIF 2.1.0 output carries rules, levels and 1-based regions', () => {
  const r = run(['--format', 'sarif', seed('001')]);
  const sarif = JSON.parse(r.stdout) as Log;
  assert.equal(sarif.version, '2.1.0');
  const run0 = sarif.runs[0];
  assert.equal(run0.tool.driver.name, 'privacy-policy-lint');
  const res = run0.results?.find((x) => x.ruleId === 'gdpr/statutory-requirement');
  assert.ok(res);
  assert.equal(res.level, 'warning');
  assert.ok((res.locations?.[0].physicalLocation?.region?.startLine ?? 0) >= 1);
  assert.ok(run0.tool.driver.rules?.some((x) => x.id === 'gdpr/statutory-requirement' && x.helpUri?.includes('eur-lex')));
});
