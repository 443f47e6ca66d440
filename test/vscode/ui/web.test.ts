// The web build in a real VS Code web extension host: code-server's workbench (VS Code 1.100.3
// in headless chromium) runs the extension in its browser web worker extension host, as
// vscode.dev and github.dev do: package.json `browser` → dist/web/extension.js, which starts
// dist/web/server.js in a web worker. As on vscode.dev, the extension is loaded over HTTP, not
// from code-server's disk (VS Code refuses to start workers for extensions it loads from the
// remote side: "Creating workers from remote extensions is currently not supported"): a
// loopback server in this test serves only the files the .vsix ships (.vscodeignore), and
// "Developer: Install Extension from Location…" installs it as a web extension, through
// code-server's port proxy (the workbench's Content Security Policy allows only its own
// origin). What a drafter sees: the Problems panel lists the draft's problems, and a
// `.privacy-policy.json` beside a draft (read through the workspace file system) switches on
// CCPA. The run also shows that no Node language server process was started.
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { analyze } from '../../../server/src/engine';
import { Browser, launchBrowser } from '../harness/browser';
import { CodeServer, makeRunDirs, removeRunDirs, RunDirs, startCodeServer, workbenchUrl } from '../harness/codeServer';
import { ensureCodeServer } from '../harness/install';
import { REPO, RESULTS } from '../harness/paths';
import { onCleanup, stopAll } from '../harness/processes';
import { waitFor } from '../harness/wait';
import { DRAFTS_DIR, makeWorkspace, seedNames } from '../harness/workspace';
import { openFile, runCommand, screenshot, waitForWorkbench } from './workbench';

/** What the .vsix ships (the allow-list in .vscodeignore): all the web extension may load. */
const SHIPPED = fs
  .readFileSync(path.join(REPO, '.vscodeignore'), 'utf8')
  .split('\n')
  .filter((l) => l.startsWith('!'))
  .map((l) => l.slice(1).trim());

function shipped(rel: string): boolean {
  if (rel === 'package.json') return true;
  return SHIPPED.some((p) => (p.endsWith('/**') ? rel.startsWith(p.slice(0, -2)) : p.includes('*') ? new RegExp(`^${p.replace(/\./g, '\\.').replace(/\*/g, '[^/]*')}$`).test(rel) : rel === p));
}

/** Serves the extension's shipped files on 127.0.0.1 (CORS open: the workbench is another origin). */
async function serveExtension(): Promise<{ url: string; requested: string[]; close(): Promise<void> }> {
  const requested: string[] = [];
  const srv = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '');
    requested.push(rel);
    const file = path.join(REPO, rel);
    const inside = path.relative(REPO, file) === rel && !rel.split('/').includes('..');
    if (!inside || !shipped(rel) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'Access-Control-Allow-Origin': '*' }).end();
      return;
    }
    const type = rel.endsWith('.js') ? 'text/javascript' : rel.endsWith('.json') ? 'application/json' : rel.endsWith('.png') ? 'image/png' : 'text/plain';
    res.writeHead(200, { 'Content-Type': type, 'Access-Control-Allow-Origin': '*' }).end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const { port } = srv.address() as AddressInfo;
  onCleanup(() => new Promise<void>((resolve) => srv.close(() => resolve())));
  return { url: `http://127.0.0.1:${port}`, requested, close: () => new Promise<void>((resolve) => srv.close(() => resolve())) };
}
/** A rule code as the Problems panel shows it, of every family (a drafting finding may head the list). */
const CODE_RE = /\b((?:uk-gdpr|gdpr|ccpa|caloppa|coppa|us-states|consistency|drafting|meta)\/[a-z0-9-]+)/;

/** Processes whose command line runs the desktop server bundle (Linux /proc). */
function nodeServerProcesses(): string[] {
  const found: string[] = [];
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
      if (cmd.includes(path.join(REPO, 'dist', 'server.js'))) found.push(`${pid}: ${cmd}`);
    } catch {
      // the process ended meanwhile
    }
  }
  return found;
}

/** Developer: Install Extension from Location… with a URL: the web workbench installs it as a web extension. */
async function installFromLocation(page: Page, url: string): Promise<void> {
  await runCommand(page, 'Developer: Install Extension from Location');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await waitFor(async () => (await input.inputValue()) === '' || undefined, 'the location prompt', 30_000, 100);
  await input.fill(url);
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden', timeout: 30_000 });
}

