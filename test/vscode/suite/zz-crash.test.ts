/// <reference types="mocha" />
// A crashing language server, as the user lives it (issue 7): the client restarts it a bounded
// number of times (4 within 3 minutes) and tells the user once; past the bound it leaves it
// stopped and says so with an error.
//
// Named zz-* so that mocha (which runs the files in alphabetical order) runs it last: it kills
// the server on purpose. It still restarts the server at the end, so tests added after it work.
//
// The server is found as the extension host's child process running this extension's
// dist/server.js (Linux /proc, where the code-server harness runs), and killed with SIGKILL:
// a crash, not a shutdown. What the user is told is recorded by wrapping
// vscode.window.showWarningMessage / showErrorMessage: the client (and the language client
// library bundled with it) calls them through the same `vscode` API object as this test.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import * as vscode from 'vscode';
import { waitFor } from '../harness/wait';
import { closeAll, copyOf, DRAFT, expectedRows, EXTENSION_ID, open, ours, rowsOf, waitForDiagnostics } from './helpers';

const CRASH_WARNING = /stopped unexpectedly and was restarted/;
const GIVE_UP_ERROR = /crashed 5 times in 3 minutes and was not restarted/;
/** extension.ts: MAX_RESTARTS restarts within the window, the next crash is not restarted. */
const MAX_RESTARTS = 4;

/** Live (not zombie) child processes of this extension host that run the extension's server. */
function serverPids(serverModule: string): number[] {
  if (!fs.existsSync('/proc/self/stat')) throw new Error('This test finds the server process through /proc (Linux only)');
  const pids: number[] = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // "pid (comm) state ppid …": comm may hold spaces and parentheses, so read after the last ')'.
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(ppid) !== process.pid || state === 'Z' || state === 'X') continue;
      const argv = fs.readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0');
      if (argv.includes(serverModule)) pids.push(Number(name));
    } catch {
      // The process ended while being read.
    }
  }
  return pids;
}

interface Told {
  warnings: string[];
  errors: string[];
}

type Show = (message: string, ...rest: unknown[]) => Thenable<unknown>;

/** Records every warning and error notification while still showing it; returns the undo. */
function recordNotifications(told: Told): () => void {
  const win = vscode.window as unknown as { showWarningMessage: Show; showErrorMessage: Show };
  const warn = win.showWarningMessage;
  const error = win.showErrorMessage;
  win.showWarningMessage = (message, ...rest) => {
    told.warnings.push(message);
    return warn.call(vscode.window, message, ...rest);
  };
  win.showErrorMessage = (message, ...rest) => {
    told.errors.push(message);
    return error.call(vscode.window, message, ...rest);
  };
  return () => {
    win.showWarningMessage = warn;
    win.showErrorMessage = error;
  };
}

describe('Server crash (runs last)', () => {
  let serverModule: string;
  let uri: vscode.Uri;
  let editor: vscode.TextEditor;
  let round = 0;
  let told: Told;
  let restore: (() => void) | undefined;

  /** The one running server, once it differs from `not` (a fresh process after a restart). */
  const theServer = (what: string, not?: number) =>
    waitFor(() => {
      const pids = serverPids(serverModule);
      return pids.length === 1 && pids[0] !== not ? pids[0] : false;
    }, what, 30_000);

  /**
   * Edits the draft so that what it must show changes (one more placeholder, later lines
   * shift), then waits until the editor shows exactly the engine's findings for the new text:
   * only a running server can have produced them.
   */
  async function editAndWaitForFreshDiagnostics(what: string): Promise<void> {
    round++;
    const shown = rowsOf(ours(uri));
    const at = editor.document.positionAt(editor.document.getText().indexOf('## Your rights'));
    assert.ok(await editor.edit((b) => b.insert(at, `Our office number ${round} is [phone number].\n\n`)), 'the editor refused the edit');
    const want = expectedRows(editor.document);
    assert.ok(!isDeepStrictEqual(want, shown), 'the edit must change the diagnostics, or fresh ones could not be told from stale ones');
    await waitForDiagnostics(uri, (ds) => isDeepStrictEqual(rowsOf(ds), want), `fresh diagnostics (${what})`);
  }

  /** A fresh client (and restart count), as the user gets with "Privacy Policy: Restart Server". */
  async function restartServer(): Promise<number> {
    await vscode.commands.executeCommand('privacyPolicy.restartServer');
    const pid = await theServer('the server after "Restart Server"');
    await editAndWaitForFreshDiagnostics('after "Restart Server"');
    return pid;
  }

  before(async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is installed`);
    serverModule = path.join(ext.extensionPath, 'dist', 'server.js');
    uri = await copyOf(DRAFT, 'crash.policy.md');
    editor = await open(uri);
    if (!ext.isActive) await ext.activate();
    await waitForDiagnostics(uri, (ds) => isDeepStrictEqual(rowsOf(ds), expectedRows(editor.document)), 'the draft\'s diagnostics');
  });

  beforeEach(() => {
    told = { warnings: [], errors: [] };
    restore = recordNotifications(told);
  });

  afterEach(() => {
    restore?.();
    restore = undefined;
  });

  after(async () => {
    // Leave a working server behind, whatever happened above.
    await vscode.commands.executeCommand('privacyPolicy.restartServer');
    await theServer('the server after the final "Restart Server"');
    await closeAll();
  });

  it('a killed server is restarted, answers again, and the user is told once', async () => {
    const first = await restartServer();
    process.kill(first, 'SIGKILL');
    const second = await theServer('a new server after the crash', first);
    await editAndWaitForFreshDiagnostics('after the crash');
    assert.notEqual(second, first);
    assert.equal(told.warnings.length, 1, `warnings shown: ${JSON.stringify(told.warnings)}`);
    assert.match(told.warnings[0], CRASH_WARNING);
    assert.deepEqual(told.errors, []);
  });

  it(`after ${MAX_RESTARTS} restarts within 3 minutes, the next crash is not restarted and the user gets an error`, async () => {
    let pid = await restartServer();
    for (let crash = 1; crash <= MAX_RESTARTS; crash++) {
      process.kill(pid, 'SIGKILL');
      pid = await theServer(`a new server after crash ${crash}`, pid);
      await editAndWaitForFreshDiagnostics(`after crash ${crash}`);
    }
    assert.equal(told.warnings.length, 1, `one warning for ${MAX_RESTARTS} crashes; shown: ${JSON.stringify(told.warnings)}`);
    assert.match(told.warnings[0], CRASH_WARNING);
    assert.deepEqual(told.errors, []);

    process.kill(pid, 'SIGKILL');
    await waitFor(() => told.errors.length > 0, 'an error notification after the crash past the bound', 30_000);
    assert.equal(told.errors.length, 1, `errors shown: ${JSON.stringify(told.errors)}`);
    assert.match(told.errors[0], GIVE_UP_ERROR);
    assert.match(told.errors[0], /Restart Server/, 'the error says how to recover');
    assert.equal(told.warnings.length, 1, 'no second warning');
    // The client decided not to restart before it showed the error: no server runs, and the
    // stopped client has withdrawn its diagnostics rather than leaving stale ones.
    await waitFor(() => serverPids(serverModule).length === 0, 'no server process after giving up', 10_000);
    await waitForDiagnostics(uri, (ds) => ds.length === 0, 'the stopped server\'s diagnostics to be withdrawn');

    // "Restart Server" brings it back.
    await restartServer();
  });
});
