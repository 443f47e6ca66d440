// Starts the bundled server (dist/server.js --stdio) and talks LSP to it, as an editor would.
import { after, before, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, TestClient } from './lspClient';

const SEED_DIR = path.join(ROOT, 'test', 'fixtures', 'seeds');
const seedFile = (prefix: string) => path.join(SEED_DIR, fs.readdirSync(SEED_DIR).find((n) => n.startsWith(prefix))!);

let client: TestClient;
before(async () => {
  assert.ok(fs.existsSync(path.join(ROOT, 'dist', 'server.js')), 'dist/server.js is built (npm run build)');
  client = new TestClient();
  const init = await client.initialize();
  assert.equal((init.capabilities.textDocumentSync as { change: number }).change, 2, 'incremental sync');
});
after(async () => client.stop());

test('publishes diagnostics for an opened seed, with source, code, link and message', async () => {
  const file = seedFile('001');
  const uri = `file://${file}`;
  await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: fs.readFileSync(file, 'utf8') } });
  const p = await client.diagnosticsFor(uri, 1);
  const codes = p.diagnostics.map((d) => d.code);
  assert.ok(codes.includes('gdpr/statutory-requirement'), `statutory requirement reported: ${codes.join(', ')}`);
  assert.ok(!codes.includes('gdpr/right-complaint'), 'the right to complain is disclosed in seed 001');
  for (const d of p.diagnostics) {
    assert.equal(d.source, 'privacy-policy');
    assert.match(d.code, /^[a-z]+\/[a-z-]+$/);
    assert.ok(d.codeDescription?.href.startsWith('https://'), `${d.code} has a documentation link`);
    assert.ok(d.message.length > 40, `${d.code} explains itself`);
  }
  const statutory = p.diagnostics.find((d) => d.code === 'gdpr/statutory-requirement')!;
  assert.match(statutory.message, /Art\. 13\(2\)\(e\)/);
  assert.equal(statutory.codeDescription!.href, 'https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=CELEX:32016R0679#art_13');
  const checklist = await client.waitFor(
    () => client.notifications.find((n) => n.method === 'privacyPolicy/disclosures' && (n.params as { uri: string }).uri === uri),
    'the checklist notification',
  );
  const gdpr = (checklist.params as { regimes: Array<{ id: string; items: Array<{ id: string; status: string }> }> }).regimes[0];
  assert.equal(gdpr.id, 'gdpr');
  assert.equal(gdpr.items.length, 21);
  assert.equal(gdpr.items.find((i) => i.id === 'gdpr/right-complaint')!.status, 'disclosed');
  assert.equal(gdpr.items.find((i) => i.id === 'gdpr/dpo-contact')!.status, 'undecided');
});

test('an incremental edit that adds a disclosure removes its diagnostic', async () => {
  const uri = 'file:///drafts/privacy-edit.md';
  const text = '# Privacy Policy\n\nExample Ltd is the controller of your personal data.\n';
  await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  const first = await client.diagnosticsFor(uri, 1);
  assert.ok(first.diagnostics.some((d) => d.code === 'gdpr/right-complaint'));
  await client.conn.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: '\nYou have the right to lodge a complaint with a supervisory authority.\n' }],
  });
  const second = await client.diagnosticsFor(uri, 2);
  assert.ok(!second.diagnostics.some((d) => d.code === 'gdpr/right-complaint'), 'complaint right now disclosed');
});

test('turning a rule off in the settings removes its diagnostics', async () => {
  const uri = 'file:///drafts/privacy-settings.md';
  const text = '# Privacy Policy\n\nExample Ltd is the controller.\n';
  await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  const before = await client.diagnosticsFor(uri, 1);
  assert.ok(before.diagnostics.some((d) => d.code === 'gdpr/retention'));
  const count = client.published.length;
  client.settings = { rules: { 'gdpr/retention': 'off' } };
  await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
  const afterChange = await client.waitFor(
    () => client.published.slice(count).reverse().find((p) => p.uri === uri),
    'diagnostics after the settings change',
  );
  assert.ok(!afterChange.diagnostics.some((d) => d.code === 'gdpr/retention'));
  client.settings = {};
});

