// Clause completion over LSP: the engine's suggestions (features/completion.ts) as snippet
// completion items that replace the typed `pp-…`. Triggered by `-`, so that the clauses appear
// while typing `pp-` even where the editor's quick suggestions are off (Markdown, plain text).

import { CompletionItem, CompletionItemKind, CompletionList, CompletionParams, CompletionTriggerKind, InsertTextFormat, MarkupKind } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis, clauseCompletions } from '../engine';
import { toRange } from './convert';

export const COMPLETION_TRIGGERS = ['-'];

/** Whether the request is one the drafter made (Ctrl+Space) rather than a typed trigger character. */
export function isInvoked(params: CompletionParams): boolean {
  return params.context?.triggerKind !== CompletionTriggerKind.TriggerCharacter;
}

export function completionList(doc: TextDocument, analysis: Analysis, offset: number, invoked: boolean): CompletionList | null {
  const found = clauseCompletions(analysis, offset, invoked);
  if (!found) return null;
  const range = toRange(doc, found.start, found.end);
  const items: CompletionItem[] = found.items.map((c) => ({
    label: c.label,
    labelDetails: { description: c.title },
    kind: CompletionItemKind.Snippet,
    detail: c.detail,
    documentation: { kind: MarkupKind.PlainText, value: c.documentation },
    sortText: c.sortText,
    filterText: c.label,
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: { range, newText: c.snippet },
  }));
  return { isIncomplete: false, items };
}
