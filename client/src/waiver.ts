// "Mark as not applicable": asks the drafter why the item does not apply, then writes the waiver
// comment with that reason. No reason (or a placeholder such as "[reason]") writes nothing: a
// waiver without its reason waives nothing. A document that changed since the quick fix was
// offered is refused: the comment's place was computed for that version.

import * as vscode from 'vscode';
import { isPlaceholderReason, WAIVE_COMMAND, waiverEdit } from '../../server/src/protocol';
import type { WaiverRequest } from '../../server/src/protocol';

export function registerWaiverCommand(): vscode.Disposable {
  return vscode.commands.registerCommand(WAIVE_COMMAND, (uri: unknown, version: unknown, request: unknown) => waive(uri, version, request));
}

function isRequest(x: unknown): x is WaiverRequest {
  const r = x as WaiverRequest;
  return typeof r?.ruleId === 'string' && typeof r.ruleTitle === 'string' && typeof r.edit?.start === 'number' && typeof r.edit.end === 'number' && typeof r.edit.newText === 'string';
}

async function waive(uri: unknown, version: unknown, request: unknown): Promise<boolean> {
  if (typeof uri !== 'string' || typeof version !== 'number' || !isRequest(request)) return false;
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
  if (!doc || doc.version !== version) {
    void vscode.window.showWarningMessage('Privacy Policy Linter: the draft changed since this quick fix was offered. Run it again from the current diagnostic.');
    return false;
  }
  const reason = await vscode.window.showInputBox({
    title: `Mark "${request.ruleTitle}" as not applicable`,
    prompt: 'Why does this requirement not apply to this notice? The reason is recorded in the draft and shown in the disclosure report.',
    placeHolder: 'e.g. no data protection officer is designated (Art. 37 does not apply)',
    ignoreFocusOut: true,
    validateInput: (v) => (isPlaceholderReason(v) ? 'Enter the reason: a waiver without its reason waives nothing.' : undefined),
  });
  if (reason === undefined || isPlaceholderReason(reason)) return false; // cancelled: nothing written
  if (doc.version !== version) {
    void vscode.window.showWarningMessage('Privacy Policy Linter: the draft changed while you typed the reason. Run the quick fix again.');
    return false;
  }
  const e = waiverEdit(request, reason);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)), e.newText);
  return vscode.workspace.applyEdit(edit);
}
