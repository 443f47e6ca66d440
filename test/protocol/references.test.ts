// Cross-references over LSP, as an editor sees them: the broken-reference diagnostic with its
// related location, go to definition from a reference to its section, in-document links, and
// the drafting rules turned off by the rules setting.
import { after, before, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, TestClient } from './lspClient';

const PLANTED = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'drafting', 'references-planted.md'), 'utf8');
const LINES = PLANTED.split('\n');
/** Zero-based line and character of `needle` in the planted draft. */
const at = (needle: string, delta = 0) => {
  const line = LINES.findIndex((l) => l.includes(needle));
  return { line, character: LINES[line].indexOf(needle) + delta };
};

let client: TestClient;
before(async () => {
  assert.ok(fs.existsSync(path.join(ROOT, 'dist', 'server.js')), 'dist/server.js is built (npm run build)');
  client = new TestClient();
  const init = await client.initialize();
  assert.equal(init.capabilities.definitionProvider, true);
});
after(async () => client.stop());

test('broken references are published on their lines; a wrong direction names its section', async () => {
  const uri = 'file:///drafts/references-planted.md';
  await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: PLANTED } });
  const p = await client.diagnosticsFor(uri, 1);
  const broken = p.diagnostics.filter((d) => d.code === 'drafting/broken-reference');
  assert.deepEqual(broken.map((d) => d.range.start.line), [at('clause 4.2').line, at('Section 12').line, at('Complaints to').line, at('Section 6 below').line]);
  assert.ok(broken.every((d) => d.severity === 2), 'warnings');
  const wrongWay = broken[3];
  assert.match(wrongWay.message, /points the wrong way/);
  const related = wrongWay.relatedInformation as Array<{ location: { range: { start: { line: number } } }; message: string }>;
  assert.equal(related[0].location.range.start.line, at('## 6. Your rights').line);
  const vague = p.diagnostics.filter((d) => d.code === 'drafting/vague');
  assert.deepEqual(vague.map((d) => [d.range.start.line, d.severity]), [[at('some of your information').line, 3]]);
});

test('go to definition on a reference jumps to its section; on plain words it finds nothing', async () => {
  const uri = 'file:///drafts/references-planted.md';
  const defs = await client.conn.sendRequest<Array<{ uri: string; range: { start: { line: number } } }>>('textDocument/definition', { textDocument: { uri }, position: at('Section 8 below', 3) });
  assert.deepEqual(defs.map((d) => [d.uri, d.range.start.line]), [[uri, at('## 8. Contact us').line]]);
  const none = await client.conn.sendRequest<unknown[]>('textDocument/definition', { textDocument: { uri }, position: at('billing address', 2) });
  assert.deepEqual(none, []);
});

test('document links make a resolved reference clickable, to a line of the same document', async () => {
  const uri = 'file:///drafts/references-planted.md';
  const links = await client.conn.sendRequest<Array<{ target: string; range: { start: { line: number; character: number } }; tooltip?: string }>>('textDocument/documentLink', { textDocument: { uri } });
  const toContact = links.find((l) => l.range.start.line === at('Section 8 below').line && l.range.start.character === at('Section 8 below').character);
  assert.ok(toContact, JSON.stringify(links));
  assert.equal(toContact.target, `${uri}#L${at('## 8. Contact us').line + 1}`);
  assert.match(toContact.tooltip ?? '', /^Go to “8\. Contact us”/);
  assert.ok(!links.some((l) => l.range.start.line === at('Section 12').line && l.target.startsWith(uri)), 'a broken reference has no link');
  assert.ok(links.some((l) => l.target.endsWith('#art_6')), 'article links stay');
});

test('"privacyPolicy.rules" turns the drafting rules off', async () => {
  client.settings = { rules: { 'drafting/broken-reference': 'off', 'drafting/vague': 'off' } };
  const uri = 'file:///drafts/references-off.md';
  await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: PLANTED } });
  const p = await client.diagnosticsFor(uri, 1);
  assert.deepEqual(p.diagnostics.filter((d) => d.code.startsWith('drafting/')), []);
  assert.ok(p.diagnostics.length > 0, 'other rules still run');
  client.settings = {};
});
