// Clause insertion and clause completion over LSP, against the bundled server. A client that
// says it applies clause snippets (`clauseSnippets`, as the VS Code client does) gets the
// insertion as a command with the document's version; any other client gets plain text edits.
// Completion answers `pp-` typed after the trigger character, missing items first.
import { after, before, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, TestClient } from './lspClient';

const TEXT = [
  '# Privacy Policy',
  '',
  'Northwind AB ("Northwind", "we") is a company registered in Sweden and the controller.',
  '',
  '## Your rights',
  '',
  'You may ask for a copy of your personal data.',
  '',
  '## Contact us',
  '',
  'Write to privacy@northwind.example.',
  '',
].join('\n');

type Action = {
  title: string;
  kind: string;
  edit?: { documentChanges: Array<{ textDocument: { uri: string; version: number }; edits: Array<{ newText: string }> }> };
  command?: { command: string; arguments: unknown[] };
};

let plain: TestClient;
let snippets: TestClient;
before(async () => {
  assert.ok(fs.existsSync(path.join(ROOT, 'dist', 'server.js')), 'dist/server.js is built (npm run build)');
  plain = new TestClient();
  snippets = new TestClient({ debounceMs: 20, clauseSnippets: true });
  const init = await snippets.initialize();
  await plain.initialize();
  const provider = init.capabilities.completionProvider as { triggerCharacters: string[] };
  assert.deepEqual(provider.triggerCharacters, ['-']);
});
after(async () => {
  await plain.stop();
  await snippets.stop();
});

async function open(client: TestClient, uri: string, text: string) {
  await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  return client.diagnosticsFor(uri, 1);
}

test('a plain client gets the clause as a text edit; a snippet client the same clause as a version-guarded command', async () => {
  const uri = 'file:///drafts/privacy-insert.md';
  const [p1, p2] = [await open(plain, uri, TEXT), await open(snippets, uri, TEXT)];
  const ask = async (c: TestClient, p: typeof p1) => {
    const d = p.diagnostics.find((x) => x.code === 'gdpr/retention')!;
    const actions = await c.conn.sendRequest<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } });
    return actions.find((a) => /insert standard clause/i.test(a.title))!;
  };
  const a = await ask(plain, p1);
  const b = await ask(snippets, p2);
  assert.ok(a.edit && !a.command, 'plain: an edit, no command');
  assert.ok(b.command && !b.edit, 'snippets: a command, no edit (never both)');
  assert.equal(b.command.command, 'privacyPolicy.insertClauses');
  const [uriArg, version, request] = b.command.arguments as [string, number, { edits: Array<{ newText: string; snippet: string }>; firstBlank: { start: number; end: number } }];
  assert.equal(uriArg, uri);
  assert.equal(version, 1);
  const plainText = a.edit.documentChanges[0].edits[0].newText;
  assert.equal(request.edits[0].newText, plainText, 'the same clause either way');
  assert.match(plainText, /\n## How long we keep your personal data\n/, 'sentence case, as the draft');
  assert.match(request.edits[0].snippet, /\$\{1:\[retention period[^}]*\]\}/, 'the first blank is tab stop 1');
});

test('insert all, for the snippet client: one command that lists the clauses with their lines, the authority of the stated country filled', async () => {
  const uri = 'file:///drafts/privacy-insert-all.md';
  await open(snippets, uri, TEXT);
  const source = await snippets.conn.sendRequest<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source'] } });
  assert.equal(source.length, 1);
  const [, , request] = source[0].command!.arguments as [string, number, { report: boolean; edits: Array<{ newText: string }>; inserted: Array<{ title: string; section: string; line: number }> }];
  assert.equal(request.report, true);
  assert.ok(request.inserted.length >= 5);
  assert.ok(request.inserted.some((x) => x.title === 'Right to lodge a complaint' && x.section === 'Your rights'));
  assert.ok(request.edits.some((e) => e.newText.includes('the Swedish Authority for Privacy Protection (IMY, www.imy.se)')));
});

test('completion after "pp-": GDPR’s missing items first, with snippets; nothing after a dash in prose', async () => {
  const uri = 'file:///drafts/privacy-complete.md';
  const text = `${TEXT}\npp-`;
  await open(snippets, uri, text);
  const lines = text.split('\n');
  const at = { line: lines.length - 1, character: 3 };
  type Item = { label: string; sortText: string; detail: string; insertTextFormat: number; textEdit: { newText: string; range: { start: { character: number } } } };
  const list = await snippets.conn.sendRequest<{ items: Item[] }>('textDocument/completion', { textDocument: { uri }, position: at, context: { triggerKind: 2, triggerCharacter: '-' } });
  assert.ok(list && list.items.length > 20);
  const items = [...list.items].sort((a, b) => (a.sortText < b.sortText ? -1 : 1));
  assert.match(items[0].label, /^pp-gdpr-/);
  assert.match(items[0].detail, /missing/);
  const rank = (l: string) => items.findIndex((i) => i.label === l);
  assert.ok(rank('pp-gdpr-retention') < rank('pp-gdpr-access'), 'missing retention before the disclosed access right');
  assert.ok(rank('pp-gdpr-retention') < rank('pp-ccpa-opt-out'), 'GDPR before CCPA in a GDPR draft');
  const retention = items[rank('pp-gdpr-retention')];
  assert.equal(retention.insertTextFormat, 2, 'a snippet');
  assert.equal(retention.textEdit.range.start.character, 0, 'replaces the typed "pp-"');

  // A dash in a sentence: no list, and no wait for a check.
  const prose = await snippets.conn.sendRequest<unknown>('textDocument/completion', { textDocument: { uri }, position: { line: 2, character: 12 }, context: { triggerKind: 2, triggerCharacter: '-' } });
  assert.equal(prose, null);
});
