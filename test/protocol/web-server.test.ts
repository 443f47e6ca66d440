// The web build's language server (dist/web/server.js) in a real browser: Debian's chromium,
// headless through playwright-core, runs it in a dedicated Web Worker, and this test talks LSP
// to it over the worker's postMessage, the transport VS Code's web extension host uses
// (vscode-languageclient/browser ↔ vscode-languageserver/browser). The page is served by
// playwright's request interception; nothing leaves the machine, and the test checks that the
// worker asked for nothing else. The web client (dist/web/extension.js) needs a VS Code web
// extension host, which is not tested here.
import { after, before, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';
import {
  AbstractMessageReader,
  AbstractMessageWriter,
  createMessageConnection,
  DataCallback,
  Disposable,
  Message,
  MessageConnection,
  MessageReader,
  MessageWriter,
} from 'vscode-languageserver/node';
import { CHROMIUM } from '../vscode/harness/paths';
import { Published, ROOT, TestClient } from './lspClient';

const WEB_SERVER = path.join(ROOT, 'dist', 'web', 'server.js');
const ORIGIN = 'http://ppl-web-test.invalid';
const DRAFT = fs.readFileSync(path.join(ROOT, 'test', 'vscode', 'fixtures', 'complaint-missing.policy.md'), 'utf8');

/** Messages from the worker, forwarded by the page to Node. */
class PageReader extends AbstractMessageReader implements MessageReader {
  private callback: DataCallback | undefined;
  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    return { dispose: () => (this.callback = undefined) };
  }
  deliver(m: Message): void {
    this.callback?.(m);
  }
}

/** Messages to the worker, posted by the page in the order they were written. */
class PageWriter extends AbstractMessageWriter implements MessageWriter {
  private queue: Promise<void> = Promise.resolve();
  constructor(private readonly page: Page) {
    super();
  }
  write(m: Message): Promise<void> {
    this.queue = this.queue.then(() => this.page.evaluate((msg) => (globalThis as unknown as { pplWorker: { postMessage(x: unknown): void } }).pplWorker.postMessage(msg), m as unknown));
    return this.queue;
  }
  end(): void {}
}

let browser: Browser;
let page: Page;
let conn: MessageConnection;
const published: Published[] = [];
const projectFileRequests: string[] = [];
/** What the test's "client" answers for `.privacy-policy.json` candidates (by URI); absent otherwise. */
const projectFiles = new Map<string, string>();
const requestedUrls: string[] = [];
const workerErrors: string[] = [];
const consoleLines: string[] = [];
let waiters: Array<() => void> = [];

