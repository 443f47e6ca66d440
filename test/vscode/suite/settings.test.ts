/// <reference types="mocha" />
// Turning a rule off in the settings removes its diagnostics at once, and only its own;
// turning it back on brings them back.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, codeOf, DRAFT, open, waitForDiagnostics } from './helpers';

const CODE = 'gdpr/right-complaint';

describe('Settings', () => {
  const config = () => vscode.workspace.getConfiguration('privacyPolicy');
  after(async () => {
    await config().update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    await closeAll();
  });

  it(`privacyPolicy.rules {"${CODE}": "off"} removes its diagnostics and keeps the others`, async () => {
    const editor = await open(DRAFT);
    const uri = editor.document.uri;
    const before = await waitForDiagnostics(uri, (ds) => ds.some((d) => codeOf(d) === CODE), `a ${CODE} diagnostic`);
    const others = before.filter((d) => codeOf(d) !== CODE).map(codeOf).sort();
    assert.ok(others.length > 0, 'the draft should have other findings too, to show they stay');

    await config().update('rules', { [CODE]: 'off' }, vscode.ConfigurationTarget.Workspace);
    const offRows = await waitForDiagnostics(uri, (ds) => !ds.some((d) => codeOf(d) === CODE), `${CODE} to disappear once switched off`);
    assert.deepEqual(offRows.map(codeOf).sort(), others, 'switching one rule off changed other diagnostics');

    await config().update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(uri, (ds) => ds.some((d) => codeOf(d) === CODE), `${CODE} to come back once the setting is removed`);
  });
});
