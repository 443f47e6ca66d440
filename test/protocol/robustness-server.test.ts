// The server stays up, and keeps answering, after hostile documents, malformed settings, a
// broken project file and malformed requests; configuration problems reach the user as a
// warning that names the problem (window/showMessageRequest) and in the log (window/logMessage).
import { after, before, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TestClient } from './lspClient';
import { generatePolicy } from '../../scripts/policyText';

const MB = 1024 * 1024;
let client: TestClient;
const shown: string[] = [];
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ppl-robust-'));

before(async () => {
  client = new TestClient({ debounceMs: 0 });
  client.conn.onRequest('window/showMessageRequest', (p: { message: string }) => {
    shown.push(p.message);
    return null;
  });
  await client.initialize();
});
after(async () => {
  await client.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** Polls: warnings arrive as requests, which TestClient.waitFor does not watch. */
async function until(predicate: () => boolean, what: string, ms = 10_000): Promise<void> {
  const t0 = Date.now();
  while (!predicate()) {
    if (Date.now() - t0 > ms) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

const logged = () =>
  client.notifications.filter((n) => n.method === 'window/logMessage').map((n) => (n.params as { message: string }).message);

/** The server is alive: the process runs and a request gets its answer. */
async function assertAnswers(): Promise<void> {
  assert.equal(client.proc.exitCode, null, `the server process is running; stderr: ${client.stderr.slice(-500)}`);
  const uri = 'file:///drafts/ping-privacy.md';
  const actions = await client.conn.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics: [] },
  });
  assert.deepEqual(actions, []);
}

/** Diagnostics of this version; generous wait: megabyte drafts on a busy shared machine. */
function diagnostics(uri: string, version: number, ms = 60_000) {
  return client.waitFor(() => [...client.published].reverse().find((p) => p.uri === uri && p.version === version), `diagnostics for ${uri} version ${version}`, ms);
}

async function openAndWait(uri: string, text: string, languageId = 'markdown'): Promise<number> {
  const t0 = Date.now();
  await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  await diagnostics(uri, 1);
  return Date.now() - t0;
}

test('hostile documents are checked and the server keeps answering', async () => {
  const docs: Array<[string, string]> = [
    ['a-at.md', 'a@'.repeat(MB / 2)],
    ['parens.txt', '('.repeat(MB)],
    ['dots.txt', '.'.repeat(MB)],
    ['one-line.txt', generatePolicy(2 * MB, 21, 'plaintext').replace(/[\r\n]+/g, ' ')],
    ['nul.md', generatePolicy(MB, 22).replace(/\. /g, '.\u0000 ').replace(/ the /g, ' \ud800the\udfff ')],
    ['comment.md', '# Privacy Policy\n\n<!-- never closed\n' + generatePolicy(MB / 2, 23)],
    ['front-matter.md', '---\n' + 'dpo: ' + ' '.repeat(MB) + '# comment\n---\n# Privacy Policy\n'],
  ];
  for (const [name, text] of docs) {
    const ms = await openAndWait(`file:///drafts/privacy-${name}`, text, name.endsWith('.md') ? 'markdown' : 'plaintext');
    assert.ok(ms < 60_000, `${name}: diagnostics in ${ms} ms`);
    await assertAnswers();
  }
  // Typing into the 2 MB line: an incremental edit is checked too.
  const uri = 'file:///drafts/privacy-one-line.txt';
  await client.conn.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: { line: 0, character: 1000 }, end: { line: 0, character: 1000 } }, text: ' You may lodge a complaint with a supervisory authority. ' }],
  });
  await diagnostics(uri, 2);
  await assertAnswers();
  // Closed, so that the settings changes below do not re-check megabytes each time.
  for (const [name] of docs) await client.conn.sendNotification('textDocument/didClose', { textDocument: { uri: `file:///drafts/privacy-${name}` } });
});

test('malformed settings are named in a warning and the log; the check uses the defaults', async () => {
  client.settings = {
    rules: { 'gdpr/no-such-rule': 'off', 'gdpr/retention': 5 },
    regimes: 'gdpr, hipaa',
    organization: 42,
    dpo: 'yes',
  };
  await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
  const uri = 'file:///drafts/privacy-settings.md';
  await openAndWait(uri, '# Privacy Policy\n\nExample Ltd is the controller.\n');
  const expected = ['unknown rule id "gdpr/no-such-rule"', 'rule "gdpr/retention" has severity 5', 'unknown regime "hipaa"', '"organization" must be an object', '"dpo" must be true or false'];
  for (const e of expected) {
    await until(() => shown.some((m) => m.includes(e)), `a warning naming ${e}; shown: ${shown.join(' | ')}`);
    assert.ok(logged().some((m) => m.includes(e)), `the log names ${e}`);
  }
  assert.ok(shown.every((m) => m.startsWith('Privacy Policy Linter: ')), 'warnings say where they come from');
  const p = await diagnostics(uri, 1);
  assert.ok(p.diagnostics.some((d) => d.code === 'gdpr/retention'), 'the bad severity kept the default: retention still reported');

  // Settings that are not even objects.
  for (const settings of [{ rules: 5 }, { regimes: 5 }, { rules: ['gdpr/retention'] }]) {
    client.settings = settings;
    const count = client.published.length;
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.waitFor(() => (client.published.slice(count).some((x) => x.uri === uri) ? true : undefined), 'a re-check after the settings change', 60_000);
    await assertAnswers();
  }
  await until(() => shown.some((m) => m.includes('"rules" must map rule ids')), 'a warning about "rules"');
  await until(() => shown.some((m) => m.includes('"regimes" must be a list')), 'a warning about "regimes"');
  client.settings = {};
  await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
});

