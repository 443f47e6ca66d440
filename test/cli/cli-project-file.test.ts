// The CLI with a .privacy-policy.json a careless or hostile user wrote: each problem is printed
// once (not once per draft), names the file's line and column as ESLint and tsc do, the drafts
// are still checked, and the exit status is 2 because the configuration was not used as written.
// Front matter problems are findings on their line of the draft.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..', '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const run = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: ROOT });
const DRAFT = '# Privacy Policy\n\nNorthwind Ltd is the controller. We keep your data for two years.\n';

/** A folder with two drafts and this project file. */
function project(fileText: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ppl-project-'));
  fs.writeFileSync(path.join(dir, '.privacy-policy.json'), fileText);
  fs.writeFileSync(path.join(dir, 'a.md'), DRAFT);
  fs.writeFileSync(path.join(dir, 'b.md'), DRAFT);
  return dir;
}

type JsonFile = { path: string; disclosures: Array<{ id: string; required: string }> };

test('problems inside .privacy-policy.json are printed once each with line:column; the drafts are checked; exit 2', () => {
  const dir = project('{\n  "basis": ["contract", "concent"],\n  "dpo": "no",\n  "regimes": ["gdpr"]\n}\n');
  const r = run(['--format', 'json', dir]);
  assert.equal(r.status, 2, r.stderr);
  const file = path.join(dir, '.privacy-policy.json');
  const lines = r.stderr.trim().split('\n');
  assert.deepEqual(lines.sort(), [
    `${file}:2:25: unknown legal basis "concent" in "basis" (did you mean consent?); the basis list is treated as undeclared until it is corrected. Known bases: consent, contract, legal obligation, vital interests, public task, legitimate interests.`,
    `${file}:3:10: "dpo" must be true or false, not "no"; treated as undeclared.`,
  ]);
  const files = (JSON.parse(r.stdout) as { files: JsonFile[] }).files;
  assert.equal(files.length, 2, 'both drafts are reported');
  for (const f of files) {
    // Neither unusable value decides an item.
    assert.notEqual(f.disclosures.find((d) => d.id === 'gdpr/right-withdraw-consent')!.required, 'not-applicable');
    assert.notEqual(f.disclosures.find((d) => d.id === 'gdpr/dpo-contact')!.required, 'not-applicable');
  }
});

test('a project file that is null, a list, text or a number as a whole is named as such; defaults are used; exit 2', () => {
  for (const [text, holds] of [['null', 'null'], ['["gdpr", "ccpa"]', 'a list'], ['"gdpr"', 'the text "gdpr"'], ['42', 'the number 42']]) {
    const dir = project(`${text}\n`);
    const r = run(['--format', 'json', dir]);
    assert.equal(r.status, 2, text);
    assert.equal(r.stderr, `${path.join(dir, '.privacy-policy.json')}:1:1: expected an object of settings such as { "regimes": ["gdpr"], "dpo": false }, but it holds ${holds}; it was ignored and the defaults are used.\n`);
    const files = (JSON.parse(r.stdout) as { files: JsonFile[] }).files;
    assert.equal(files.length, 2);
    assert.ok(files[0].disclosures.every((d) => d.id.startsWith('gdpr/')), 'the default regime, not the list as a whole');
  }
});

test('a syntax error in .privacy-policy.json names its line and column; the drafts are checked with the defaults; exit 2', () => {
  const dir = project('{\n  "dpo": false,\n  "transfers": true,\n}\n');
  const r = run(['--format', 'json', dir]);
  assert.equal(r.status, 2);
  assert.equal(r.stderr, `${path.join(dir, '.privacy-policy.json')}:4:1: not valid JSON (a trailing comma is not allowed in JSON); the file was ignored and defaults are used.\n`);
  const files = (JSON.parse(r.stdout) as { files: JsonFile[] }).files;
  assert.equal(files.length, 2);
  // The broken file's `dpo: false` was not applied: the DPO item is not excluded.
  assert.notEqual(files[0].disclosures.find((d) => d.id === 'gdpr/dpo-contact')!.required, 'not-applicable');
});

test('a valid project file changes nothing in the exit status or on stderr', () => {
  const dir = project('{ "dpo": false, "basis": ["contract"] }\n');
  const r = run(['--format', 'json', dir]);
  assert.equal(r.stderr, '');
  assert.equal(r.status, 0);
  const files = (JSON.parse(r.stdout) as { files: JsonFile[] }).files;
  assert.equal(files[0].disclosures.find((d) => d.id === 'gdpr/dpo-contact')!.required, 'not-applicable', 'the declared fact applies');
});

test('front matter problems are findings on their line of the draft, with a suggestion; a warning keeps exit 0', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ppl-fm-'));
  const draft = path.join(dir, 'privacy.md');
  fs.writeFileSync(draft, `---\ntitle: Privacy\nbasis:\n  - contract\n  - concent\ndpo: ${'['.repeat(5000)}\n---\n${DRAFT}`);
  const r = run([draft]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
  assert.match(r.stdout, /privacy\.md:5:5: warning meta\/front-matter Unknown legal basis "concent" in "basis" \(did you mean consent\?\)/);
  assert.match(r.stdout, /privacy\.md:6:1: warning meta\/front-matter The value of "dpo" is nested more than 16 levels deep/);
  assert.doesNotMatch(r.stdout, /meta\/front-matter .*"title"/, 'a site generator\'s key is left alone');
});
