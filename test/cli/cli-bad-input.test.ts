// The CLI on the inputs a lawyer's IT department tries first: a symlink loop, a folder with
// nothing in it, a closed pipe, files in other encodings. Each gets one clear line, the other
// files are still checked, and no stack trace reaches the user.
// (An unreadable folder, EACCES, cannot be made here: these tests run as root, who reads anything.
// The CLI reports it through the same path as ELOOP below.)
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv-draft-04';
import type { SchemaObject } from 'ajv-draft-04';
import type { Log } from 'sarif';
import type { JsonOutput } from '../../server/src/cli/formats';

const ROOT = path.join(__dirname, '..', '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const run = (args: string[], input?: string) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', input, cwd: ROOT });
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'ppl-bad-'));
const DRAFT = '# Privacy Policy\n\nNorthwind Ltd is the controller. We keep your data for two years.\n';

test('a symlink loop is named as one (ELOOP), and the readable files are still checked; exit 2', () => {
  const dir = tmp();
  fs.symlinkSync(path.join(dir, 'b'), path.join(dir, 'a'));
  fs.symlinkSync(path.join(dir, 'a'), path.join(dir, 'b'));
  fs.writeFileSync(path.join(dir, 'privacy.md'), DRAFT);
  const r = run(['--format', 'json', path.join(dir, 'a'), path.join(dir, 'privacy.md')]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /cannot read ".*[/\\]a": too many levels of symbolic links, a symlink loop \(ELOOP\)/);
  assert.doesNotMatch(r.stderr, /no such file/);
  assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  assert.equal((JSON.parse(r.stdout) as JsonOutput).files.length, 1, 'the readable file is reported');
});

test('a folder with no draft in it is an error with a message, not a silent pass', () => {
  const dir = tmp();
  fs.writeFileSync(path.join(dir, 'notes.json'), '{}');
  const r = run([dir]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /no draft to check in ".*" \(no \.md, \.markdown, \.txt or \.policy file/);
  assert.equal(r.stdout, '');
});

test('a closed pipe ends the CLI quietly (no EPIPE stack trace)', () => {
  const dir = tmp();
  for (let i = 0; i < 40; i++) fs.writeFileSync(path.join(dir, `p${String(i).padStart(2, '0')}.md`), DRAFT);
  const r = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" "${dir}" | head -n 1`], { encoding: 'utf8' });
  assert.equal(r.stdout.split('\n').filter(Boolean).length, 1);
  assert.doesNotMatch(r.stderr, /EPIPE|Error|\n\s+at /);
});

test('UTF-16 LE and BE with a byte-order mark are read as text, like an editor opens them', () => {
  const dir = tmp();
  const le = path.join(dir, 'le.txt');
  const be = path.join(dir, 'be.txt');
  fs.writeFileSync(le, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(DRAFT, 'utf16le')]));
  fs.writeFileSync(be, Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(DRAFT, 'utf16le').swap16()]));
  const r = run(['--format', 'json', le, be]);
  assert.equal(r.status, 0, r.stderr);
  const files = (JSON.parse(r.stdout) as JsonOutput).files;
  for (const f of files) assert.equal(f.disclosures.find((d: { id: string }) => d.id === 'gdpr/retention')?.status, 'disclosed', f.path);
});

test('invalid UTF-8 is read with a warning naming the first bad byte; the file is still checked', () => {
  const dir = tmp();
  const file = path.join(dir, 'latin1.txt');
  fs.writeFileSync(file, Buffer.concat([Buffer.from('Privacy Policy\n\nWe are Caf'), Buffer.from([0xe9]), Buffer.from(' Ltd.\n')]));
  const r = run(['--format', 'json', file]);
  assert.equal(r.status, 0);
  assert.match(r.stderr, /is not valid UTF-8 \(first invalid byte at offset 26\)/);
  assert.equal((JSON.parse(r.stdout) as JsonOutput).files.length, 1);
});

test('a UTF-8 byte-order mark is accepted, and a binary file is still refused', () => {
  const dir = tmp();
  const bom = path.join(dir, 'bom.md');
  fs.writeFileSync(bom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(DRAFT)]));
  assert.equal(run([bom]).status, 0);
  const bin = path.join(dir, 'scan.txt');
  fs.writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]));
  const r = run([bin, bom]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /not a text file/);
});

test('SARIF: locations are percent-encoded URIs relative to %SRCROOT%, and the tool version is the package\'s', () => {
  const dir = fs.mkdtempSync(path.join(ROOT, '.ppl-sarif-'));
  try {
    const file = path.join(dir, 'my policy #1.md');
    fs.writeFileSync(file, DRAFT);
    const r = run(['--format', 'sarif', path.relative(ROOT, file)]);
    const sarif = JSON.parse(r.stdout) as Log;
    const run0 = sarif.runs[0];
    const loc = run0.results?.[0].locations?.[0].physicalLocation?.artifactLocation;
    assert.equal(loc?.uriBaseId, '%SRCROOT%');
    assert.equal(loc?.uri, `${encodeURIComponent(path.basename(dir))}/my%20policy%20%231.md`);
    assert.match(run0.originalUriBaseIds?.['%SRCROOT%'].uri ?? '', /^file:\/\/.*\/$/);
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    assert.equal(run0.tool.driver.version, pkg.version);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('SARIF validates against the official SARIF 2.1.0 schema (seeds, and a draft with related locations)', () => {
  // The schema file ships in @microsoft/jest-sarif (a dev dependency); it is JSON Schema draft-04.
  // Its language-tag pattern is not valid as a Unicode regular expression, hence unicodeRegExp off.
  const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', '@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json'), 'utf8')) as SchemaObject;
  const validate = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false, logger: false }).compile(schema);
  const dir = tmp();
  fs.writeFileSync(path.join(dir, 'two addresses.md'), '# Privacy Policy\n\nNorthwind Ltd is the controller. Write to privacy@northwind.co.uk or to privacy@northwind-mail.co.uk.\n');
  for (const input of [path.join(ROOT, 'test', 'fixtures', 'seeds'), dir]) {
    const sarif = JSON.parse(run(['--format', 'sarif', input]).stdout) as Log;
    assert.ok((sarif.runs[0].results?.length ?? 0) > 0);
    assert.equal(validate(sarif), true, JSON.stringify(validate.errors?.slice(0, 3)));
  }
});
