// Starts code-server on 127.0.0.1 (never another interface) on a free port, in its own
// process group, with a fresh user-data and extensions folder per run.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as path from 'node:path';
import { CACHE, CODE_SERVER_BIN, RESULTS } from './paths';
import { Group, spawnGroup, stopGroup } from './processes';
import { waitFor } from './wait';

export interface RunDirs {
  root: string;
  user: string;
  extensions: string;
  browserProfile: string;
}

/** Settings for a quiet workbench: no welcome page, tips, trust prompt, telemetry or updates. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  // Also keeps the extension's first-start onboarding (example draft, walkthrough) out of the suites.
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  // VS Code's switch does not reach code-server's extension host: the extension's own does.
  'privacyPolicy.openWalkthroughOnFirstStart': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.colorTheme': 'Default Light Modern',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'chat.commandCenter.enabled': false,
  'git.enabled': false,
  'editor.minimap.enabled': false,
  'editor.wordWrap': 'on',
};

/** A fresh folder tree for one run under .vscode-test/runs/ (removed by the caller at the end). */
export function makeRunDirs(name: string): RunDirs {
  sweepStaleRuns();
  const root = path.join(CACHE, 'runs', `${name}-${Date.now()}-${process.pid}`);
  const dirs = {
    root,
    user: path.join(root, 'user'),
    extensions: path.join(root, 'extensions'),
    browserProfile: path.join(root, 'browser'),
  };
  fs.mkdirSync(path.join(dirs.user, 'User'), { recursive: true });
  fs.mkdirSync(dirs.extensions, { recursive: true });
  fs.mkdirSync(dirs.browserProfile, { recursive: true });
  fs.writeFileSync(path.join(dirs.user, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  return dirs;
}

/** Removes the folders of earlier runs whose process is gone (a run killed with SIGKILL cannot clean up). */
function sweepStaleRuns(): void {
  const runs = path.join(CACHE, 'runs');
  if (!fs.existsSync(runs)) return;
  for (const d of fs.readdirSync(runs)) {
    const pid = Number(/-(\d+)$/.exec(d)?.[1]);
    if (!pid || pid === process.pid) continue;
    try {
      process.kill(pid, 0);
    } catch {
      fs.rmSync(path.join(runs, d), { recursive: true, force: true });
    }
  }
}

export function removeRunDirs(dirs: RunDirs): void {
  fs.rmSync(dirs.root, { recursive: true, force: true });
}

const baseArgs = (dirs: RunDirs) => ['--config', '/dev/null', '--user-data-dir', dirs.user, '--extensions-dir', dirs.extensions];

/** Installs a packaged extension into this run's extensions folder (~2 s). */
export function installVsix(vsix: string, dirs: RunDirs): void {
  if (!fs.existsSync(vsix)) throw new Error(`${vsix} does not exist: run \`npm run package\` first`);
  const r = spawnSync(process.execPath, [CODE_SERVER_BIN, ...baseArgs(dirs), '--install-extension', vsix], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  const out = `${r.stdout}\n${r.stderr}`;
  if (r.status !== 0 || !/successfully installed/i.test(out)) {
    throw new Error(`Installing ${path.basename(vsix)} into code-server failed (exit ${r.status}):\n${out.trim()}`);
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function healthy(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path: '/healthz', timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => {
      req.destroy();
      resolve(false);
    });
  });
}

export interface CodeServer {
  port: number;
  /** http://127.0.0.1:PORT */
  origin: string;
  group: Group;
  logFile: string;
  stop(): Promise<void>;
}

export interface StartOptions {
  dirs: RunDirs;
  /** Folder opened by default (the workbench URL can still choose another). */
  folder: string;
  port?: number;
  /** Extra environment for code-server and so for its extension host. */
  env?: Record<string, string>;
  /** Where its output goes; defaults to test-results/<run>.code-server.log. */
  logFile?: string;
}

export async function startCodeServer(o: StartOptions): Promise<CodeServer> {
  const port = o.port ?? (await freePort());
  fs.mkdirSync(RESULTS, { recursive: true });
  const logFile = o.logFile ?? path.join(RESULTS, `${path.basename(o.dirs.root)}.code-server.log`);
  const out = fs.openSync(logFile, 'w');
  const group = spawnGroup(
    process.execPath,
    [
      CODE_SERVER_BIN,
      ...baseArgs(o.dirs),
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--auth',
      'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      o.folder,
    ],
    { stdio: ['ignore', out, out], env: { ...process.env, ...o.env } },
  );
  fs.closeSync(out);
  let exited: number | string | undefined;
  void group.exited.then((c) => (exited = c));
  try {
    await waitFor(
      async () => {
        if (exited !== undefined) throw new Error(`code-server exited (${exited}); see ${logFile}`);
        return healthy(port);
      },
      `code-server to answer on http://127.0.0.1:${port}/healthz (log: ${logFile})`,
      60_000,
    );
  } catch (e) {
    await stopGroup(group.pgid);
    throw e;
  }
  return { port, origin: `http://127.0.0.1:${port}`, group, logFile, stop: () => stopGroup(group.pgid) };
}

/** The workbench URL for a folder, optionally with a payload (extension development / tests). */
export function workbenchUrl(server: CodeServer, folder: string, payload?: [string, string][]): string {
  let url = `${server.origin}/?folder=${encodeURIComponent(folder)}`;
  if (payload) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}

/** A local path as the workbench addresses files on its server. */
export function remoteUri(server: CodeServer, p: string): string {
  return `vscode-remote://127.0.0.1:${server.port}${p}`;
}
