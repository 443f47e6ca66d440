// The UI suite for clause insertion and completion, as a drafter does it with the keyboard in
// code-server (the packaged .vsix installed): "Insert all missing clauses" from the Source
// Action menu, then typing fills the first blank and Tab moves to the next; typing "pp-" in a
// Markdown draft with default settings opens the clause suggestions, the draft's missing items
// first. Screenshots go to test-results/screenshots/.
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { analyze, clauseCompletions, insertAllMissingFix } from '../../../server/src/engine';
import type { ClauseInsertionRequest } from '../../../server/src/engine';
import { expandSnippet } from '../../../server/src/engine/clauses/template';
import { Browser, launchBrowser } from '../harness/browser';
import { CodeServer, installVsix, makeRunDirs, removeRunDirs, RunDirs, startCodeServer, workbenchUrl } from '../harness/codeServer';
import { ensureCodeServer } from '../harness/install';
import { RESULTS, VSIX } from '../harness/paths';
import { onCleanup, stopAll } from '../harness/processes';
import { waitFor } from '../harness/wait';
import { makeWorkspace } from '../harness/workspace';
import { actUntilVisible, openFile, runCommand, screenshot, waitForWorkbench } from './workbench';

/** Our own draft: sentence-case headings; the company, its address and country stated; no blank of its own. */
const DRAFT = [
  '# Privacy notice',
  '',
  'Northwind Tea AB ("Northwind", "we", "us") sells tea online. Our address is Tegelgatan 4, 652 24 Karlstad, Sweden.',
  '',
  '## What we collect',
  '',
  'We collect your name, e-mail address and delivery address when you place an order.',
  '',
  '## Your rights',
  '',
  'You may ask us for a copy of the personal data we hold about you.',
  '',
  '## Contact us',
  '',
  'Write to privacy@northwind.example.',
  '',
].join('\n');

