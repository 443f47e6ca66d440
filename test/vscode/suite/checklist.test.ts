/// <reference types="mocha" />
// The Disclosures checklist, its status bar count, "reveal" and the exported report (saved beside
// the draft, also from the walkthrough), as the user sees them in the real editor.
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
    assert.ok(report, 'the report is written');
    // Saved beside the draft as <draft>.report.md, and opened in the Markdown preview.
    assert.equal(report.uri.toString(), vscode.Uri.joinPath(uri, '..', 'checklist.policy.report.md').toString());
    assert.equal(report.isDirty, false);
    const saved = new TextDecoder().decode(await vscode.workspace.fs.readFile(report.uri));
    assert.match(saved, /^<!-- privacy-policy-linter: disclosure report -->\n# Privacy Policy Disclosure Report/);
    assert.match(saved, /\*\*Document:\*\* scratch\/checklist\.policy\.md\n/, 'named relative to the workspace folder');
    assert.match(saved, new RegExp(found.title.replace(/[()]/g, '.')));
    // The status bar's figures are the summary table's.
    assert.match(saved, new RegExp(`\\| GDPR \\| ${done} \\| ${count('insufficient')} \\| ${count('missing')} \\| ${undecided} \\|`));
    assert.ok(!saved.includes(uri.fsPath.slice(0, uri.fsPath.lastIndexOf('/'))), 'no absolute path of the disk');

    // From the walkthrough no text editor is active: the export takes the draft last worked on.
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${EXTENSION_ID}#privacyPolicy.gettingStarted`, false);
    await waitFor(() => vscode.window.activeTextEditor === undefined || undefined, 'the walkthrough in front', 10_000);
    await vscode.workspace.fs.delete(report.uri);
    const again = await vscode.commands.executeCommand<vscode.TextDocument | undefined>('privacyPolicy.exportReport');
    assert.ok(again, 'exported from the walkthrough');
    assert.equal(again.uri.toString(), report.uri.toString());

    // The report is not checked as a draft (the protocol suite proves it without a race).
    assert.deepEqual(vscode.languages.getDiagnostics(report.uri), []);
  });
});
