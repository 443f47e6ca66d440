// "Export Disclosure Report": asks the server for the Markdown report of the active draft and
// opens it as a new, unsaved Markdown document the lawyer can review, save and send.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { EXPORT_REPORT_REQUEST, ExportReportResult } from '../../server/src/protocol';

export function registerExportReport(context: vscode.ExtensionContext, client: () => BaseLanguageClient | undefined): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('privacyPolicy.exportReport', async () => {
      const editor = vscode.window.activeTextEditor;
      const c = client();
      if (!editor || !c) {
        void vscode.window.showInformationMessage('Privacy Policy Linter: open a checked draft first.');
        return undefined;
      }
      const result = await c.sendRequest<ExportReportResult | null>(EXPORT_REPORT_REQUEST, { uri: editor.document.uri.toString() });
      if (!result) {
        void vscode.window.showInformationMessage('Privacy Policy Linter: this document is not checked; run "Privacy Policy: Check This Document" first.');
        return undefined;
      }
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: result.markdown });
      await vscode.window.showTextDocument(doc, { preview: false });
      return doc;
    }),
  );
}