describe('Clause insertion and completion in the workbench (code-server 4.100.3, packaged extension)', { timeout: 300_000 }, () => {
  let dirs: RunDirs;
  let workspace: string;
  let server: CodeServer;
  let browser: Browser;
  let page: Page;

  let setupError: unknown;
  before(async () => {
    try {
      if (!fs.existsSync(VSIX)) throw new Error(`${VSIX} is missing: run \`npm run package\` first`);
      ensureCodeServer();
      dirs = makeRunDirs('ui-insertion');
      onCleanup(() => removeRunDirs(dirs), 'after');
      workspace = makeWorkspace(dirs.root);
      fs.writeFileSync(path.join(workspace, 'drafts', 'privacy-insert-all.md'), DRAFT);
      fs.writeFileSync(path.join(workspace, 'drafts', 'privacy-complete.md'), DRAFT);
      installVsix(VSIX, dirs);
      server = await startCodeServer({ dirs, folder: workspace, logFile: path.join(RESULTS, 'ui-insertion.code-server.log') });
      browser = await launchBrowser(dirs.browserProfile);
      page = browser.page;
      await page.goto(workbenchUrl(server, workspace), { timeout: 60_000 });
      await waitForWorkbench(page);
    } catch (e) {
      setupError = e;
    }
  });

  after(async () => {
    await stopAll();
  });

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

  /** The file as saved (Ctrl+S), once `ok` holds for it. */
  async function saved(rel: string, ok: (text: string) => boolean, what: string): Promise<string> {
    const file = path.join(workspace, rel);
    return waitFor(
      async () => {
        await page.keyboard.press('Control+S');
        const t = fs.readFileSync(file, 'utf8');
        return ok(t) ? t : false;
      },
      what,
      30_000,
      1000,
    );
  }

  uiTest('insert all missing clauses, then the first blank is selected: typing fills it, Tab moves to the next', async () => {
    const rel = 'drafts/privacy-insert-all.md';
    const fix = insertAllMissingFix(analyze({ text: DRAFT, format: 'markdown' }))!;
    const req = fix.command!.args[0] as ClauseInsertionRequest;
    await openFile(page, rel);
    // The Source Action menu lists the action once the draft is checked.
    const item = page.locator('.action-widget .monaco-list-row', { hasText: /Insert all missing clauses/ });
    await actUntilVisible(
      async () => {
        await page.keyboard.press('Escape');
        await runCommand(page, 'Source Action');
      },
      item,
      'the Source Action menu to offer "Insert all missing clauses"',
      90_000,
    );
    // The menu takes the keyboard (a pointer block covers the page while it is open): move the
    // focus to the action, then Enter.
    await waitFor(
      async () => {
        if ((await page.locator('.action-widget .monaco-list-row.focused', { hasText: /Insert all missing clauses/ }).count()) > 0) return true;
        await page.keyboard.press('ArrowDown');
        return false;
      },
      'the focus on "Insert all missing clauses" in the Source Action menu',
      15_000,
      300,
    );
    await page.keyboard.press('Enter');
    const toast = page.locator('.notifications-toasts .notification-toast', { hasText: /Inserted \d+ clauses/ });
    await toast.first().waitFor({ state: 'visible', timeout: 30_000 });
    const toastText = await toast.first().innerText();
    assert.ok(toastText.includes(`Inserted ${req.inserted.length} clauses into drafts/privacy-insert-all.md: ${req.inserted[0].title}`), toastText);
    await screenshot(page, 'insert-all-first-blank-selected');

    // The first blank is selected: typing replaces it. Tab moves to tab stop 2, typing replaces that.
    // (No mirrored blanks in this draft's clauses: its name, address and e-mail are known.)
    assert.ok(req.edits.every((e) => !/\$\d/.test(e.snippet.replace(/\\./g, ''))), 'no mirrored tab stop');
    await page.keyboard.type('FILLEDONE');
    await page.keyboard.press('Tab');
    await page.keyboard.type('FILLEDTWO');
    const text = await saved(rel, (t) => t.includes('FILLEDTWO'), 'the draft saved with both blanks filled');

    // Where the engine put tab stops 1 and 2 (all edits expanded in text order).
    let plain = DRAFT;
    for (const e of [...req.edits].sort((a, b) => b.start - a.start)) plain = plain.slice(0, e.start) + e.newText + plain.slice(e.end);
    let shift = 0;
    const stops = new Map<number, { start: number; end: number }>();
    for (const e of req.edits) {
      for (const [n, r] of expandSnippet(e.snippet).stops) stops.set(n, { start: e.start + shift + r.start, end: e.start + shift + r.end });
      shift += e.newText.length - (e.end - e.start);
    }
    const one = stops.get(1)!;
    const two = stops.get(2)!;
    const expected = plain.slice(0, one.start) + 'FILLEDONE' + plain.slice(one.end, two.start) + 'FILLEDTWO' + plain.slice(two.end);
    assert.equal(text, expected, 'exactly the first two blanks were filled, nothing else changed');
    await page.keyboard.press('Escape');
  });

  uiTest('completion of a clause in Markdown with default settings: "pp-" lists the missing GDPR items first', async () => {
    const rel = 'drafts/privacy-complete.md';
    const typed = `${DRAFT}pp-`;
    const engine = [...clauseCompletions(analyze({ text: typed, format: 'markdown' }), typed.length, false)!.items].sort((a, b) => (a.sortText < b.sortText ? -1 : 1));
    assert.equal(engine[0].state, 'missing');
    await openFile(page, rel);
    const rows = page.locator('.suggest-widget.visible .monaco-list-row');
    await actUntilVisible(
      async () => {
        await page.keyboard.press('Escape');
        await page.keyboard.press('Control+End');
        // Start afresh on a new last line: remove what an earlier try typed.
        await page.keyboard.press('Shift+Home');
        await page.keyboard.press('Delete');
        await page.keyboard.type('pp-', { delay: 50 });
      },
      rows,
      'the suggestion list to open after typing "pp-"',
      90_000,
    );
    const first = await waitFor(
      async () => {
        const t = await rows.first().innerText();
        return t.includes(engine[0].label) ? t : false;
      },
      `the first suggestion to be ${engine[0].label} (it is "${await rows.first().innerText().catch(() => '?')}")`,
      20_000,
    );
    assert.match(first, new RegExp(engine[0].label));
    const labels = (await rows.allInnerTexts()).map((t) => /pp-[a-z0-9-]+/.exec(t)?.[0]);
    assert.ok(!labels.slice(0, 5).some((l) => l?.startsWith('pp-ccpa-')), `no CCPA clause among the first suggestions: ${labels.join(', ')}`);
    await screenshot(page, 'completion-markdown-pp');

    // Accepting it inserts the clause, the draft's own details filled.
    await page.keyboard.press('Enter');
    const expanded = expandSnippet(engine[0].snippet).text;
    const text = await saved(rel, (t) => t.includes(expanded.slice(0, 40)), `the draft saved with the ${engine[0].label} clause`);
    assert.ok(text.endsWith(`\n${expanded}`) || text.includes(`\n${expanded.slice(0, 60)}`), text.slice(-300));
    assert.doesNotMatch(text, /\npp-$/);
    await page.keyboard.press('Escape');
  });
});
