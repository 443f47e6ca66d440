// Engine basics: the report contract on drafts written for the tests and on the seeds.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, catalogFor } from '../../server/src/engine';

const SEEDS = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'seeds');
const seed = (prefix: string) => {
  const f = fs.readdirSync(SEEDS).find((n) => n.startsWith(prefix));
  if (!f) throw new Error(`seed ${prefix} missing`);
  return fs.readFileSync(path.join(SEEDS, f), 'utf8');
};

test('every GDPR catalog id is listed once, in catalog order', () => {
  const r = analyze({ text: '# Privacy Policy\n\nWe are Example Ltd.\n' }).report;
  assert.deepEqual(
    r.disclosures.map((d) => d.id),
    catalogFor('gdpr').map((c) => c.id),
  );
  assert.equal(r.disclosures.length, 21);
});

test('seed 001: right to complain found with its sentence, no DPO', () => {
  const text = seed('001');
  const r = analyze({ text }).report;
  const complaint = r.disclosures.find((d) => d.id === 'gdpr/right-complaint')!;
  assert.equal(complaint.found, true);
  assert.ok(complaint.evidence.length > 0);
  for (const e of complaint.evidence) assert.equal(text.slice(e.start, e.end), e.text);
  assert.match(complaint.evidence.map((e) => e.text).join(' '), /supervisory authority|complaint/i);
  const dpo = r.disclosures.find((d) => d.id === 'gdpr/dpo-contact')!;
  assert.equal(dpo.found, false);
});

test('a missing item is anchored on the most relevant heading', () => {
  const text = '# Privacy Policy\n\n## Your rights\n\nYou may ask us for a copy of the personal data we hold about you.\n';
  const a = analyze({ text });
  const f = a.report.findings.find((x) => x.code === 'gdpr/right-erasure')!;
  assert.ok(f, 'erasure is reported missing');
  assert.equal(text.slice(f.start, f.end), 'Your rights');
  assert.equal(f.line, 2);
  assert.match(f.message, /Art\. 17/);
  assert.equal(a.report.findings.some((x) => x.code === 'gdpr/right-access'), false);
});

test('CRLF, BOM and curly quotes keep offsets exact', () => {
  const text = '\uFEFFPrivacy Policy\r\n\r\nYou have the right to lodge a complaint with a supervisory authority.\r\n';
  const r = analyze({ text }).report;
  const e = r.disclosures.find((d) => d.id === 'gdpr/right-complaint')!.evidence[0];
  assert.equal(e.text, 'You have the right to lodge a complaint with a supervisory authority.');
  assert.equal(e.line, 2);
});

test('rule severity "off" silences the finding but the disclosure is still listed', () => {
  const text = '# Privacy Policy\n\nWe are Example Ltd.\n';
  const r = analyze({ text, config: { settings: { rules: { 'gdpr/retention': 'off' } } } }).report;
  assert.equal(r.findings.some((f) => f.code === 'gdpr/retention'), false);
  assert.equal(r.disclosures.find((d) => d.id === 'gdpr/retention')!.found, false);
});

test('the engine imports neither vscode nor the LSP libraries', () => {
  const root = path.join(__dirname, '..', '..', '..', 'server', 'src', 'engine');
  const offenders: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts') && /from ['"](vscode|vscode-languageserver[^'"]*|vscode-languageclient[^'"]*)['"]/.test(fs.readFileSync(p, 'utf8'))) offenders.push(p);
    }
  };
  walk(root);
  assert.deepEqual(offenders, []);
});
