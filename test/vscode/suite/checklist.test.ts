/// <reference types="mocha" />
// The Disclosures checklist, its status bar count, "reveal" and the exported report, as the
// user sees them in the real editor.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PrivacyPolicyLinterApi } from '../../../client/src/extension';
import { waitFor } from '../harness/wait';
import { closeAll, codeOf, copyOf, DRAFT, EXTENSION_ID, open, waitForDiagnostics } from './helpers';

describe('Disclosures checklist', () => {
  after(closeAll);

  it('lists every GDPR item with the status the diagnostics imply, counts them in the status bar, reveals evidence and exports the report', async () => {
    const uri = await copyOf(DRAFT, 'checklist.policy.md');
    await open(uri);
    const ds = await waitForDiagnostics(uri, (x) => x.length > 0, 'diagnostics for the draft');
    const ext = vscode.extensions.getExtension<PrivacyPolicyLinterApi>(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is installed`);
    const api = ext.isActive ? ext.exports : await ext.activate();
    const checklist = await waitFor(() => {
      const c = api.checklist();
      return c && c.uri === uri.toString() ? c : false;
    }, 'the checklist of the opened draft', 30_000);

    const gdpr = checklist.regimes.find((r) => r.id === 'gdpr');
    assert.ok(gdpr, 'a GDPR section');
    assert.equal(gdpr.items.length, 21);
    // Every item reported missing (warning), insufficient or undecided (information) has a diagnostic of its code, and vice versa.
    const count = (s: string) => gdpr.items.filter((i) => i.status === s).length;
    const open_ = new Set(gdpr.items.filter((i) => i.status === 'missing' || i.status === 'undecided' || i.status === 'insufficient').map((i) => i.id));
    const diagnosed = new Set(ds.map(codeOf).filter((c) => c.startsWith('gdpr/')));
    assert.deepEqual([...open_].sort(), [...diagnosed].sort());

    // The status bar counts the three states: accounted for ✓, insufficient !, missing ✗ (and undecided ?).
    const done = gdpr.items.length - open_.size;
    const undecided = count('undecided');
    assert.equal(api.statusText(), `$(checklist) GDPR ${done} ✓ ${count('insufficient')} ! ${count('missing')} ✗${undecided ? ` ${undecided} ?` : ''}`);

    const found = gdpr.items.find((i) => i.status === 'disclosed' && i.evidence.length > 0);
    assert.ok(found, 'at least one item is found with evidence');
    await vscode.commands.executeCommand('privacyPolicy.revealDisclosure', uri.toString(), found);
    const editor = await waitFor(() => {
      const e = vscode.window.activeTextEditor;
      return e && e.document.uri.toString() === uri.toString() && !e.selection.isEmpty ? e : false;
    }, 'the evidence to be selected', 10_000);
    assert.equal(editor.document.getText(editor.selection), found.evidence[0].text);

    await vscode.window.showTextDocument(editor.document);
    const report = await vscode.commands.executeCommand<vscode.TextDocument | undefined>('privacyPolicy.exportReport');
    assert.ok(report, 'the report opens as a document');
    assert.equal(report.languageId, 'markdown');
    assert.match(report.getText(), /^# Privacy Policy Disclosure Report/);
    assert.match(report.getText(), /checklist\.policy\.md/);
    assert.match(report.getText(), new RegExp(found.title.replace(/[()]/g, '.')));
    // The report is an unsaved document: close it without a save prompt.
    await vscode.window.showTextDocument(report);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
