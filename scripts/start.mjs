#!/usr/bin/env node
// `npm start`: build and package the extension, install the .vsix into the local code-server
// (installed on first use into .vscode-test/), and serve VS Code with examples/ open on
// http://127.0.0.1:<port> until Ctrl+C, which stops every process it started.
//
//   npm start                 port 8080, or a free one if 8080 is taken
//   npm start -- --port 3000  (or PORT=3000 npm start)
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as net from 'node:net';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: REPO, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`\`${cmd} ${args.join(' ')}\` failed (exit ${r.status})`);
    process.exit(r.status ?? 1);
  }
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

const argPort = process.argv.indexOf('--port');
const wanted = Number(argPort > 0 ? process.argv[argPort + 1] : process.env.PORT) || undefined;

// The Debian packages the real editor needs (a no-op when they are present).
run('bash', ['scripts/vscode/install-apt-packages.sh']);
console.log('Building and packaging the extension…');
run('npm', ['run', '--silent', 'package']); // runs the production build first (vscode:prepublish)
console.log('Compiling the test harness that starts the editor…');
run('npx', ['tsc', '-p', 'tsconfig.test.json']); // compiles the harness this script uses

const H = path.join(REPO, 'out', 'test', 'vscode', 'harness');
const { ensureCodeServerWithProgress } = require(path.join(H, 'install.js'));
const { freePort, installVsix, startCodeServer } = require(path.join(H, 'codeServer.js'));
const { CACHE, CODE_SERVER_VERSION, VSIX } = require(path.join(H, 'paths.js'));
const { setSignalExitCode, stopAll } = require(path.join(H, 'processes.js'));

try {
  await ensureCodeServerWithProgress();
} catch (e) {
  console.error(e.message);
  process.exit(1);
}

// One persistent profile for `npm start`, so settings made in the editor survive a restart.
const root = path.join(CACHE, 'start');
const dirs = { root, user: path.join(root, 'user'), extensions: path.join(root, 'extensions'), browserProfile: '' };
fs.mkdirSync(path.join(dirs.user, 'User'), { recursive: true });
fs.mkdirSync(dirs.extensions, { recursive: true });
const settings = path.join(dirs.user, 'User', 'settings.json');
if (!fs.existsSync(settings)) {
  fs.writeFileSync(
    settings,
    JSON.stringify(
      { 'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off', 'update.mode': 'none', 'extensions.autoCheckUpdates': false, 'editor.wordWrap': 'on' },
      null,
      2,
    ),
  );
}
console.log('Installing the extension into the editor…');
installVsix(VSIX, dirs);

const port = wanted ?? ((await portIsFree(8080)) ? 8080 : await freePort());
const examples = path.join(REPO, 'examples');
setSignalExitCode(0);
let server;
console.log(`Starting the editor on port ${port}…`);
try {
  server = await startCodeServer({ dirs, folder: examples, port, logFile: path.join(root, 'code-server.log') });
} catch (e) {
  console.error(e.message);
  await stopAll();
  process.exit(1);
}
console.log(`
  Privacy Policy Linter is running in VS Code at

      ${server.origin}/?folder=${examples}

  (code-server ${CODE_SERVER_VERSION} = VS Code ${CODE_SERVER_VERSION.replace(/^4\./, '1.')}; log: ${server.logFile})
  Press Ctrl+C to stop.
`);
// Ctrl+C: the harness stops code-server's process group and exits; say so and stay quiet here.
let stopping = false;
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(sig, () => {
    stopping = true;
    console.log('\nStopping code-server…');
  });
}
const why = await server.group.exited;
if (stopping) await new Promise(() => {}); // the signal handler exits once everything is stopped
console.error(`code-server stopped (${why}); see ${server.logFile}`);
await stopAll();
process.exit(1);
