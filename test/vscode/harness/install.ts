// Installs code-server (the real VS Code workbench and extension host, served over HTTP) on
// demand into .vscode-test/code-server/. It is not a dependency of the extension: only the
// harness needs it, and only once per machine (~70 s cold, ~300 MB).
//
// Needs the Debian packages in scripts/vscode/apt-packages.txt (compilers and headers for its
// native modules, ripgrep, chromium). The registry is the only thing it downloads from.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CODE_SERVER_BIN, CODE_SERVER_DIR, CODE_SERVER_VERSION } from './paths';

const MARKER = path.join(CODE_SERVER_DIR, `.installed-${CODE_SERVER_VERSION}`);

export function codeServerInstalled(): boolean {
  return fs.existsSync(MARKER) && fs.existsSync(CODE_SERVER_BIN);
}

/**
 * @vscode/ripgrep's postinstall downloads rg from GitHub, which this machine cannot reach. It
 * first looks in a cache folder under the temp dir; an archive of Debian's rg placed there
 * satisfies it. 1.15.11 / v13.0.0-10 are the versions code-server 4.100.3 pins.
 */
function seedRipgrepCache(): void {
  const triple = process.arch === 'arm64' ? 'aarch64-unknown-linux-musl' : 'x86_64-unknown-linux-musl';
  const dir = path.join(os.tmpdir(), 'vscode-ripgrep-cache-1.15.11');
  const archive = path.join(dir, `ripgrep-v13.0.0-10-${triple}.tar.gz`);
  if (fs.existsSync(archive)) return;
  const rg = ['/usr/bin/rg', '/usr/local/bin/rg'].find((p) => fs.existsSync(p));
  if (!rg) throw new Error('ripgrep is not installed: install the packages in scripts/vscode/apt-packages.txt');
  fs.mkdirSync(dir, { recursive: true });
  const r = spawnSync('tar', ['-czf', archive, '-C', path.dirname(rg), path.basename(rg)], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`could not write ${archive}`);
}

/** Installs code-server unless this exact version is already there. Throws with the log's tail. */
export function ensureCodeServer(log: (s: string) => void = (s) => console.log(s)): void {
  if (codeServerInstalled()) return;
  for (const tool of ['/usr/bin/make', '/usr/bin/python3']) {
    if (!fs.existsSync(tool)) throw new Error(`${tool} is missing: install the packages in scripts/vscode/apt-packages.txt`);
  }
  seedRipgrepCache();
  fs.mkdirSync(CODE_SERVER_DIR, { recursive: true });
  const logFile = path.join(CODE_SERVER_DIR, 'install.log');
  log(`Installing code-server ${CODE_SERVER_VERSION} into ${CODE_SERVER_DIR} (once; about a minute, log: ${logFile})`);
  const started = Date.now();
  const out = fs.openSync(logFile, 'w');
  const r = spawnSync(
    'npm',
    ['install', '--prefix', CODE_SERVER_DIR, '--no-audit', '--no-fund', '--no-save', `code-server@${CODE_SERVER_VERSION}`],
    {
      stdio: ['ignore', out, out],
      env: {
        ...process.env,
        // code-server's postinstall refuses to run as root without it (CI runs as root).
        npm_config_unsafe_perm: 'true',
        // node-gyp builds the native modules against the local Node headers; it cannot download them.
        npm_config_nodedir: process.env.npm_config_nodedir || '/usr',
        // node-pty's postinstall runs `npx node-gyp`, which would otherwise ask.
        npm_config_yes: 'true',
      },
    },
  );
  fs.closeSync(out);
  if (r.status !== 0 || !fs.existsSync(CODE_SERVER_BIN)) {
    const tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');
    throw new Error(`code-server install failed (exit ${r.status}); last lines of ${logFile}:\n${tail}`);
  }
  fs.writeFileSync(MARKER, `${new Date().toISOString()}\n`);
  log(`code-server ${CODE_SERVER_VERSION} installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

if (require.main === module) {
  try {
    ensureCodeServer();
    console.log(`code-server ${CODE_SERVER_VERSION} is ready: ${CODE_SERVER_BIN}`);
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
}
