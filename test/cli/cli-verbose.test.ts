// The bundled CLI's one-line messages and the explanations behind them: `--verbose` text prints a
// rule's explanation under its first finding in each file, and SARIF carries the short message as
// message.text and the explanation as the rule's fullDescription (issue #16, "Messages").
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Log } from 'sarif';

const ROOT = path.join(__dirname, '..', '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const SEED_DIR = path.join(ROOT, 'test', 'fixtures', 'seeds');
const seed = (prefix: string) => path.join(SEED_DIR, fs.readdirSync(SEED_DIR).find((n) => n.startsWith(prefix))!);
const run = (args: string[]) => spawnSync(process.execPath, [CLI, '--date', '2026-12-01', ...args], { encoding: 'utf8', cwd: ROOT });

test('text: one line per finding; --verbose adds each rule’s explanation, indented, under its first finding', () => {
  const plain = run([seed('001')]);
  const verbose = run(['--verbose', seed('001')]);
  assert.equal(plain.status, 1, plain.stderr);
  assert.equal(verbose.status, 1, verbose.stderr);
  const findingLines = (out: string) => out.split('\n').filter((l) => /^\S+:\d+:\d+: /.test(l));
  assert.deepEqual(findingLines(verbose.stdout), findingLines(plain.stdout), 'the same findings, in the same order');
  assert.ok(!/^ {4}/m.test(plain.stdout), 'no explanation without --verbose');
  const lines = verbose.stdout.split('\n');
  const at = lines.findIndex((l) => l.includes(' gdpr/statutory-requirement '));
  assert.equal(lines[at + 1], '    Whether providing the data is required (GDPR Art. 13(2)(e)).');
  assert.match(lines[at + 2], /^ {4}Why: When data are collected from the person/);
  assert.ok(lines.slice(at + 1, at + 8).some((l) => /^ {4}What to add: /.test(l)));
  assert.ok(lines.slice(at + 1, at + 8).some((l) => /^ {4}Example \(snippet pp-gdpr-statutory-requirement\): /.test(l)));
  assert.ok(lines.slice(at + 1, at + 8).some((l) => l === '    Law: https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=CELEX:32016R0679#art_13'));
  assert.match(run(['--help']).stdout, /--verbose/);
});

test('SARIF: message.text is the one-line message; the rule’s fullDescription and help carry the explanation', () => {
  const r = run(['--format', 'sarif', seed('001')]);
  const log = JSON.parse(r.stdout) as Log;
  const rules = log.runs[0].tool.driver.rules!;
  const results = log.runs[0].results!;
  assert.ok(results.length > 3);
  for (const res of results) {
    const rule = rules.find((x) => x.id === res.ruleId)!;
    assert.ok(res.message.text!.length <= 170, `${res.ruleId}: ${res.message.text}`);
    assert.ok(rule.fullDescription!.text.length > res.message.text!.length, `${res.ruleId}: the full description is the long form`);
    assert.match(rule.fullDescription!.text, /\nWhy: /);
    assert.ok(rule.help?.markdown, `${res.ruleId} has Markdown help`);
  }
  const statutory = rules.find((x) => x.id === 'gdpr/statutory-requirement')!;
  assert.match(statutory.fullDescription!.text, /What to add: Say which data people must provide/);
});
