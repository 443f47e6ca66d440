/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { PrivacyPolicyLinterApi } from '../../../client/src/extension';
import { closeAll, DRAFT, EXTENSION_ID, open } from './helpers';
import { ACTIVATION_FILE, RESULTS } from '../harness/paths';
import { waitFor } from '../harness/wait';

describe('Activation', () => {
  after(closeAll);

  it('opening a *.policy.md draft gives it the privacy-policy language and activates the extension', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is not loaded in the editor`);
    const editor = await open(DRAFT);
    assert.equal(editor.document.languageId, 'privacy-policy');
    await waitFor(() => ext.isActive, 'the extension to activate', 20_000);
  });

  // No timed assertion here: the 300 ms target belongs to the bench, which reads this file.
  it('measures its own activation and records it for the bench', async () => {
    const ext = vscode.extensions.getExtension<PrivacyPolicyLinterApi>(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is not loaded in the editor`);
    const api = ext.isActive ? ext.exports : await ext.activate();
    const t = api.activationTimes();
    assert.ok(t.serverReadyMs !== undefined, 'the server never answered initialize during activation');
    assert.ok(t.serverReadyMs > 0 && t.serverReadyMs <= t.activatedMs, `server ready (${t.serverReadyMs} ms) within the activation (${t.activatedMs} ms)`);
    fs.mkdirSync(RESULTS, { recursive: true });
    const record = {
      serverReadyMs: Math.round(t.serverReadyMs * 10) / 10,
      activatedMs: Math.round(t.activatedMs * 10) / 10,
      vscode: vscode.version,
      appName: vscode.env.appName,
      measuredAt: new Date().toISOString(),
      what: 'From the start of activate() to the server\'s initialize answer, and to the end of activate(); loading the bundle comes before and is not included.',
    };
    fs.writeFileSync(ACTIVATION_FILE, JSON.stringify(record, null, 2) + '\n');
  });

  it('registers its commands', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const c of ['privacyPolicy.checkDocument', 'privacyPolicy.restartServer']) {
      assert.ok(commands.includes(c), `command ${c} is not registered`);
    }
  });
});
