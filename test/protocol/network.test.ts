// Security: neither the server nor the engine (through the CLI) opens a network connection,
// resolves a host name, starts a process or loads code while checking a workspace; and the
// manifest declares how the extension behaves in untrusted workspaces.
//
// A guard module is preloaded into the child process (`--require`, via NODE_OPTIONS for the
// server). It wraps every way Node offers to reach the network (sockets, DNS, HTTP(S), TLS,
// UDP, HTTP/2, fetch), to start a process, or to load a module, records each attempt in a log
// file and blocks the network ones. The test then asserts the log is empty.
import { after, before, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT, SERVER, TestClient } from './lspClient';

const GUARD = String.raw`
'use strict';
const fs = require('fs');
const LOG = process.env.NET_GUARD_LOG;
const record = (what) => { try { fs.appendFileSync(LOG, what + '\n'); } catch {} };
fs.writeFileSync(LOG + '.loaded', String(process.pid)); // proof that the guard ran in this process
const block = (what) => { record(what); throw new Error('network access blocked by the test guard: ' + what); };
const net = require('net');
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...a) { block('net.Socket.connect ' + JSON.stringify(a[0])); return connect.apply(this, a); };
for (const m of ['connect', 'createConnection']) { const f = net[m]; net[m] = function (...a) { block('net.' + m + ' ' + JSON.stringify(a[0])); return f.apply(this, a); }; }
const dns = require('dns');
for (const m of ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse']) {
  const f = dns[m]; dns[m] = function (...a) { block('dns.' + m + ' ' + a[0]); return f.apply(this, a); };
  if (dns.promises[m]) { const p = dns.promises[m]; dns.promises[m] = function (...a) { block('dns.promises.' + m + ' ' + a[0]); return p.apply(this, a); }; }
}
for (const mod of ['http', 'https']) {
  const h = require(mod);
  for (const m of ['request', 'get']) { const f = h[m]; h[m] = function (...a) { block(mod + '.' + m + ' ' + String(a[0] && (a[0].href || a[0].host || a[0]))); return f.apply(this, a); }; }
}
const tls = require('tls'); const tc = tls.connect; tls.connect = function (...a) { block('tls.connect'); return tc.apply(this, a); };
const dgram = require('dgram'); const dc = dgram.createSocket; dgram.createSocket = function (...a) { block('dgram.createSocket'); return dc.apply(this, a); };
const http2 = require('http2'); const h2 = http2.connect; http2.connect = function (...a) { block('http2.connect ' + a[0]); return h2.apply(this, a); };
if (typeof globalThis.fetch === 'function') { globalThis.fetch = function (u) { record('fetch ' + String(u)); return Promise.reject(new Error('blocked')); }; }
const cp = require('child_process');
for (const m of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) { const f = cp[m]; cp[m] = function (...a) { record('child_process.' + m + ' ' + a[0]); return f.apply(this, a); }; }
const Module = require('module');
const load = Module._load;
// The entry points allowed to load (the server and its analysis worker thread), separated by the path delimiter.
const mains = (process.env.NET_GUARD_MAIN || '').split(require('path').delimiter);
Module._load = function (request, parent, isMain) {
  if (!Module.isBuiltin(request) && !(isMain && mains.includes(request))) record('module ' + request);
  return load.apply(this, arguments);
};
`;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ppl-net-'));
const guardFile = path.join(tmp, 'guard.js');
const workspace = path.join(tmp, 'workspace');
const MARKER = path.join(tmp, 'executed-workspace-code');

before(() => {
  fs.writeFileSync(guardFile, GUARD);
  fs.mkdirSync(workspace);
  // A workspace that tempts: links and e-mail addresses to "verify", a project file, and
  // files that would leave a marker if anything ran them.
  fs.writeFileSync(path.join(workspace, '.privacy-policy.json'), JSON.stringify({ dpo: true, organization: { website: 'https://www.example.com', email: 'privacy@example.com' } }));
  const trap = `require('fs').writeFileSync(${JSON.stringify(MARKER)}, 'ran');\n`;
  for (const f of ['privacy-policy.config.js', 'index.js', '.privacy-policy.js']) fs.writeFileSync(path.join(workspace, f), trap);
  fs.writeFileSync(path.join(workspace, 'package.json'), JSON.stringify({ name: 'drafts', scripts: { postinstall: trap } }));
  fs.writeFileSync(
    path.join(workspace, 'privacy.md'),
    '# Privacy Policy\n\nExample Ltd (https://www.example.com) is the controller. Write to privacy@example.com or see http://example.org/dpo.\n\n## Your rights\n\nYou may lodge a complaint with the ICO at https://ico.org.uk/make-a-complaint/.\n',
  );
});
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

