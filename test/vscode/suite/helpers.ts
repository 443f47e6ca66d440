/// <reference types="mocha" />
// Shared steps of the integration tests, which run inside the real extension host. Waits
// poll a condition (diagnostics present, hover returned) with a timeout and a message that
// says what never happened; nothing sleeps for a fixed time.
import * as vscode from 'vscode';
import { analyze, Severity } from '../../../server/src/engine';
import { waitFor } from '../harness/wait';

export const SOURCE = 'privacy-policy';
export const EXTENSION_ID = 'privacy-policy-linter.privacy-policy-linter';
export const DRAFT = 'drafts/complaint-missing.policy.md';

export function workspaceRoot(): vscode.Uri {
  const f = vscode.workspace.workspaceFolders?.[0];
  if (!f) throw new Error('The editor opened no workspace folder');
  return f.uri;
}

export function wsUri(rel: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...rel.split('/'));
}

export async function open(rel: string | vscode.Uri): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(typeof rel === 'string' ? wsUri(rel) : rel);
  return vscode.window.showTextDocument(doc, { preview: false });
}

/** A fresh copy of a workspace file, so a test may edit it without disturbing the others. */
export async function copyOf(rel: string, name: string): Promise<vscode.Uri> {
  const target = wsUri(`scratch/${name}`);
  await vscode.workspace.fs.copy(wsUri(rel), target, { overwrite: true });
  return target;
}

/** Closes every editor; edited scratch copies are saved first so that no save prompt blocks. */
export async function closeAll(): Promise<void> {
  // Untitled documents cannot be saved without a dialog: revert and close them instead.
  for (const d of vscode.workspace.textDocuments.filter((x) => x.isUntitled && x.isDirty)) {
    await vscode.window.showTextDocument(d);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await Promise.all(vscode.workspace.textDocuments.filter((d) => d.isDirty && !d.isUntitled).map((d) => d.save()));
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

export function codeOf(d: vscode.Diagnostic): string {
  const c = d.code;
  if (c === undefined) return '';
  return typeof c === 'object' ? String(c.value) : String(c);
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

export function waitForDiagnostics(
  uri: vscode.Uri,
  ok: (ds: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = 30_000,
): Promise<vscode.Diagnostic[]> {
  return waitFor(
    () => {
      const ds = ours(uri);
      return ok(ds) ? ds : false;
    },
    `${what} in ${vscode.workspace.asRelativePath(uri)} (now: ${ours(uri).map(codeOf).join(', ') || 'none'})`,
    timeoutMs,
  );
}

export const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export interface Row {
  code: string;
  severity: string;
  line: number;
}

const rowKey = (r: Row) => `${String(r.line).padStart(5, '0')} ${r.code} ${r.severity}`;
export const sortRows = (rows: Row[]) => [...rows].sort((a, b) => rowKey(a).localeCompare(rowKey(b)));

export function rowsOf(ds: vscode.Diagnostic[]): Row[] {
  return sortRows(ds.map((d) => ({ code: codeOf(d), severity: vscode.DiagnosticSeverity[d.severity], line: d.range.start.line })));
}

/**
 * What the editor must show for a document: the engine's own findings for the same text, the
 * same settings (as the language server receives them) and the same format (a .md file is
 * Markdown, a .txt file plain text).
 */
export function expectedRows(doc: vscode.TextDocument): Row[] {
  const settings = JSON.parse(JSON.stringify(vscode.workspace.getConfiguration('privacyPolicy', doc.uri))) as Record<string, unknown>;
  const format = /\.(md|markdown)$/i.test(doc.uri.path) ? 'markdown' : /\.txt$/i.test(doc.uri.path) ? 'plaintext' : undefined;
  const { report } = analyze({ text: doc.getText(), format, config: { settings } });
  return sortRows(
    report.findings.map((f) => ({ code: f.code, severity: vscode.DiagnosticSeverity[SEVERITY[f.severity]], line: f.line })),
  );
}

/** The plain text of hover contents, whatever form each part has. */
export function hoverText(hovers: vscode.Hover[]): string {
  const parts: string[] = [];
  for (const h of hovers) {
    for (const c of h.contents) {
      if (typeof c === 'string') parts.push(c);
      else if (c instanceof vscode.MarkdownString) parts.push(c.value);
      else parts.push((c as { value: string }).value);
    }
  }
  return parts.join('\n');
}
