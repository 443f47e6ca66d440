// The Disclosures view's row actions. Inserting a clause, answering the question that decides an
// item and waiving it are the quick fixes the server already offers on the item's diagnostic:
// the view asks the server for that item's quick fixes (ITEM_ACTIONS_REQUEST) and runs the chosen
// one, so a row and the light bulb always do the same thing (same clause, same place, same
// waiver input box).

import * as vscode from 'vscode';
import { State, type BaseLanguageClient } from 'vscode-languageclient';
import type { CodeAction as LspCodeAction } from 'vscode-languageclient';
import type { ChecklistItem, ItemActionsParams } from '../../server/src/protocol';
import { ITEM_ACTIONS_REQUEST, RECORD_FACT_COMMAND, WAIVE_COMMAND } from '../../server/src/protocol';

/** A row of the view, as the tree passes it to an inline action. */
export interface ItemRow {
  kind: 'item';
  uri: string;
  item: ChecklistItem;
}

function isRow(x: unknown): x is ItemRow {
  const r = x as ItemRow;
  return r?.kind === 'item' && typeof r.uri === 'string' && typeof r.item?.id === 'string';
}

let client: () => BaseLanguageClient | undefined = () => undefined;

export function registerRowActions(languageClient: () => BaseLanguageClient | undefined): vscode.Disposable[] {
  client = languageClient;
  // Each command receives the row it was clicked on; anything else (a palette call) does nothing.
  const on = (run: (row: ItemRow) => Promise<unknown>) => (row: unknown) => (isRow(row) ? run(row) : undefined);
  return [
    vscode.commands.registerCommand('privacyPolicy.disclosures.goToEvidence', on((row) => reveal(row.uri, row.item))),
    vscode.commands.registerCommand('privacyPolicy.disclosures.insertClause', on((row) => runQuickFix(row, (a) => /^Insert\b/.test(a.title) && !isFactAnswer(a) && !isWaiver(a)))),
    vscode.commands.registerCommand('privacyPolicy.disclosures.answer', on((row) => answer(row))),
    vscode.commands.registerCommand('privacyPolicy.disclosures.waive', on((row) => runQuickFix(row, isWaiver))),
  ];
}

/** Opens the draft and selects the item's first evidence sentence, or where it is reported missing. */
export async function reveal(uri: string, item: ChecklistItem): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const e = item.evidence[0];
  const range = e
    ? new vscode.Range(e.line, e.character, e.endLine, e.endCharacter)
    : new vscode.Range(item.anchor.line, item.anchor.character, item.anchor.line, item.anchor.character);
  const editor = await vscode.window.showTextDocument(doc, { preserveFocus: false });
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

function isWaiver(a: vscode.CodeAction): boolean {
  return a.command?.command === WAIVE_COMMAND;
}

function isFactAnswer(a: vscode.CodeAction): boolean {
  return a.command?.command === RECORD_FACT_COMMAND || /\(record\b/.test(a.title);
}

/** "Have you designated a DPO?": the item's answers as a quick pick, the chosen one recorded. */
async function answer(row: ItemRow): Promise<void> {
  const actions = await quickFixesOf(row);
  if (!actions) return;
  const answers = actions.filter(isFactAnswer);
  if (answers.length === 0) {
    void vscode.window.showInformationMessage(`Privacy Policy Linter: "${row.item.title}" has no open question now; it may already be decided.`);
    return;
  }
  const picked = await vscode.window.showQuickPick(
    answers.map((a) => ({ label: a.title.replace(/ \(record .*\)$/, ''), detail: a.title.match(/\((record .*)\)$/)?.[1], action: a })),
    { title: `${row.item.title}: does it apply?`, placeHolder: 'The answer is recorded in the processing profile and the item is checked again.' },
  );
  if (picked) await apply(picked.action);
}

async function runQuickFix(row: ItemRow, choose: (a: vscode.CodeAction) => boolean): Promise<void> {
  const actions = await quickFixesOf(row);
  if (!actions) return;
  const action = actions.find(choose);
  if (!action) {
    void vscode.window.showInformationMessage(`Privacy Policy Linter: that action is not available for "${row.item.title}" in the current draft.`);
    return;
  }
  await apply(action);
}

/** The quick fixes the server offers on the item in the current version, with the draft shown at the item's place. */
async function quickFixesOf(row: ItemRow): Promise<vscode.CodeAction[] | undefined> {
  await reveal(row.uri, row.item);
  const c = client();
  if (!c || c.state !== State.Running) {
    void vscode.window.showErrorMessage('Privacy Policy Linter: the checking server is not running; use "Privacy Policy: Restart Server".');
    return undefined;
  }
  const params: ItemActionsParams = { uri: row.uri, id: row.item.id };
  const result = await c.sendRequest<LspCodeAction[]>(ITEM_ACTIONS_REQUEST, params);
  const actions = await c.protocol2CodeConverter.asCodeActionResult(result ?? []);
  const list = actions.filter((a): a is vscode.CodeAction => a instanceof vscode.CodeAction);
  if (list.length === 0) void vscode.window.showInformationMessage(`Privacy Policy Linter: "${row.item.title}" is not reported in the current draft; nothing to do.`);
  return list.length > 0 ? list : undefined;
}

async function apply(action: vscode.CodeAction): Promise<void> {
  if (action.edit && !(await vscode.workspace.applyEdit(action.edit))) {
    void vscode.window.showWarningMessage('Privacy Policy Linter: the draft changed meanwhile; nothing was inserted. Try again.');
    return;
  }
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...((action.command.arguments ?? []) as unknown[]));
}
