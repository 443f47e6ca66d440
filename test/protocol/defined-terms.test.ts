// Defined terms over LSP, with the bundled server (dist/server.js --stdio): go to definition,
// find all references, prepareRename (a term, and a refusal elsewhere), rename, and the hover.
import { after, before, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, TestClient } from './lspClient';

interface Pos { line: number; character: number }
interface Range { start: Pos; end: Pos }

const URI = 'file:///drafts/terms.policy.md';
const TEXT = [
  '# Privacy Policy', // 0
  '',
  'Tidewell Ltd (“Tidewell”, “we”) runs a tide app and a website (together, the “Service”).', // 2
  '',
  'The Service shows tides. Our Services are free. The service desk is closed on Sundays.', // 4
  '',
  'We keep logs for the Service Desk team.', // 6
  '',
].join('\n');

/** Position of the `n`-th occurrence of `needle` on `line`, plus `into` characters. */
function at(line: number, needle: string, n = 1, into = 1): Pos {
  const l = TEXT.split('\n')[line];
  let i = -1;
  for (let k = 0; k < n; k++) i = l.indexOf(needle, i + 1);
  assert.ok(i >= 0, `${needle} on line ${line}`);
  return { line, character: i + into };
}
const slice = (r: Range) => TEXT.split('\n')[r.start.line].slice(r.start.character, r.end.character);

let client: TestClient;
before(async () => {
  assert.ok(fs.existsSync(path.join(ROOT, 'dist', 'server.js')), 'dist/server.js is built (npm run build)');
  client = new TestClient();
  const init = await client.initialize();
  assert.equal(init.capabilities.definitionProvider, true);
  assert.equal(init.capabilities.referencesProvider, true);
  assert.deepEqual(init.capabilities.renameProvider, { prepareProvider: true });
  await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'markdown', version: 1, text: TEXT } });
});
after(async () => client.stop());

test('go to definition from a use (and from a plural) jumps to the quoted term in its definition', async () => {
  for (const pos of [at(4, 'Service'), at(4, 'Services')]) {
    const locs = await client.conn.sendRequest<Array<{ uri: string; range: Range }>>('textDocument/definition', { textDocument: { uri: URI }, position: pos });
    assert.equal(locs.length, 1);
    assert.equal(locs[0].uri, URI);
    assert.equal(locs[0].range.start.line, 2);
    assert.equal(slice(locs[0].range), 'Service');
  }
  const none = await client.conn.sendRequest<unknown[]>('textDocument/definition', { textDocument: { uri: URI }, position: at(4, 'tides') });
  assert.deepEqual(none, []);
});

test('find all references lists the definition and each use as that term, not “service” nor “Service Desk”', async () => {
  const refs = await client.conn.sendRequest<Array<{ range: Range }>>('textDocument/references', { textDocument: { uri: URI }, position: at(2, '“Service”', 1, 2), context: { includeDeclaration: true } });
  assert.deepEqual(refs.map((r) => `${r.range.start.line}:${slice(r.range)}`), ['2:Service', '4:Service', '4:Service']);
  const uses = await client.conn.sendRequest<Array<{ range: Range }>>('textDocument/references', { textDocument: { uri: URI }, position: at(4, 'Service'), context: { includeDeclaration: false } });
  assert.equal(uses.length, 2);
});

test('prepareRename gives the term’s range on a term, and refuses elsewhere with a message', async () => {
  const ok = await client.conn.sendRequest<{ range: Range; placeholder: string }>('textDocument/prepareRename', { textDocument: { uri: URI }, position: at(4, 'Services') });
  assert.equal(ok.placeholder, 'Service');
  assert.equal(slice(ok.range), 'Service');
  await assert.rejects(
    client.conn.sendRequest('textDocument/prepareRename', { textDocument: { uri: URI }, position: at(4, 'tides') }),
    (e: Error) => /Only a defined term can be renamed/.test(e.message),
  );
});

test('rename edits the definition and every use as that term, keeps the plural ending, leaves other words alone', async () => {
  const edit = await client.conn.sendRequest<{ changes: Record<string, Array<{ range: Range; newText: string }>> }>('textDocument/rename', { textDocument: { uri: URI }, position: at(4, 'Service'), newName: 'Platform' });
  const edits = edit.changes[URI];
  assert.deepEqual(edits.map((e) => `${e.range.start.line}:${slice(e.range)}→${e.newText}`), ['2:Service→Platform', '4:Service→Platform', '4:Service→Platform']);
  // Applied, the text reads as intended.
  const lines = TEXT.split('\n');
  for (const e of [...edits].sort((a, b) => b.range.start.character - a.range.start.character)) {
    const l = lines[e.range.start.line];
    lines[e.range.start.line] = l.slice(0, e.range.start.character) + e.newText + l.slice(e.range.end.character);
  }
  assert.equal(lines[4], 'The Platform shows tides. Our Platforms are free. The service desk is closed on Sundays.');
  assert.equal(lines[6], 'We keep logs for the Service Desk team.');
  await assert.rejects(
    client.conn.sendRequest('textDocument/rename', { textDocument: { uri: URI }, position: at(4, 'Service'), newName: 'Tidewell' }),
    (e: Error) => /already defines “Tidewell”/.test(e.message),
  );
});

test('the hover on a use shows the defining sentence', async () => {
  const hover = await client.conn.sendRequest<{ contents: { value: string }; range: Range } | null>('textDocument/hover', { textDocument: { uri: URI }, position: at(4, 'Service') });
  assert.ok(hover);
  assert.match(hover.contents.value, /\*\*“Service”\*\* — defined in this policy \(line 3\)/);
  assert.match(hover.contents.value, /together, the “Service”/);
  assert.match(hover.contents.value, /Used twice|Used 2 times/);
  assert.equal(slice(hover.range), 'Service');
});
