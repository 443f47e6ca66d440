// Playwright steps on the VS Code workbench as a person uses it: keyboard shortcuts, the
// Problems panel, hovers and the quick-fix menu. Every wait is for something on screen.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { RESULTS } from '../harness/paths';
import { waitFor } from '../harness/wait';

export const SCREENSHOTS = path.join(RESULTS, 'screenshots');

export async function waitForWorkbench(page: Page): Promise<void> {
  await page.locator('.monaco-workbench .part.statusbar').waitFor({ state: 'visible', timeout: 60_000 });
  await page.locator('.explorer-folders-view, .explorer-viewlet').first().waitFor({ state: 'visible', timeout: 60_000 });
}

/** Quick Open (Ctrl+P), type the path, take the match. */
export async function openFile(page: Page, relPath: string): Promise<void> {
  const base = path.basename(relPath);
  await waitFor(
    async () => {
      await page.keyboard.press('Control+P');
      const input = page.locator('.quick-input-widget .quick-input-box input');
      await input.waitFor({ state: 'visible', timeout: 5000 });
      await input.fill(relPath);
      await page.locator('.quick-input-widget .monaco-list-row', { hasText: base }).first().waitFor({ timeout: 10_000 });
      await page.keyboard.press('Enter');
      await page.locator(`.tabs-container .tab[aria-label*="${base}"]`).waitFor({ timeout: 10_000 });
      return true;
    },
    `${relPath} to open through Quick Open`,
    60_000,
    500,
  );
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor();
}

/**
 * Runs a command from the palette (F1) by its label. Retried until the command is listed: on a
 * loaded machine the palette may open before the workbench has registered every command, or the
 * key press may land while the workbench still has the focus elsewhere.
 */
export async function runCommand(page: Page, label: string, timeoutMs = 90_000): Promise<void> {
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await waitFor(
    async () => {
      if (await input.isVisible()) await page.keyboard.press('Escape');
      await page.keyboard.press('F1');
      try {
        await input.waitFor({ state: 'visible', timeout: 5000 });
        await input.fill(`>${label}`);
        await page.locator('.quick-input-widget .monaco-list-row', { hasText: label.replace(/^.*?: /, '') }).first().waitFor({ timeout: 5000 });
      } catch {
        return false;
      }
      await page.keyboard.press('Enter');
      return true;
    },
    `the command "${label}" in the palette`,
    timeoutMs,
    500,
  );
}

/** Ctrl+G line:column (1-based, as the editor shows them). */
export async function goTo(page: Page, line: number, column: number): Promise<void> {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden' });
}

/** Repeats `act` until `target` is visible: the language server may not have answered yet. */
export async function actUntilVisible(act: () => Promise<void>, target: Locator, what: string, timeoutMs = 45_000): Promise<void> {
  await waitFor(
    async () => {
      await act();
      try {
        await target.first().waitFor({ state: 'visible', timeout: 3000 });
        return true;
      } catch {
        return false;
      }
    },
    what,
    timeoutMs,
    500,
  );
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}
