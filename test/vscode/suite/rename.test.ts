/// <reference types="mocha" />
// Rename of a defined term in the real editor: F2's two steps (prepareRename, then rename)
// through VS Code's own commands, and the edit applied to the document.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor } from '../harness/wait';
import { closeAll, copyOf, open, waitForDiagnostics } from './helpers';

describe('Rename a defined term', () => {
  after(closeAll);

  it('renames the definition and every use as that term, and nothing else', async () => {
    const uri = await copyOf('drafts/defined-terms.policy.md', 'rename-terms.policy.md');
    const editor = await open(uri);
    const doc = editor.document;
    await waitForDiagnostics(uri, (ds) => ds.length > 0, 'the first check');
    const pos = doc.positionAt(doc.getText().indexOf('use the Service') + 'use the S'.length);

    const prepared = await waitFor(
      async () => {
        try {
          return (await vscode.commands.executeCommand<{ range: vscode.Range; placeholder: string }>('vscode.prepareRename', uri, pos)) ?? false;
        } catch {
          return false;
        }
      },
      'prepareRename on “Service”',
      20_000,
    );
    assert.equal(prepared.placeholder, 'Service');
    assert.equal(doc.getText(prepared.range), 'Service');

    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', uri, pos, 'Platform');
    assert.ok(edit, 'the rename provider answered');
    assert.ok(await vscode.workspace.applyEdit(edit), 'the editor refused the rename edit');
    const text = doc.getText();
    assert.match(text, /\(together, the “Platform”\)/);
    assert.match(text, /When you use the Platform, we collect/);
    assert.match(text, /Our Platforms are free\./);
    assert.match(text, /The service desk answers questions about the Service Desk rota\./, 'lower case and a longer name are left alone');
    assert.equal((text.match(/Service\b/g) ?? []).length, 1, 'only “Service Desk” keeps the word');
  });

  it('refuses a position that is not a defined term, with a message', async () => {
    const uri = await copyOf('drafts/defined-terms.policy.md', 'rename-refused.policy.md');
    const editor = await open(uri);
    await waitForDiagnostics(uri, (ds) => ds.length > 0, 'the first check');
    const pos = editor.document.positionAt(editor.document.getText().indexOf('sightings') + 2);
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('vscode.prepareRename', uri, pos)),
      (e: Error) => /Only a defined term can be renamed/.test(e.message),
    );
  });
});
