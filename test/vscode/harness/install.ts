// Installs code-server (the real VS Code workbench and extension host, served over HTTP) on
// demand into .vscode-test/code-server/. It is not a dependency of the extension: only the
// harness needs it, and only once per machine (~70 s cold, ~300 MB).
//
// Needs the Debian packages in scripts/vscode/apt-packages.txt (compilers and headers for its
// native modules, ripgrep, chromium). The registry is the only thing it downloads from.
import { spawn, spawnSync } from 'node:child_process';
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

/** The install command: npm into CODE_SERVER_DIR, logging each registry fetch (the progress lines count them). */
function installCommand(): { args: string[]; env: NodeJS.ProcessEnv } {
  return {
    args: ['install', '--prefix', CODE_SERVER_DIR, '--no-audit', '--no-fund', '--no-save', '--loglevel=http', `code-server@${CODE_SERVER_VERSION}`],
    env: {
      ...process.env,
      // code-server's postinstall refuses to run as root without it (CI runs as root).
      npm_config_unsafe_perm: 'true',
      // node-gyp builds the native modules against the local Node headers; it cannot download them.
      npm_config_nodedir: process.env.npm_config_nodedir || '/usr',
      // node-pty's postinstall runs `npx node-gyp`, which would otherwise ask.
      npm_config_yes: 'true',
    },
  };
}

function checkPrerequisites(): string {
  for (const tool of ['/usr/bin/make', '/usr/bin/python3']) {
    if (!fs.existsSync(tool)) throw new Error(`${tool} is missing: install the packages in scripts/vscode/apt-packages.txt`);
  }
  seedRipgrepCache();
  fs.mkdirSync(CODE_SERVER_DIR, { recursive: true });
  return path.join(CODE_SERVER_DIR, 'install.log');
}

function finishInstall(status: number | null, logFile: string, started: number, log: (s: string) => void): void {
  if (status !== 0 || !fs.existsSync(CODE_SERVER_BIN)) {
    const tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');
    throw new Error(`code-server install failed (exit ${status}); last lines of ${logFile}:\n${tail}`);
  }
  fs.writeFileSync(MARKER, `${new Date().toISOString()}\n`);
  log(`code-server ${CODE_SERVER_VERSION} installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/** Installs code-server unless this exact version is already there. Throws with the log's tail. */
export function ensureCodeServer(log: (s: string) => void = (s) => console.log(s)): void {
  if (codeServerInstalled()) return;
  const logFile = checkPrerequisites();
  log(`Installing code-server ${CODE_SERVER_VERSION} into ${CODE_SERVER_DIR} (once; about a minute, log: ${logFile})`);
  const started = Date.now();
  const out = fs.openSync(logFile, 'w');
  const { args, env } = installCommand();
  const r = spawnSync('npm', args, { stdio: ['ignore', out, out], env });
  fs.closeSync(out);
  finishInstall(r.status, logFile, started, log);
}

/**
 * The same install for a person waiting at a terminal (`npm start`): a line every few seconds
 * says what it is doing (packages fetched from the registry, then building the native modules).
 */
export async function ensureCodeServerWithProgress(log: (s: string) => void = (s) => console.log(s), everyMs = 5000): Promise<void> {
  if (codeServerInstalled()) return;
  const logFile = checkPrerequisites();
  log(`Installing the editor (code-server ${CODE_SERVER_VERSION} = VS Code ${CODE_SERVER_VERSION.replace(/^4\./, '1.')}) into ${CODE_SERVER_DIR}: once, about a minute or two. Log: ${logFile}`);
  const started = Date.now();
  const out = fs.openSync(logFile, 'w');
  const { args, env } = installCommand();
  const child = spawn('npm', args, { stdio: ['ignore', out, out], env });
  const timer = setInterval(() => log(`  … ${((Date.now() - started) / 1000).toFixed(0)} s: ${installProgress(logFile)}`), everyMs);
  try {
    const status = await new Promise<number | null>((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', (code) => resolve(code));
    });
    finishInstall(status, logFile, started, log);
  } finally {
    clearInterval(timer);
    fs.closeSync(out);
  }
}

/** What the install log says so far, in a few words (exported for tests). */
export function installProgressFromLog(text: string): string {
  const fetched = text.match(/^npm http fetch GET 200 /gm)?.length ?? 0;
  if (/\b(gyp|node-gyp|postinstall|prebuild)\b/i.test(text.slice(-20_000))) return `building the native modules (after ${fetched} downloads)`;
  return fetched > 0 ? `downloading: ${fetched} files from the registry so far` : 'resolving the packages';
}

function installProgress(logFile: string): string {
  try {
    return installProgressFromLog(fs.readFileSync(logFile, 'utf8'));
  } catch {
    return 'starting';
  }
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
