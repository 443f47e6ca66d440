// The CLI and the UK GDPR pack: `--help` lists it (from the registry), `--regime uk-gdpr` checks it.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { JsonOutput } from '../../server/src/cli/formats';

const ROOT = path.join(__dirname, '..', '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const run = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: ROOT });

const NOTICE = `# Privacy Notice

Fernleigh Books Ltd, 4 Quay Street, Bristol BS1 4DJ, is the controller of your personal data. Contact us at privacy@fernleigh.co.uk.

We keep order records for six years. You can ask us to delete your personal data.

You can complain to the Information Commissioner's Office (ICO) at ico.org.uk.
`;

function noticeFile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ppl-uk-'));
  const file = path.join(dir, 'privacy.md');
  fs.writeFileSync(file, NOTICE);
  return file;
}

test('--help lists uk-gdpr among the regimes', () => {
  const r = run(['--help']);
  assert.equal(r.status, 0, r.stderr);
  const line = r.stdout.split('\n').find((l) => l.includes('--regime'));
  assert.ok(line, r.stdout);
  assert.match(line, /\buk-gdpr\b/);
});

test('--regime uk-gdpr --format json: the 21 uk-gdpr/ items, the complaint found, every uk-gdpr/ finding citing the UK GDPR', () => {
  const r = run(['--regime', 'uk-gdpr', '--format', 'json', '--date', '2026-12-06', noticeFile()]);
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  const file = (JSON.parse(r.stdout) as JsonOutput).files[0];
  assert.deepEqual(file.regimes, ['uk-gdpr']);
  assert.equal(file.disclosures.length, 21);
  assert.ok(file.disclosures.every((d) => d.id.startsWith('uk-gdpr/')));
  assert.equal(file.disclosures.find((d) => d.id === 'uk-gdpr/right-complaint')?.found, true);
  assert.equal(file.disclosures.find((d) => d.id === 'uk-gdpr/right-erasure')?.found, true);
  const own = file.findings.filter((f) => f.code.startsWith('uk-gdpr/'));
  assert.ok(own.length > 0);
  for (const f of own) assert.match(f.message, /UK GDPR/, f.code);
});

test('text format: the checklist line is labelled UK GDPR', () => {
  const r = run(['--regime', 'uk-gdpr', noticeFile()]);
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  assert.match(r.stdout, /: UK GDPR \d+ ✓ \d+ ! \d+ ✗/);
  assert.match(r.stdout, /^ {2}UK GDPR disclosed: .*\bright-complaint\b/m);
});

test('an unknown regime is refused with the known ones listed, uk-gdpr among them', () => {
  const r = run(['--regime', 'uk-gpdr', noticeFile()]);
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /unknown regime "uk-gpdr"/);
  assert.match(r.stderr, /uk-gdpr/);
});
