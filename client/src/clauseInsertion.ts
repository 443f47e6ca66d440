// Inserting standard clauses (the quick fix of a missing item, "Insert all missing clauses"):
// the server sends the insertion as snippets, so that every blank ("[retention period…]") is a
// tab stop and Tab moves from one to the next; the first blank is selected. "Insert all" then
// says what it inserted and where. A document that changed since the fix was offered is
// refused: the edits' offsets were computed for that version.

import * as vscode from 'vscode';
import { INSERT_CLAUSES_COMMAND } from '../../server/src/protocol';
import type { ClauseInsertionRequest, InsertedClause } from '../../server/src/protocol';

/** How many inserted clauses the notification lists; all of them go to the output channel. */
const LISTED = 6;

export function registerClauseInsertionCommand(log: (line: string) => void): vscode.Disposable {
  return vscode.commands.registerCommand(INSERT_CLAUSES_COMMAND, (uri: unknown, version: unknown, request: unknown) => insertClauses(uri, version, request, log));
}

function isRequest(x: unknown): x is ClauseInsertionRequest {
  const r = x as ClauseInsertionRequest;
  return (
    typeof r?.title === 'string' &&
    Array.isArray(r.edits) &&
    r.edits.length > 0 &&
    r.edits.every((e) => typeof e?.start === 'number' && typeof e.end === 'number' && e.start <= e.end && typeof e.newText === 'string' && typeof e.snippet === 'string') &&
    Array.isArray(r.inserted)
  );
}

/** Where the edits apply; true when every edit lies inside the document. */
function inside(doc: vscode.TextDocument, request: ClauseInsertionRequest): boolean {
  const length = doc.getText().length;
  return request.edits.every((e) => e.start >= 0 && e.end <= length);
}

async function insertClauses(uri: unknown, version: unknown, request: unknown, log: (line: string) => void): Promise<boolean> {
  if (typeof uri !== 'string' || typeof version !== 'number' || !isRequest(request)) return false;
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
  if (!doc || doc.version !== version || !inside(doc, request)) {
    void vscode.window.showWarningMessage('Privacy Policy Linter: the draft changed since this fix was offered. Run it again from the current diagnostic.');
    return false;
  }
  // Snippets expand in the editor that shows the draft: bring it to the front.
  const editor = vscode.window.activeTextEditor?.document === doc ? vscode.window.activeTextEditor : await vscode.window.showTextDocument(doc);
  if (doc.version !== version) return false;
  const ranges = request.edits.map((e) => new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)));
  const edit = new vscode.WorkspaceEdit();
  if (typeof vscode.SnippetTextEdit === 'function') {
    edit.set(
      doc.uri,
      request.edits.map((e, i) => {
        const s = new vscode.SnippetTextEdit(ranges[i], new vscode.SnippetString(e.snippet));
        // The draft's text is written as it is: no indentation added to the clause's lines (VS Code ≥ 1.94 reads this).
        (s as { keepWhitespace?: boolean }).keepWhitespace = true;
        return s;
      }),
    );
  } else {
    edit.set(doc.uri, request.edits.map((e, i) => vscode.TextEdit.replace(ranges[i], e.newText)));
  }
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showWarningMessage('Privacy Policy Linter: the editor refused the insertion; the draft is unchanged.');
    return false;
  }
  selectFirstBlank(editor, request);
  if (request.report) reportInserted(editor.document, request.inserted, log);
  return true;
}

/**
 * The snippet session selects the first blank itself; where it did not (an older editor applied
 * plain text), select it here, so that typing fills it.
 */
function selectFirstBlank(editor: vscode.TextEditor, request: ClauseInsertionRequest): void {
  const b = request.firstBlank;
  if (!b) return;
  const doc = editor.document;
  const range = new vscode.Range(doc.positionAt(b.start), doc.positionAt(b.end));
  if (!editor.selection.isEqual(range)) editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** "Inserted 5 clauses: Retention, in the new section "8. …" (line 41); …" — lines as the editor numbers them. */
export function insertedMessage(inserted: InsertedClause[], path: string): { message: string; lines: string[] } {
  const lines = inserted.map((x) => `${x.title}: ${x.newSection ? 'new section' : 'in'} "${x.section}", line ${x.line + 1}`);
  const shown = lines.slice(0, LISTED).join('; ');
  const more = lines.length > LISTED ? `; and ${lines.length - LISTED} more (see the Privacy Policy Linter output)` : '';
  const message = `Inserted ${inserted.length} clause${inserted.length === 1 ? '' : 's'} into ${path}: ${shown}${more}. Fill the [bracketed] blanks: Tab moves to the next one.`;
  return { message, lines };
}

function reportInserted(doc: vscode.TextDocument, inserted: InsertedClause[], log: (line: string) => void): void {
  const { message, lines } = insertedMessage(inserted, vscode.workspace.asRelativePath(doc.uri));
  log(`Inserted into ${vscode.workspace.asRelativePath(doc.uri)}:`);
  for (const l of lines) log(`  ${l}`);
  void vscode.window.showInformationMessage(message);
}
