// The bundled server's diagnostics as an editor shows them (issue #16, "Messages"): a one-line
// message, a code that opens the rule's page in the installed extension (the client says where
// the pages are), and a hover over the diagnostic's range that explains the rule.
import { after, before, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, TestClient } from './lspClient';

const SEED_DIR = path.join(ROOT, 'test', 'fixtures', 'seeds');
const seedFile = (prefix: string) => path.join(SEED_DIR, fs.readdirSync(SEED_DIR).find((n) => n.startsWith(prefix))!);
const DOCS = 'file:///opt/extensions/privacy-policy-linter/docs/rules';

let client: TestClient;
before(async () => {
  assert.ok(fs.existsSync(path.join(ROOT, 'dist', 'server.js')), 'dist/server.js is built (npm run build)');
  client = new TestClient({ debounceMs: 20, ruleDocsBase: `${DOCS}/` });
  await client.initialize();
});
after(async () => client.stop());

test('seed 001 over LSP: one-line messages, codes linked to the rules’ pages, and the hover explains the finding', async () => {
  const file = seedFile('001');
  const uri = `file://${file}`;
  await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: fs.readFileSync(file, 'utf8') } });
  const p = await client.diagnosticsFor(uri, 1);
  assert.ok(p.diagnostics.length > 3);
  for (const d of p.diagnostics) {
    assert.ok(d.message.length <= 170 && !d.message.includes('\n'), `${d.code}: ${d.message}`);
    assert.equal(d.codeDescription?.href, `${DOCS}/${d.code}.md`);
    assert.ok(fs.existsSync(path.join(ROOT, 'docs', 'rules', `${d.code}.md`)), `${d.code} has its page in docs/rules`);
  }
  const statutory = p.diagnostics.find((d) => d.code === 'gdpr/statutory-requirement')!;
  assert.match(statutory.message, /\(GDPR Art\. 13\(2\)\(e\)\)\.$/);
  const hover = await client.conn.sendRequest<{ contents: { kind: string; value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: statutory.range.start });
  assert.ok(hover, 'a hover over the diagnostic');
  assert.equal(hover.contents.kind, 'markdown');
  assert.match(hover.contents.value, /\*\*Whether providing the data is required\*\* — GDPR Art\. 13\(2\)\(e\) `gdpr\/statutory-requirement`/);
  assert.match(hover.contents.value, /\*What to add:\* Say which data people must provide/);
  assert.match(hover.contents.value, /snippet `pp-gdpr-statutory-requirement`/);
});
