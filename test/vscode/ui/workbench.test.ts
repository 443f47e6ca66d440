// The UI suite: the packaged .vsix installed into code-server, the workbench in headless
// chromium. What a drafter sees: the Problems panel lists a seed's problems with their rule
// codes; the hover on an article reference shows the article's title; the quick-fix menu on a
// missing item offers its clause. Screenshots go to test-results/screenshots/.
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { analyze } from '../../../server/src/engine';
import { Browser, launchBrowser } from '../harness/browser';
import { CodeServer, installVsix, makeRunDirs, removeRunDirs, RunDirs, startCodeServer, workbenchUrl } from '../harness/codeServer';
import { ensureCodeServer } from '../harness/install';
import { RESULTS, VSIX } from '../harness/paths';
import { onCleanup, stopAll } from '../harness/processes';
import { waitFor } from '../harness/wait';
import { makeWorkspace, seedNames } from '../harness/workspace';
import { actUntilVisible, goTo, openFile, screenshot, waitForWorkbench } from './workbench';

const DRAFT = 'drafts/complaint-missing.policy.md';
/** A rule code as the Problems panel shows it, of every family (a drafting finding may head the list). */
const CODE_RE = /\b((?:uk-gdpr|gdpr|ccpa|caloppa|coppa|us-states|consistency|drafting|meta)\/[a-z0-9-]+)/;

describe('Workbench UI (code-server 4.100.3, packaged extension)', { timeout: 240_000 }, () => {
  let dirs: RunDirs;
  let workspace: string;
  let server: CodeServer;
  let browser: Browser;
  let page: Page;

  // A setup failure fails every test with its message (a failing hook would only cancel them).
  let setupError: unknown;
  before(async () => {
    try {
      await setup();
    } catch (e) {
      setupError = e;
    }
  });

  async function setup(): Promise<void> {
    if (!fs.existsSync(VSIX)) throw new Error(`${VSIX} is missing: run \`npm run package\` first`);
    ensureCodeServer();
    dirs = makeRunDirs('ui');
    onCleanup(() => removeRunDirs(dirs), 'after');
    workspace = makeWorkspace(dirs.root);
    installVsix(VSIX, dirs);
    server = await startCodeServer({ dirs, folder: workspace, logFile: path.join(RESULTS, 'ui.code-server.log') });
    browser = await launchBrowser(dirs.browserProfile);
    page = browser.page;
    await page.goto(workbenchUrl(server, workspace), { timeout: 60_000 });
    await waitForWorkbench(page);
  }

  after(async () => {
    await stopAll();
  });

  /** A test that leaves a screenshot of the workbench behind when it fails. */
  const uiTest = (name: string, fn: () => Promise<void>): void => {
    it(name, async () => {
      if (setupError) throw new Error(`The editor did not start: ${(setupError as Error).message ?? setupError}`);
      try {
        await fn();
      } catch (e) {
        if (page) await screenshot(page, `failed-${name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`).catch(() => undefined);
        throw e;
      }
    });
  };

  uiTest('the Problems panel lists a seed\'s problems with their rule codes', async () => {
    const seed = seedNames()[0];
    const text = fs.readFileSync(path.join(workspace, seed), 'utf8');
    // The Problems panel lists errors, warnings and information; hints show only in the editor.
    const expected = analyze({ text, format: 'plaintext' }).report.findings.filter((f) => f.severity !== 'hint').map((f) => f.code);
    assert.ok(expected.length > 0, `the engine finds nothing in ${seed}`);

    await openFile(page, seed);
    await page.keyboard.press('Control+Shift+M');
    const rows = page.locator('.markers-panel .monaco-list-row');
    const codeRows = async () => (await rows.allInnerTexts()).filter((t) => CODE_RE.test(t));
    const texts = await waitFor(
      async () => {
        const t = await codeRows();
        return t.length >= Math.min(expected.length, 3) ? t : false;
      },
      `the Problems panel to list ${seed}'s problems with their codes`,
      45_000,
    );
    const shown = texts.map((t) => CODE_RE.exec(t)![1]);
    for (const c of shown) assert.ok(expected.includes(c), `the panel shows ${c}, which the engine does not report for ${seed}`);
    for (const t of texts) assert.match(t, /privacy-policy/, `a row without its source: ${t}`);
    // The panel's own count: every finding of the engine, no more, no fewer.
    const label = page.locator('#markers-panel-arialabel');
    await waitFor(
      async () => (await label.getAttribute('aria-label')) === `Showing ${expected.length} problems`,
      `the Problems panel to count ${expected.length} problems (it says "${await label.getAttribute('aria-label')}")`,
      20_000,
    );
    await screenshot(page, 'problems-panel');
  });

  uiTest('the hover on an article reference shows the article\'s title', async () => {
    await openFile(page, DRAFT);
    const text = fs.readFileSync(path.join(workspace, DRAFT), 'utf8');
    const at = text.indexOf('Article 6(1)(a) GDPR');
    assert.ok(at >= 0);
    const before = text.slice(0, at);
    const line = before.split('\n').length;
    const column = at - before.lastIndexOf('\n') + 3; // inside "Article"
    // The language server's hover, not the link's tooltip ("Art. 6 GDPR — … (ctrl + click)"),
    // which shows the title too: the hover also carries the article's chapter.
    const hover = page.locator('.monaco-hover', { hasText: /Lawfulness of processing/i }).filter({ hasText: /Chapter/ });
    await actUntilVisible(
      async () => {
        await goTo(page, line, column);
        await page.keyboard.press('Control+K');
        await page.keyboard.press('Control+I');
      },
      hover,
      'the hover on "Article 6(1)(a) GDPR" to show "Lawfulness of processing" with its chapter',
    );
    await screenshot(page, 'hover-article');
    await page.keyboard.press('Escape');
  });

  uiTest('the quick-fix menu on a missing item offers its clause', async () => {
    await openFile(page, DRAFT);
    const text = fs.readFileSync(path.join(workspace, DRAFT), 'utf8');
    const finding = analyze({ text, format: 'markdown' }).report.findings.find((f) => f.code === 'gdpr/right-complaint');
    assert.ok(finding, 'the engine does not report gdpr/right-complaint for the draft');
    const item = page.locator('.action-widget .monaco-list-row', { hasText: /complain/i });
    await actUntilVisible(
      async () => {
        await page.keyboard.press('Escape');
        await goTo(page, finding.line + 1, finding.column + 1);
        await page.keyboard.press('Control+.');
      },
      item,
      'the quick-fix menu to offer a clause on the right to complain',
    );
    await screenshot(page, 'quick-fix-menu');
    await page.keyboard.press('Escape');
  });
});
