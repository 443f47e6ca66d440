/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, DRAFT, EXTENSION_ID, open } from './helpers';
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

  it('registers its commands', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const c of ['privacyPolicy.checkDocument', 'privacyPolicy.restartServer']) {
      assert.ok(commands.includes(c), `command ${c} is not registered`);
    }
  });
});
