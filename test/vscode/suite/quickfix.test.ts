/// <reference types="mocha" />
// The quick fix of a missing item inserts a clause that discloses it: after the edit, the
// editor's own re-check no longer reports the item.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, codeOf, copyOf, DRAFT, open, waitForDiagnostics } from './helpers';

const CODE = 'gdpr/right-complaint';

describe('Quick fix', () => {
  after(closeAll);

  it(`the quick fix for a missing item (${CODE}) inserts its clause`, async () => {
    const uri = await copyOf(DRAFT, 'quickfix.policy.md');
    const editor = await open(uri);
    const doc = editor.document;
    const ds = await waitForDiagnostics(uri, (x) => x.some((d) => codeOf(d) === CODE), `a ${CODE} diagnostic`);
    const diag = ds.find((d) => codeOf(d) === CODE)!;

    const actions =
      (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
        'vscode.executeCodeActionProvider',
        uri,
        diag.range,
        vscode.CodeActionKind.QuickFix.value,
        20,
      )) ?? [];
    // vscode.executeCodeActionProvider does not hand back an action's diagnostics: the fix for
    // this item is the quick fix whose title names the complaint. The extension inserts clauses
    // through its command (as a snippet, the first blank selected); other editors get an edit.
    const fix = actions.find(
      (a): a is vscode.CodeAction =>
        'kind' in a && !!a.kind && vscode.CodeActionKind.QuickFix.contains(a.kind) && /insert standard clause/i.test(a.title) && /complain/i.test(a.title),
    );
    assert.ok(fix?.command, `no clause quick fix for ${CODE}; offered: ${actions.map((a) => JSON.stringify(a.title)).join(', ') || 'nothing'}`);
    assert.equal(fix.edit, undefined, 'the clause is inserted by the command alone, not also by an edit');
    const before = doc.getText();
    assert.equal(await vscode.commands.executeCommand(fix.command.command, ...((fix.command.arguments ?? []) as unknown[])), true, 'the editor refused the insertion');
    const after = doc.getText();
    assert.ok(after.length > before.length, 'the fix inserted nothing');
    // The inserted text: what lies between the common prefix and suffix of before and after.
    let p = 0;
    while (p < before.length && before[p] === after[p]) p++;
    let s = 0;
    while (s < before.length - p && before[before.length - 1 - s] === after[after.length - 1 - s]) s++;
    const inserted = after.slice(p, after.length - s);
    assert.match(inserted, /complain/i, `the inserted text is not a complaint clause: ${inserted}`);
    assert.match(inserted, /supervisory authority/i, `the clause names no supervisory authority: ${inserted}`);
    // The first blank is selected, ready to be typed over.
    assert.equal(doc.getText(editor.selection), '[name and website of the supervisory authority]');

    await waitForDiagnostics(uri, (x) => !x.some((d) => codeOf(d) === CODE), `${CODE} to disappear after the fix`);
  });
});
