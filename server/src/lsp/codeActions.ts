// Quick fixes: the engine gives them for a finding (fixesFor); here they become version-guarded
// workspace edits. A diagnostic from an older version gets no action (its offsets are stale).

import { CodeAction, CodeActionKind, CodeActionParams, Diagnostic, TextDocumentEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis, FactTarget, factFixesFor, Fix, fixesFor, insertAllMissingFix, WAIVE_COMMAND } from '../engine';
import { DIAGNOSTIC_SOURCE, DiagnosticData } from '../protocol';
import { toDiagnostic, toRange } from './convert';

/** `facts`: where a possibly-required item's answer is recorded (the draft's project file, if any). */
export function codeActionsFor(doc: TextDocument, analysis: Analysis, params: CodeActionParams, facts: FactTarget = {}): CodeAction[] {
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    for (const diagnostic of params.context.diagnostics) {
      if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
      const data = diagnostic.data as DiagnosticData | undefined;
      if (!data || data.version !== doc.version) continue; // stale: refuse
      const finding = analysis.report.findings.find((f) => f.code === diagnostic.code && f.start === data.start && f.end === data.end);
      if (!finding) continue;
      // The answers to "does this apply?" first: they decide whether the item is needed at all.
      for (const fix of factFixesFor(analysis, finding, facts)) actions.push(toCodeAction(doc, fix, CodeActionKind.QuickFix, diagnostic));
      for (const fix of fixesFor(analysis, finding)) actions.push(toCodeAction(doc, fix, CodeActionKind.QuickFix, diagnostic));
    }
  }
  if (wants(INSERT_ALL_KIND)) {
    const all = insertAllMissingFix(analysis);
    if (all) actions.push(toCodeAction(doc, all, INSERT_ALL_KIND));
  }
  return actions;
}

/** The quick fixes of one checklist item: those of its finding in this version (none if it is not reported). */
export function itemActionsFor(doc: TextDocument, analysis: Analysis, id: string, facts: FactTarget = {}): CodeAction[] {
  const finding = analysis.report.findings.find((f) => f.code === id);
  if (!finding) return [];
  const diagnostic = toDiagnostic(doc, finding);
  return codeActionsFor(doc, analysis, { textDocument: { uri: doc.uri }, range: diagnostic.range, context: { diagnostics: [diagnostic], only: [CodeActionKind.QuickFix] } }, facts);
}

/** A source action: "Insert All Missing Clauses" (also reachable from the Source Action menu). */
export const INSERT_ALL_KIND = `${CodeActionKind.Source}.privacyPolicy.insertMissingClauses`;

export function toCodeAction(doc: TextDocument, fix: Fix, kind: string, diagnostic?: Diagnostic): CodeAction {
  const action: CodeAction = { title: fix.title, kind };
  if (diagnostic) action.diagnostics = [diagnostic];
  if (fix.isPreferred) action.isPreferred = true;
  if (fix.edits.length > 0) {
    // documentChanges with the version: the client refuses the edit if the document moved on.
    const edit = TextDocumentEdit.create(
      { uri: doc.uri, version: doc.version },
      fix.edits.map((e) => ({ range: toRange(doc, e.start, e.end), newText: e.newText })),
    );
    action.edit = { documentChanges: [edit] };
  }
  if (fix.command) {
    // The waiver command edits the document itself: it gets the document and the version it was computed for.
    const args = fix.command.id === WAIVE_COMMAND ? [doc.uri, doc.version, ...fix.command.args] : fix.command.args;
    action.command = { title: fix.command.title, command: fix.command.id, arguments: args };
  }
  return action;
}