test('a broken .privacy-policy.json is named and the document is still checked', async () => {
  const dir = path.join(tmp, 'broken');
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, '.privacy-policy.json'), '{ "dpo": false, }');
  const file = path.join(dir, 'privacy.md');
  const p = await (async () => {
    await openAndWait(`file://${file}`, '# Privacy Policy\n\nExample Ltd is the controller.\n');
    return diagnostics(`file://${file}`, 1);
  })();
  assert.ok(p.diagnostics.length > 0, 'checked with the defaults');
  await until(() => shown.some((m) => m.includes(path.join(dir, '.privacy-policy.json')) && m.includes('not valid JSON')), `a warning naming the project file; shown: ${shown.join(' | ')}`);
  await assertAnswers();
});

test('a problem inside .privacy-policy.json is shown with its line and column; a front matter problem is a diagnostic on its line', async () => {
  const dir = path.join(tmp, 'typos');
  fs.mkdirSync(dir);
  const projectFile = path.join(dir, '.privacy-policy.json');
  fs.writeFileSync(projectFile, '{\n  "dpo": false,\n  "basis": ["concent"]\n}\n');
  const file = path.join(dir, 'privacy.md');
  await openAndWait(`file://${file}`, '---\ntransfer: true\n---\n# Privacy Policy\n\nExample Ltd is the controller.\n');
  const p = await diagnostics(`file://${file}`, 1);
  await until(() => shown.some((m) => m.includes(`${projectFile}:3:13: unknown legal basis "concent" in "basis" (did you mean consent?)`)), `a warning naming the line; shown: ${shown.join(' | ')}`);
  const fm = p.diagnostics.filter((d) => d.code === 'meta/front-matter');
  assert.deepEqual(fm.map((d) => [d.range.start.line, d.range.start.character, d.range.end.character, d.message]), [[1, 0, 8, 'Unknown key "transfer" (did you mean transfers?); ignored.']]);
  assert.ok(!shown.some((m) => m.includes('"transfer"')), 'front matter problems are diagnostics, not pop-ups');
  await assertAnswers();
});

test('malformed requests get an error or an empty answer, never a crash', async () => {
  const uri = 'file:///drafts/privacy-settings.md';
  const bad: Array<[string, unknown]> = [
    ['textDocument/codeAction', { textDocument: { uri } }],
    ['textDocument/codeAction', { textDocument: { uri }, range: { start: { line: -5, character: 1e9 }, end: { line: 1e9, character: -1 } }, context: { diagnostics: [{ source: 'privacy-policy', code: 'gdpr/retention', data: 'garbage', range: null }] } }],
    ['textDocument/codeAction', { textDocument: { uri: 'file:///never/opened.md' }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } }],
    ['privacyPolicy/checkDocument', { uri: 'file:///drafts/x.md' }],
    ['privacyPolicy/checkDocument', null],
  ];
  for (const [method, params] of bad) {
    try {
      await client.conn.sendRequest(method, params);
    } catch {
      /* an error response is a fine answer */
    }
    await assertAnswers();
  }
  await client.conn.sendNotification('textDocument/didChange', { textDocument: { uri: 'file:///never/opened.md', version: 3 }, contentChanges: [{ text: 'x' }] });
  await client.conn.sendNotification('privacyPolicy/forgetDocument', { uri: 42 });
  await assertAnswers();
});

test('the checklist of a long draft stays small: a few evidence sentences per item, not thousands', async () => {
  const uri = 'file:///drafts/privacy-long.md';
  await openAndWait(uri, generatePolicy(MB, 24));
  const n = await client.waitFor(
    () => client.notifications.find((x) => x.method === 'privacyPolicy/disclosures' && (x.params as { uri: string }).uri === uri),
    'the checklist of the long draft',
  );
  const items = (n.params as { regimes: Array<{ items: Array<{ id: string; status: string; evidence: unknown[] }> }> }).regimes[0].items;
  const complaint = items.find((i) => i.id === 'gdpr/right-complaint')!;
  assert.equal(complaint.status, 'disclosed');
  assert.ok(complaint.evidence.length > 0 && complaint.evidence.length <= 10, `${complaint.evidence.length} evidence sentences sent`);
  assert.ok(JSON.stringify(n.params).length < 200_000, 'the notification is small');
});