const readLog = (file: string) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.length > 0) : []);

test('the guard itself records and blocks network, process and module access', () => {
  const log = path.join(tmp, 'self.log');
  const probe = [
    "try { require('net').connect(9, '127.0.0.1'); } catch {}",
    "try { require('dns').lookup('example.com', () => {}); } catch {}",
    "try { require('https').get('https://example.com'); } catch {}",
    "fetch('http://example.com').catch(() => {});",
    "require('child_process').spawnSync(process.execPath, ['-e', '0']);",
    "try { require('./does-not-exist'); } catch {}",
  ].join('\n');
  const r = spawnSync(process.execPath, ['--require', guardFile, '-e', probe], { env: { ...process.env, NET_GUARD_LOG: log }, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const lines = readLog(log);
  for (const what of ['net.connect', 'dns.lookup example.com', 'https.get https://example.com', 'fetch http://example.com', 'child_process.spawnSync', 'module ./does-not-exist']) {
    assert.ok(lines.some((l) => l.startsWith(what)), `recorded ${what}: ${lines.join(' | ')}`);
  }
});

test('the language server checks a workspace without network, processes or loading workspace code', async () => {
  const log = path.join(tmp, 'server.log');
  // TestClient spawns the server with this process's environment: set it for the spawn only.
  const env = { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${guardFile}`.trim(), NET_GUARD_LOG: log, NET_GUARD_MAIN: [SERVER, path.join(path.dirname(SERVER), 'analysisWorker.js')].join(path.delimiter) };
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  let client: TestClient;
  try {
    client = new TestClient({ debounceMs: 0 });
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
  try {
    await client.initialize();
    const file = path.join(workspace, 'privacy.md');
    const uri = `file://${file}`;
    await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: fs.readFileSync(file, 'utf8') } });
    const p = await client.diagnosticsFor(uri, 1);
    assert.ok(p.diagnostics.length > 0, 'the check ran');
    await client.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: p.diagnostics[0].range, context: { diagnostics: p.diagnostics } });
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: `file://${workspace}/.privacy-policy.json`, type: 2 }] });
    await client.conn.sendNotification('textDocument/didSave', { textDocument: { uri } });
    await client.diagnosticsFor(uri, 1);
    assert.equal(client.proc.exitCode, null, 'the server is running');
  } finally {
    await client.stop();
  }
  assert.equal(fs.readFileSync(`${log}.loaded`, 'utf8'), String(client.proc.pid), 'the guard was loaded in the server process');
  assert.deepEqual(readLog(log), [], 'no network, process or module access recorded');
  assert.equal(fs.existsSync(MARKER), false, 'no workspace file was executed');
});

test('the CLI (the engine) checks a workspace without network, processes or loading workspace code', () => {
  const log = path.join(tmp, 'cli.log');
  const cli = path.join(ROOT, 'dist', 'cli.js');
  const r = spawnSync(process.execPath, ['--require', guardFile, cli, '--format', 'json', workspace], {
    env: { ...process.env, NET_GUARD_LOG: log, NET_GUARD_MAIN: cli },
    encoding: 'utf8',
  });
  assert.ok(r.status === 0 || r.status === 1, `the CLI ran (status ${r.status}): ${r.stderr}`);
  assert.ok(JSON.parse(r.stdout), 'it printed a JSON report');
  assert.ok(fs.existsSync(`${log}.loaded`), 'the guard was loaded in the CLI process');
  assert.deepEqual(readLog(log), []);
  assert.equal(fs.existsSync(MARKER), false);
});

test('the manifest declares its behaviour in untrusted and virtual workspaces', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    capabilities?: { untrustedWorkspaces?: { supported?: unknown; description?: unknown }; virtualWorkspaces?: { supported?: unknown } };
  };
  const untrusted = pkg.capabilities?.untrustedWorkspaces;
  assert.ok(untrusted, 'capabilities.untrustedWorkspaces is declared');
  assert.ok(untrusted.supported === true || untrusted.supported === 'limited', `supported is true or "limited", not ${JSON.stringify(untrusted.supported)}`);
  assert.match(String(untrusted.description), /never runs code|data/i, 'and says why that is safe');
  assert.ok(pkg.capabilities?.virtualWorkspaces, 'capabilities.virtualWorkspaces is declared');
});
