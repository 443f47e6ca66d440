// The web build in a real VS Code web extension host: code-server's workbench (VS Code 1.100.3
// in headless chromium) runs the extension under development in its browser web worker
// extension host (URL payload `extensionDevelopmentKind=web`), as vscode.dev and github.dev
// would: package.json `browser` → dist/web/extension.js, which starts dist/web/server.js in a
// web worker. What a drafter sees: the Problems panel lists the draft's problems, and a
// `.privacy-policy.json` beside a draft (read through the workspace file system) switches on
// CCPA. The run also shows that no Node language server process was started.
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { Browser, launchBrowser } from '../harness/browser';
import { CodeServer, makeRunDirs, remoteUri, removeRunDirs, RunDirs, startCodeServer, workbenchUrl } from '../harness/codeServer';
import { ensureCodeServer } from '../harness/install';
import { REPO, RESULTS } from '../harness/paths';
import { onCleanup, stopAll } from '../harness/processes';
import { waitFor } from '../harness/wait';
import { DRAFTS_DIR, makeWorkspace } from '../harness/workspace';
import { openFile, screenshot, waitForWorkbench } from './workbench';

const CODE_RE = /\b((?:gdpr|ccpa|caloppa|coppa|consistency)\/[a-z0-9-]+)/;

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

describe('Web extension host (code-server 4.100.3, dist/web bundles)', { timeout: 240_000 }, () => {
  let dirs: RunDirs;
  let workspace: string;
  let server: CodeServer;
  let browser: Browser;
  let page: Page;
  const workers: Worker[] = [];

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
    onCleanup(async () => removeRunDirs(dirs), 'after');
    workspace = makeWorkspace(dirs.root);
    // A draft whose folder declares CCPA as well: only a project file read on the web can do that.
    fs.mkdirSync(path.join(workspace, 'us'));
    fs.copyFileSync(path.join(DRAFTS_DIR, 'complaint-missing.policy.md'), path.join(workspace, 'us', 'us-complaint-missing.policy.md'));
    fs.writeFileSync(path.join(workspace, 'us', '.privacy-policy.json'), JSON.stringify({ regimes: ['gdpr', 'ccpa'] }));
    server = await startCodeServer({ dirs, folder: workspace, logFile: path.join(RESULTS, 'web.code-server.log') });
    browser = await launchBrowser(dirs.browserProfile);
    page = browser.page;
    page.on('worker', (w) => workers.push(w));
    const url = workbenchUrl(server, workspace, [
      ['extensionDevelopmentPath', remoteUri(server, REPO)],
      ['extensionDevelopmentKind', 'web'],
    ]);
    await page.goto(url, { timeout: 60_000 });
    await waitForWorkbench(page);
  }

  after(async () => {
    await stopAll();
  });

  const webTest = (name: string, fn: () => Promise<void>) =>
    it(name, async () => {
      if (setupError) throw new Error(`The editor did not start: ${(setupError as Error).message ?? setupError}`);
      try {
        await fn();
      } catch (e) {
        if (page) await screenshot(page, `failed-web-${name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`).catch(() => undefined);
        throw e;
      }
    });

  /** The rule codes the Problems panel shows under `file` (its tree lists each file, then its problems). */
  async function problemCodes(file: string, want: (codes: string[]) => boolean, what: string): Promise<string[]> {
    await page.keyboard.press('Control+Shift+M');
    const rows = page.locator('.markers-panel .monaco-list-row');
    return waitFor(
      async () => {
        const texts = await rows.allInnerTexts();
        const start = texts.findIndex((t) => t.includes(file));
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
      90_000,
      500,
    );
  }

  webTest('a draft opened in the web extension host gets its problems in the Problems panel', async () => {
    await openFile(page, 'drafts/complaint-missing.policy.md');
    const codes = await problemCodes('complaint-missing.policy.md', (c) => c.includes('gdpr/right-complaint'), 'gdpr/right-complaint in the Problems panel');
    assert.ok(!codes.some((c) => c.startsWith('ccpa/')), `GDPR only by default: ${codes.join(', ')}`);
    await screenshot(page, 'web-problems');
  });

  webTest('.privacy-policy.json is read through the workspace file system: CCPA is checked in its folder', async () => {
    await openFile(page, 'us/us-complaint-missing.policy.md');
    const codes = await problemCodes('us-complaint-missing.policy.md', (c) => c.some((x) => x.startsWith('ccpa/')), 'a ccpa/ problem for the draft beside the project file');
    assert.ok(codes.includes('gdpr/right-complaint'), codes.join(', '));
  });

  webTest('the server ran in a web worker, not as a Node process', async () => {
    assert.deepEqual(nodeServerProcesses(), [], 'no dist/server.js process');
    const urls = workers.map((w) => w.url());
    assert.ok(
      urls.some((u) => u.includes('dist/web/server.js') || u.startsWith('blob:')),
      `a web worker runs the server: ${urls.join(', ') || 'no worker seen'}`,
    );
  });
});