describe('Web extension host (code-server 4.100.3, dist/web bundles)', { timeout: 240_000 }, () => {
  let dirs: RunDirs;
  let workspace: string;
  let server: CodeServer;
  let browser: Browser;
  let page: Page;
  let extensionServer: Awaited<ReturnType<typeof serveExtension>>;
  /** The workbench's console (the web extension host logs there), kept in test-results/web.workbench.log. */
  const log: string[] = [];

  let setupError: unknown;
  before(async () => {
    try {
      await setup();
    } catch (e) {
      setupError = e;
    }
  });

  async function setup(): Promise<void> {
    for (const f of ['dist/web/extension.js', 'dist/web/server.js']) {
      if (!fs.existsSync(path.join(REPO, f))) throw new Error(`${f} is missing: run \`npm run build\` first`);
    }
    ensureCodeServer();
    dirs = makeRunDirs('web');
    onCleanup(() => Promise.resolve(removeRunDirs(dirs)), 'after');
    workspace = makeWorkspace(dirs.root);
    // A draft whose folder declares CCPA as well: only a project file read on the web can do that.
    fs.mkdirSync(path.join(workspace, 'us'));
    fs.copyFileSync(path.join(DRAFTS_DIR, 'complaint-missing.policy.md'), path.join(workspace, 'us', 'us-complaint-missing.policy.md'));
    fs.writeFileSync(path.join(workspace, 'us', '.privacy-policy.json'), JSON.stringify({ regimes: ['gdpr', 'ccpa'] }));
    server = await startCodeServer({ dirs, folder: workspace, logFile: path.join(RESULTS, 'web.code-server.log') });
    browser = await launchBrowser(dirs.browserProfile);
    page = browser.page;
    page.on('console', (m) => log.push(`[${m.type()}] ${m.text()}`));
    page.on('pageerror', (e) => log.push(`[page error] ${e.message}`));
    extensionServer = await serveExtension();
    await page.goto(workbenchUrl(server, workspace), { timeout: 60_000 });
    await waitForWorkbench(page);
    // Through code-server's port proxy, so that the workbench's Content Security Policy (connect-src 'self') allows it.
    await installFromLocation(page, `${server.origin}/proxy/${new URL(extensionServer.url).port}/`);
  }

  after(async () => {
    fs.mkdirSync(RESULTS, { recursive: true });
    const served = extensionServer ? [`extension files requested: ${extensionServer.requested.join(', ')}`] : [];
    fs.writeFileSync(path.join(RESULTS, 'web.workbench.log'), `${[...log, ...served].join('\n')}\n`);
    await stopAll();
  });

  /** A test that leaves a screenshot of the workbench behind when it fails. */
  function webTest(name: string, fn: () => void | Promise<void>): void {
    it(name, async () => {
      if (setupError) throw new Error(`The editor did not start: ${setupError instanceof Error ? setupError.message : JSON.stringify(setupError)}`);
      try {
        await fn();
      } catch (e) {
        if (page) await screenshot(page, `failed-web-${name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`).catch(() => undefined);
        throw e;
      }
    });
  }

  /**
   * The rule codes the Problems panel shows for `file` (a workspace-relative path). The panel is
   * filtered to the file's folder, as its list renders only the rows in view.
   */
  async function problemCodes(file: string, want: (codes: string[]) => boolean, what: string): Promise<string[]> {
    await page.keyboard.press('Control+Shift+M');
    await page.getByPlaceholder(/^Filter \(e\.g\./).fill(`**/${path.posix.dirname(file)}/**`);
    const rows = page.locator('.markers-panel .monaco-list-row');
    return waitFor(
      async () => {
        const texts = await rows.allInnerTexts();
        const start = texts.findIndex((t) => t.includes(path.posix.basename(file)));
        if (start < 0) return undefined;
        const codes: string[] = [];
        for (const t of texts.slice(start + 1)) {
          const m = CODE_RE.exec(t);
          if (!m) break; // the next file's row
          codes.push(m[1]);
        }
        return want(codes) ? codes : undefined;
      },
      what,
      Number(process.env.PPL_WEB_WAIT_MS) || 90_000,
      500,
    );
  }

  webTest('a draft opened in the web extension host gets its problems in the Problems panel', async () => {
    await openFile(page, 'drafts/complaint-missing.policy.md');
    const codes = await problemCodes('drafts/complaint-missing.policy.md', (c) => c.includes('gdpr/right-complaint'), 'gdpr/right-complaint in the Problems panel');
    assert.ok(!codes.some((c) => c.startsWith('ccpa/')), `GDPR only by default: ${codes.join(', ')}`);
    await screenshot(page, 'web-problems');
  });

  webTest('.privacy-policy.json is read through the workspace file system: CCPA is checked in its folder', async () => {
    await openFile(page, 'us/us-complaint-missing.policy.md');
    const codes = await problemCodes('us/us-complaint-missing.policy.md', (c) => c.some((x) => x.startsWith('ccpa/')), 'a ccpa/ problem for the draft beside the project file');
    assert.ok(codes.includes('gdpr/right-complaint'), codes.join(', '));
    // The status bar sums up the active draft's checklist per law.
    await page.locator('.statusbar-item', { hasText: 'CCPA' }).first().waitFor({ timeout: 10_000 });
  });

  webTest('Restart Server starts a new worker, which checks the next draft', async () => {
    await runCommand(page, 'Privacy Policy: Restart Server');
    await page.locator('.notifications-toasts', { hasText: 'the server was restarted' }).waitFor({ timeout: 30_000 });
    const seed = seedNames()[0];
    await openFile(page, seed);
    // The new worker checked it: its problems are listed (the first rows in view may be of any family).
    const expected = new Set(analyze({ text: fs.readFileSync(path.join(workspace, seed), 'utf8'), format: 'plaintext' }).report.findings.map((f) => f.code));
    const codes = await problemCodes(seed, (c) => c.length > 0, `problems for ${seed} after the restart`);
    for (const c of codes) assert.ok(expected.has(c), `the panel shows ${c}, which the engine does not report for ${seed}`);
  });

  webTest('the web bundles ran, not the desktop ones: no Node server process', () => {
    assert.deepEqual(nodeServerProcesses(), [], 'no dist/server.js process');
    const files = new Set(extensionServer.requested);
    assert.ok(files.has('dist/web/extension.js') && files.has('dist/web/server.js'), `the web bundles were loaded: ${[...files].join(', ')}`);
    assert.ok(!files.has('dist/extension.js') && !files.has('dist/server.js'), 'the desktop bundles were not');
  });
});
