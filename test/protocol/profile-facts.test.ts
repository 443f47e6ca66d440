// Profile-fact quick fixes over LSP, with the bundled server and real files: a draft without
// front matter under a `.privacy-policy.json` is answered through that file (the client's
// recordFact command); the Disclosures view's per-item request gives the same actions; and once
// the file says `"dpo": false` (as the command writes it) the server re-checks and the item is
// not applicable.
import { after, before, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectFileFactEdit } from '../../server/src/engine';
import { ROOT, TestClient } from './lspClient';

const DRAFT = '# Privacy Policy\n\nShopCo Ltd, 1 High Street, London, is the controller.\n\n## Contact us\n\nWrite to hello@shopco.co.uk.\n';

interface Action {
  title: string;
  command?: { command: string; arguments?: unknown[] };
  edit?: { documentChanges?: Array<{ textDocument: { uri: string; version: number }; edits: Array<{ newText: string }> }> };
}

let client: TestClient;
let dir: string;
before(async () => {
  assert.ok(fs.existsSync(path.join(ROOT, 'dist', 'server.js')), 'dist/server.js is built (npm run build)');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-facts-'));
  fs.mkdirSync(path.join(dir, 'with-project'));
  fs.mkdirSync(path.join(dir, 'plain'));
  fs.writeFileSync(path.join(dir, 'with-project', '.privacy-policy.json'), '{\n  "regimes": ["gdpr"]\n}\n');
  client = new TestClient();
  await client.initialize();
});
after(async () => {
  await client.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function open(file: string): Promise<{ uri: string; dpo: { range: unknown; data?: unknown } }> {
  fs.writeFileSync(file, DRAFT);
  const uri = pathToFileURL(file).href;
  await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: DRAFT } });
  const p = await client.diagnosticsFor(uri, 1);
  const dpo = p.diagnostics.find((d) => d.code === 'gdpr/dpo-contact');
  assert.ok(dpo, `the undecided DPO item is reported: ${p.diagnostics.map((d) => d.code).join(', ')}`);
  return { uri, dpo };
}

test('under a project file, the answers go to .privacy-policy.json; the item re-evaluates when the file changes', async () => {
  const projectFile = path.join(dir, 'with-project', '.privacy-policy.json');
  const { uri, dpo } = await open(path.join(dir, 'with-project', 'privacy.md'));
  const actions = await client.conn.sendRequest<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: dpo.range, context: { diagnostics: [dpo], only: ['quickfix'] } });
  const no = actions.find((a) => a.title.startsWith('No DPO is designated'));
  assert.ok(no, `the quick fixes: ${actions.map((a) => a.title).join(' | ')}`);
  assert.equal(no.edit, undefined, 'the draft itself is not edited');
  assert.deepEqual(no.command?.arguments, [pathToFileURL(projectFile).href, 'dpo', false]);
  assert.equal(no.command?.command, 'privacyPolicy.recordFact');
  assert.ok(actions.some((a) => a.title.startsWith('We have designated a DPO')));

  // The Disclosures view asks per item, and gets the same answers with the waiver.
  const item = await client.conn.sendRequest<Action[]>('privacyPolicy/itemActions', { uri, id: 'gdpr/dpo-contact' });
  assert.deepEqual(item.map((a) => a.title), actions.map((a) => a.title));
  assert.ok(item.some((a) => a.command?.command === 'privacyPolicy.waiveItem'));
  assert.deepEqual(await client.conn.sendRequest('privacyPolicy/itemActions', { uri, id: 'gdpr/controller-identity' }), [], 'a disclosed item has no quick fixes');

  // What the client's command does: the edit, written and saved; the editor then reports the change.
  const edits = projectFileFactEdit(fs.readFileSync(projectFile, 'utf8'), 'dpo', false);
  assert.ok(Array.isArray(edits));
  let text = fs.readFileSync(projectFile, 'utf8');
  for (const e of [...edits].reverse()) text = text.slice(0, e.start) + e.newText + text.slice(e.end);
  fs.writeFileSync(projectFile, text);
  const seen = client.published.length;
  const seenNotes = client.notifications.length;
  await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(projectFile).href, type: 2 }] });
  const after = await client.waitFor(() => client.published.slice(seen).find((p) => p.uri === uri), 'diagnostics after the project file changed', 20_000);
  assert.equal(after.diagnostics.some((d) => d.code === 'gdpr/dpo-contact'), false, 'the DPO item is still reported');
  const checklist = await client.waitFor(
    () => client.notifications.slice(seenNotes).find((n) => n.method === 'privacyPolicy/disclosures' && (n.params as { uri: string }).uri === uri),
    'the checklist after the project file changed',
  );
  const items = (checklist.params as { regimes: Array<{ items: Array<{ id: string; status: string; hasQuestion?: boolean }> }> }).regimes[0].items;
  assert.equal(items.find((i) => i.id === 'gdpr/dpo-contact')?.status, 'not applicable');
});

test('without a project file, the answer is a versioned edit that adds front matter to the draft', async () => {
  const { uri, dpo } = await open(path.join(dir, 'plain', 'privacy.md'));
  const actions = await client.conn.sendRequest<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: dpo.range, context: { diagnostics: [dpo], only: ['quickfix'] } });
  const yes = actions.find((a) => a.title.startsWith('We have designated a DPO'));
  assert.ok(yes?.edit?.documentChanges, `the quick fixes: ${actions.map((a) => a.title).join(' | ')}`);
  const change = yes.edit.documentChanges[0];
  assert.deepEqual(change.textDocument, { uri, version: 1 });
  assert.deepEqual(change.edits.map((e) => e.newText), ['---\ndpo: true\n---\n']);
});
