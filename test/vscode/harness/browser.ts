// Debian's chromium driven by playwright-core: headless, no sandbox (CI runs as root), nothing
// that reaches the network on its own, and a fresh profile folder each run.
import { BrowserContext, chromium, Page } from 'playwright-core';
import * as fs from 'node:fs';
import { CHROMIUM } from './paths';
import { isStopping, onCleanup } from './processes';

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

export async function launchBrowser(profileDir: string, viewport = { width: 1440, height: 900 }): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} not found: install the packages in scripts/vscode/apt-packages.txt (or set CHROMIUM_PATH)`);
  }
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    timeout: 60_000,
    // The harness's own handlers close the browser, then stop code-server, then exit; playwright's
    // would exit first and leave code-server to the last-resort kill.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  if (isStopping()) {
    // Ctrl+C came while chromium was starting: it must not outlive the run.
    await context.close();
    throw new Error('stopped while the browser was starting');
  }
  onCleanup(() => context.close());
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page, close: () => context.close() };
}
