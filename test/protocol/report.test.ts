// The export request (privacyPolicy/exportReport) from the bundled server, in a workspace: the
// report names the draft relative to the workspace folder and holds no path of the disk; a report
// we wrote, opened as a document, is not checked as a draft.
import { after, before, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, TestClient } from './lspClient';

const DRAFT = '# Privacy notice\n\nNorthwind Analytics Ltd is the controller.\n\n## Retention\n\nWe keep your data for [retention period].\n';

let client: TestClient;
let ws: string;
let draftUri: string;
before(async () => {
  assert.ok(fs.existsSync(path.join(ROOT, 'dist', 'server.js')), 'dist/server.js is built (npm run build)');
  ws = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ppl-export-')), 'Acme Corp', 'policies');
  fs.mkdirSync(path.join(ws, 'eu'), { recursive: true });
  // A project file with a misspelt key: its configuration note names the file by its path.
  fs.writeFileSync(path.join(ws, '.privacy-policy.json'), '{ "regime": ["gdpr"] }\n');
  fs.writeFileSync(path.join(ws, 'eu', 'privacy.md'), DRAFT);
  draftUri = pathToFileURL(path.join(ws, 'eu', 'privacy.md')).href;
  client = new TestClient();
  await client.initialize([{ uri: pathToFileURL(ws).href, name: 'policies' }]);
});
after(async () => client.stop());

test('the exported report names the draft relative to the workspace folder, with no absolute path in it', async () => {
  await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: draftUri, languageId: 'markdown', version: 1, text: DRAFT } });
  await client.diagnosticsFor(draftUri, 1);
  const { markdown } = await client.conn.sendRequest<{ markdown: string }>('privacyPolicy/exportReport', { uri: draftUri });
  assert.match(markdown, /^<!-- privacy-policy-linter: disclosure report -->\n# Privacy Policy Disclosure Report\n/);
  assert.match(markdown, /\*\*Document:\*\* eu\/privacy\.md\n/);
  assert.match(markdown, /\*\*Date:\*\* \d{4}-\d{2}-\d{2}\n/);
  assert.match(markdown, /## Configuration notes\n\n- \.privacy-policy\.json:1:3: unknown setting "regime"/);
  assert.match(markdown, /\n### Retention \(line 5\)\n/);
  for (const secret of [ws, os.tmpdir(), 'Acme Corp', 'Acme%20Corp', 'file:']) assert.ok(!markdown.includes(secret), `the report holds "${secret}"`);
});

test('a disclosure report opened as a document gets no diagnostics and no checklist', async () => {
  const { markdown } = await client.conn.sendRequest<{ markdown: string }>('privacyPolicy/exportReport', { uri: draftUri });
  const reportUri = pathToFileURL(path.join(ws, 'eu', 'privacy.report.md')).href;
  await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: reportUri, languageId: 'markdown', version: 1, text: markdown } });
  const p = await client.diagnosticsFor(reportUri);
  assert.deepEqual(p.diagnostics, []);
  // Give a check time to publish anything it would: a later draft's checklist arrives, the report's never does.
  const other = pathToFileURL(path.join(ws, 'eu', 'other-privacy.md')).href;
  await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: other, languageId: 'markdown', version: 1, text: DRAFT } });
  await client.diagnosticsFor(other, 1);
  await client.waitFor(() => client.notifications.find((n) => n.method === 'privacyPolicy/disclosures' && (n.params as { uri: string }).uri === other), 'the other draft\'s checklist');
  assert.ok(!client.published.some((x) => x.uri === reportUri && x.diagnostics.length > 0), 'no diagnostics on the report');
  assert.ok(!client.notifications.some((n) => n.method === 'privacyPolicy/disclosures' && (n.params as { uri: string }).uri === reportUri), 'no checklist for the report');
});

test('the hover on a section heading shows the section\'s readability', async () => {
  const hover = await client.conn.sendRequest<{ contents: { kind: string; value: string }; range: { start: { line: number } } } | null>('textDocument/hover', { textDocument: { uri: draftUri }, position: { line: 4, character: 5 } });
  assert.ok(hover, 'a hover on "## Retention"');
  assert.equal(hover.range.start.line, 4);
  assert.match(hover.contents.value, /\*\*Readability of this section\*\*/);
  assert.match(hover.contents.value, /1 sentence, \d+ words on average \(longest \d+\); reading ease [\d.-]+ \([a-z ]+\), grade [\d.-]+\./);
});