function diagnosticsFor(uri: string, version: number, ms = 20_000): Promise<Published> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no diagnostics for ${uri} v${version} within ${ms} ms; worker errors: ${workerErrors.join(' | ') || 'none'}; console: ${consoleLines.slice(-10).join(' | ')}`)),
      ms,
    );
    const check = () => {
      const p = published.find((x) => x.uri === uri && x.version === version);
      if (!p) {
        waiters.push(check);
        return;
      }
      clearTimeout(timer);
      resolve(p);
    };
    check();
  });
}

before(async () => {
  assert.ok(fs.existsSync(WEB_SERVER), `${WEB_SERVER} is built (npm run build)`);
  assert.ok(fs.existsSync(CHROMIUM), `${CHROMIUM} is installed (scripts/vscode/apt-packages.txt) or CHROMIUM_PATH names a chromium`);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    timeout: 60_000,
  });
  const context = await browser.newContext();
  page = await context.newPage();
  page.on('request', (r) => requestedUrls.push(r.url()));
  page.on('console', (m) => consoleLines.push(m.text()));
  page.on('pageerror', (e) => workerErrors.push(e.message));
  // Dedicated workers' own script errors surface on the page's worker objects.
  page.on('worker', (w) => w.on('close', () => workerErrors.push('the worker closed')));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url === `${ORIGIN}/server.js`) return route.fulfill({ status: 200, contentType: 'text/javascript', body: fs.readFileSync(WEB_SERVER) });
    if (url === `${ORIGIN}/`) return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>web server test</title>' });
    return route.abort();
  });
  const reader = new PageReader();
  await page.exposeFunction('pplFromWorker', (m: Message & { pplError?: string }) => {
    if (m && typeof m.pplError === 'string') workerErrors.push(m.pplError);
    else reader.deliver(m);
  });
  await page.goto(`${ORIGIN}/`);
  await page.evaluate(() => {
    const g = globalThis as unknown as { Worker: new (u: string) => { onmessage: unknown; onerror: unknown; postMessage(x: unknown): void }; pplWorker: unknown; pplFromWorker(m: unknown): void };
    const w = new g.Worker('/server.js');
    w.onmessage = (e: { data: unknown }) => g.pplFromWorker(e.data);
    w.onerror = (e: { message: string }) => g.pplFromWorker({ pplError: e.message });
    g.pplWorker = w;
  });
  conn = createMessageConnection(reader, new PageWriter(page));
  conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('window/showMessageRequest', () => null);
  conn.onRequest('privacyPolicy/readProjectFile', (p: { uri: string }) => {
    projectFileRequests.push(p.uri);
    const text = projectFiles.get(p.uri);
    return text === undefined ? null : { size: text.length, text };
  });
  conn.onNotification('textDocument/publishDiagnostics', (p: Published) => {
    published.push(p);
    const w = waiters;
    waiters = [];
    for (const f of w) f();
  });
  conn.listen();
});

after(async () => {
  conn?.dispose();
  await browser?.close();
});

test('the web worker server answers initialize with the same capabilities as the Node server', async () => {
  const init = await conn.sendRequest<{ capabilities: Record<string, unknown>; serverInfo: { name: string } }>('initialize', {
    processId: null,
    rootUri: null,
    workspaceFolders: [{ uri: 'vscode-test-web://mount', name: 'mount' }],
    initializationOptions: { debounceMs: 20 },
    capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true } } },
  });
  await conn.sendNotification('initialized', {});
  assert.equal(init.serverInfo.name, 'Privacy Policy Linter');
  const node = new TestClient();
  try {
    const nodeInit = await node.initialize();
    assert.deepEqual(init.capabilities, nodeInit.capabilities);
  } finally {
    await node.stop();
  }
});

test('a draft opened in the browser gets the same diagnostics as from the Node server', async () => {
  const uri = 'vscode-test-web://mount/drafts/privacy.md';
  await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: DRAFT } });
  const web = await diagnosticsFor(uri, 1);
  const codes = web.diagnostics.map((d) => d.code);
  assert.ok(codes.includes('gdpr/right-complaint'), `the missing right to complain is reported: ${codes.join(', ')}`);
  assert.ok(!codes.includes('gdpr/right-access'), 'the right of access is disclosed in the draft');

  const node = new TestClient();
  try {
    await node.initialize();
    const nodeUri = 'file:///ppl-web-test-no-such-folder/drafts/privacy.md';
    await node.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: nodeUri, languageId: 'markdown', version: 1, text: DRAFT } });
    const fromNode = await node.diagnosticsFor(nodeUri, 1);
    const shape = (p: Published) => p.diagnostics.map((d) => ({ code: d.code, severity: d.severity, range: d.range, message: d.message }));
    assert.deepEqual(shape(web), shape(fromNode), 'same codes, severities, ranges and messages');
  } finally {
    await node.stop();
  }
});

test('an edit re-checks in the worker: the added disclosure is no longer reported', async () => {
  const uri = 'vscode-test-web://mount/drafts/privacy.md';
  const end = DRAFT.split('\n').length;
  await conn.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: { line: end, character: 0 }, end: { line: end, character: 0 } }, text: '\nYou have the right to lodge a complaint with a supervisory authority.\n' }],
  });
  const first = await diagnosticsFor(uri, 1);
  const second = await diagnosticsFor(uri, 2);
  const codes = (p: Published) => p.diagnostics.map((d) => d.code).sort();
  assert.ok(codes(first).includes('gdpr/right-complaint'), `version 1 was checked: ${codes(first).join(', ')}`);
  assert.deepEqual(codes(second), codes(first).filter((c) => c !== 'gdpr/right-complaint'), 'only the complaint right is no longer reported');
});

test('.privacy-policy.json is asked from the client, folder by folder up to the workspace folder', async () => {
  // The file appears at the workspace root; the client's file watcher tells the server.
  const root = 'vscode-test-web://mount/.privacy-policy.json';
  projectFiles.set(root, JSON.stringify({ regimes: ['gdpr', 'ccpa'] }));
  await conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: root, type: 1 }] });
  const asked = projectFileRequests.length;
  const uri = 'vscode-test-web://mount/legal/us/privacy.md';
  await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: DRAFT } });
  const p = await diagnosticsFor(uri, 1);
  assert.ok(p.diagnostics.some((d) => d.code.startsWith('ccpa/')), `CCPA is checked, as the project file says: ${p.diagnostics.map((d) => d.code).join(', ')}`);
  const now = projectFileRequests.slice(asked);
  for (const u of ['vscode-test-web://mount/legal/us/.privacy-policy.json', 'vscode-test-web://mount/legal/.privacy-policy.json', root]) {
    assert.equal(now.filter((x) => x === u).length, 1, `${u} is asked once: ${now.join(', ')}`);
  }
  assert.ok(!projectFileRequests.some((u) => !u.startsWith('vscode-test-web://mount/')), `nothing above the workspace folder is asked: ${projectFileRequests.join(', ')}`);
});

test('the worker made no request beyond its own script, and raised no error', () => {
  assert.deepEqual(workerErrors, []);
  assert.deepEqual(published.flatMap((p) => p.diagnostics.filter((d) => d.code === 'meta/check-failed').map((d) => d.message)), [], 'every check succeeded');
  assert.deepEqual([...new Set(requestedUrls)].sort(), [`${ORIGIN}/`, `${ORIGIN}/server.js`]);
});
