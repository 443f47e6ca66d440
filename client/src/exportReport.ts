// "Export Disclosure Report": asks the server for the Markdown report of a draft, saves it beside
// the draft as `<draft>.report.md` and opens it in the Markdown preview, ready to send or file.
//
// Which draft: the one given (a URI argument), else the active editor's, else the draft the user
// last worked on. The last matters when the command runs from the walkthrough or another view,
// where no text editor is active (exporting from the walkthrough used to fail for that reason).
// A file that is already there is overwritten only if it is a report we wrote; anything else is
// overwritten only when the user says so, and the draft itself never.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { EXPORT_REPORT_REQUEST, ExportReportResult } from '../../server/src/protocol';
import { isDisclosureReport, reportPathFor } from '../../server/src/engine/report/marker';

const DRAFT_LANGUAGES = new Set(['privacy-policy', 'markdown', 'plaintext']);

function isDraft(doc: vscode.TextDocument): boolean {
  // The first line says whether it is one of our reports (no copy of a long draft's whole text).
  return DRAFT_LANGUAGES.has(doc.languageId) && doc.uri.scheme !== 'output' && !(doc.lineCount > 0 && isDisclosureReport(doc.lineAt(0).text));
}

export function registerExportReport(context: vscode.ExtensionContext, client: () => BaseLanguageClient | undefined): void {
  let lastDraft: vscode.Uri | undefined = vscode.window.activeTextEditor && isDraft(vscode.window.activeTextEditor.document) ? vscode.window.activeTextEditor.document.uri : undefined;
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor((e) => {
      if (e && isDraft(e.document)) lastDraft = e.document.uri;
    }),
    vscode.workspace.onDidCloseTextDocument((d) => {
      if (lastDraft && d.uri.toString() === lastDraft.toString()) lastDraft = undefined;
    }),
    vscode.commands.registerCommand('privacyPolicy.exportReport', async (arg?: unknown) => {
      const target = targetDraft(arg, lastDraft);
      const c = client();
      if (!target || !c) {
        void vscode.window.showInformationMessage('Privacy Policy Linter: open the draft you want a report of, then run "Export Disclosure Report" again.');
        return undefined;
      }
      const result = await c.sendRequest<ExportReportResult | null>(EXPORT_REPORT_REQUEST, { uri: target.toString() });
      if (!result) {
        void vscode.window.showInformationMessage('Privacy Policy Linter: this document is not checked; run "Privacy Policy: Check This Document" first.');
        return undefined;
      }
      return saveAndPreview(target, result.markdown);
    }),
  );
}

function targetDraft(arg: unknown, lastDraft: vscode.Uri | undefined): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  if (typeof arg === 'string' && arg.length > 0) {
    try {
      return vscode.Uri.parse(arg, true);
    } catch {
      return undefined;
    }
  }
  const active = vscode.window.activeTextEditor?.document;
  if (active && isDraft(active)) return active.uri;
  if (lastDraft) return lastDraft;
  // One draft on screen (in a split, beside the walkthrough): that one.
  const visible = vscode.window.visibleTextEditors.map((e) => e.document).filter(isDraft);
  return visible.length === 1 ? visible[0].uri : undefined;
}

/** `privacy.md` → `privacy.report.md`, beside it; undefined for an unsaved draft (no folder). */
export function reportUriFor(draft: vscode.Uri): vscode.Uri | undefined {
  if (draft.scheme === 'untitled') return undefined;
  const p = reportPathFor(draft.path);
  return p === undefined ? undefined : draft.with({ path: p, query: '', fragment: '' });
}

async function saveAndPreview(draft: vscode.Uri, markdown: string): Promise<vscode.TextDocument | undefined> {
  const target = reportUriFor(draft);
  if (!target || target.toString() === draft.toString()) return openUnsaved(markdown, 'The draft is not saved yet, so the report opens unsaved; save it where you like.');
  if (!(await mayWrite(target))) return undefined;
  try {
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(markdown));
  } catch (e) {
    return openUnsaved(markdown, `The report could not be saved beside the draft (${(e as Error).message}); it opens unsaved.`);
  }
  const doc = await vscode.workspace.openTextDocument(target);
  await vscode.commands.executeCommand('markdown.showPreview', target);
  void vscode.window.setStatusBarMessage(`Disclosure report saved as ${vscode.workspace.asRelativePath(target, false)}`, 8000);
  return doc;
}

/** A file already there is replaced without asking only if it is one of our reports. */
async function mayWrite(target: vscode.Uri): Promise<boolean> {
  let existing: Uint8Array;
  try {
    existing = await vscode.workspace.fs.readFile(target);
  } catch {
    return true; // no such file
  }
  if (isDisclosureReport(new TextDecoder().decode(existing.subarray(0, 256)))) return true;
  const name = target.path.slice(target.path.lastIndexOf('/') + 1);
  const answer = await vscode.window.showWarningMessage(
    `"${name}" already exists and is not a disclosure report written by Privacy Policy Linter. Replace it with the report?`,
    { modal: true },
    'Replace',
  );
  return answer === 'Replace';
}

async function openUnsaved(markdown: string, why: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: markdown });
  await vscode.window.showTextDocument(doc, { preview: false });
  void vscode.window.showInformationMessage(`Privacy Policy Linter: ${why}`);
  return doc;
}
