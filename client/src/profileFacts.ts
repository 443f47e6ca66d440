// "Record the fact" for a draft that takes its processing profile from `.privacy-policy.json`:
// the quick fix on a possibly-required item ("No DPO is designated") asks for this command with
// the file's URI, the fact and the answer. The edit is computed here, on the file's current text
// (it may be open with unsaved changes), and the file is saved: the server re-checks every draft
// when a project file changes on disk.

import * as vscode from 'vscode';
import { RECORD_FACT_COMMAND } from '../../server/src/protocol';
import { projectFileFactEdit } from '../../server/src/engine/fixes/projectFileEdit';

const FACTS = new Set(['dpo', 'transfers', 'indirectSources', 'automatedDecisions', 'children', 'sells']);

export function registerRecordFactCommand(): vscode.Disposable {
  return vscode.commands.registerCommand(RECORD_FACT_COMMAND, (uri: unknown, key: unknown, value: unknown) => recordFact(uri, key, value));
}

async function recordFact(uri: unknown, key: unknown, value: unknown): Promise<boolean> {
  if (typeof uri !== 'string' || typeof key !== 'string' || !FACTS.has(key) || typeof value !== 'boolean') return false;
  let doc: vscode.TextDocument;
  try {
    doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  } catch (e) {
    void vscode.window.showWarningMessage(`Privacy Policy Linter: .privacy-policy.json could not be opened (${(e as Error).message}); nothing was changed.`);
    return false;
  }
  const edits = projectFileFactEdit(doc.getText(), key, value);
  if (typeof edits === 'string') {
    void vscode.window.showWarningMessage(`Privacy Policy Linter: ${edits} Nothing was changed.`);
    return false;
  }
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(doc.uri, new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)), e.newText);
  if (!(await vscode.workspace.applyEdit(edit))) return false;
  const saved = await doc.save();
  if (saved) void vscode.window.setStatusBarMessage(`Privacy Policy Linter: recorded "${key}": ${value} in .privacy-policy.json`, 5000);
  return saved;
}