test('a code action for a diagnostic of an older version is refused', async () => {
  const uri = 'file:///drafts/privacy-stale.md';
  await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: '# Privacy Policy\n\nHello.\n' } });
  const p = await client.diagnosticsFor(uri, 1);
  await client.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: '# Privacy Policy\n\nHello again.\n' }] });
  const actions = await client.conn.sendRequest<unknown[]>('textDocument/codeAction', {
    textDocument: { uri },
    range: p.diagnostics[0].range,
    context: { diagnostics: p.diagnostics, only: ['quickfix'] },
  });
  assert.deepEqual(actions, []);
});

test('the quick fix for a missing item inserts its clause, version-guarded, and the source action inserts all', async () => {
  const uri = 'file:///drafts/privacy-fix.md';
  const text = '# Privacy Policy\n\nNorthwind Ltd ("Northwind", "we") is the controller. Contact: privacy@northwind.example.\n\n## Your rights\n\nYou may ask for a copy of your personal data.\n';
  await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  const p = await client.diagnosticsFor(uri, 1);
  const complaint = p.diagnostics.find((d) => d.code === 'gdpr/right-complaint')!;
  assert.ok(complaint);
  type Action = { title: string; kind: string; edit?: { documentChanges: Array<{ textDocument: { uri: string; version: number }; edits: Array<{ newText: string; range: { start: { line: number } } }> }> } };
  const actions = await client.conn.sendRequest<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: complaint.range, context: { diagnostics: [complaint], only: ['quickfix'] } });
  const insert = actions.find((a) => /insert/i.test(a.title));
  assert.ok(insert, `an insert-clause action is offered: ${actions.map((a) => a.title).join(' | ')}`);
  const change = insert.edit!.documentChanges[0];
  assert.deepEqual(change.textDocument, { uri, version: 1 });
  assert.match(change.edits[0].newText, /supervisory authority/i);
  assert.ok(actions.some((a) => /as not applicable, with a reason/.test(a.title)), 'a suppression action is offered');
  const source = await client.conn.sendRequest<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source'] } });
  assert.equal(source.length, 1);
  assert.equal(source[0].kind, 'source.privacyPolicy.insertMissingClauses');
  assert.ok(source[0].edit!.documentChanges[0].edits.length >= 1);
});

test('outline, folding and the disclosure report', async () => {
  const uri = 'file:///drafts/privacy-outline.md';
  const text = '# Privacy Policy\n\nIntro.\n\n## Your rights\n\nYou have the right to lodge a complaint with a supervisory authority.\n\n## Contact\n\nWrite to us.\n';
  await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  const symbols = await client.conn.sendRequest<Array<{ name: string; children: Array<{ name: string }> }>>('textDocument/documentSymbol', { textDocument: { uri } });
  assert.equal(symbols[0].name, 'Privacy Policy');
  assert.deepEqual(symbols[0].children.map((c) => c.name), ['Your rights', 'Contact']);
  const folds = await client.conn.sendRequest<Array<{ startLine: number; endLine: number }>>('textDocument/foldingRange', { textDocument: { uri } });
  assert.ok(folds.some((f) => f.startLine === 4), 'the rights section folds');
  const report = await client.conn.sendRequest<{ markdown: string }>('privacyPolicy/exportReport', { uri });
  assert.match(report.markdown, /Right to lodge a complaint/);
  assert.match(report.markdown, /line 7/i);
});

test('hover on an article reference explains the article and links to EUR-Lex; links are offered', async () => {
  const uri = 'file:///drafts/privacy-hover.md';
  const text = '# Privacy Policy\n\nYou may ask for erasure of your data (Art. 17 GDPR).\n';
  await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  const line = 2;
  const character = text.split('\n')[2].indexOf('Art. 17') + 2;
  const hover = await client.conn.sendRequest<{ contents: { kind: string; value: string }; range: unknown } | null>('textDocument/hover', { textDocument: { uri }, position: { line, character } });
  assert.ok(hover, 'a hover is returned');
  assert.equal(hover.contents.kind, 'markdown');
  assert.match(hover.contents.value, /Art\. 17/);
  assert.match(hover.contents.value, /erasure/i);
  assert.match(hover.contents.value, /eur-lex\.europa\.eu/);
  const links = await client.conn.sendRequest<Array<{ target: string; range: { start: { line: number } } }>>('textDocument/documentLink', { textDocument: { uri } });
  assert.ok(links.some((l) => l.range.start.line === 2 && l.target.endsWith('#art_17')), JSON.stringify(links));
});
