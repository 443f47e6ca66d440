// LSP handlers for the draft's defined terms: find all references and rename (with
// prepareRename); go to definition is the server's one handler (engine/features/definition.ts
// tries defined terms, then cross-references). They need the text only, so they answer from the
// document model, even while the check of the same version runs.

import { Connection, ErrorCodes, Location, ResponseError, WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { PolicyDocument, prepareTermRename, renameTerm, termReferencesAt } from '../engine';
import { toRange } from './convert';

/** The capabilities these handlers add to the server's `initialize` answer. */
export const TERM_CAPABILITIES = {
  referencesProvider: true,
  renameProvider: { prepareProvider: true },
} as const;

/** Runs `answer` on the current version's model of `uri` (the server's own helper: `empty` when there is none or it fails). */
type WithModel = <T>(uri: string, empty: T, answer: (doc: TextDocument, model: PolicyDocument) => T) => T;

export function registerTermHandlers(connection: Connection, withModel: WithModel): void {
  connection.onReferences((p) =>
    withModel<Location[]>(p.textDocument.uri, [], (doc, model) =>
      (termReferencesAt(model, doc.offsetAt(p.position), p.context.includeDeclaration) ?? []).map((r) => ({ uri: doc.uri, range: toRange(doc, r.start, r.end) })),
    ),
  );
  // A refusal is a ResponseError: VS Code shows its message to the user ("You cannot rename …").
  connection.onPrepareRename((p) =>
    withModel(p.textDocument.uri, new ResponseError<void>(ErrorCodes.InvalidRequest, 'This document is not open.'), (doc, model) => {
      const r = prepareTermRename(model, doc.offsetAt(p.position));
      return r.ok ? { range: toRange(doc, r.range.start, r.range.end), placeholder: r.placeholder } : new ResponseError<void>(ErrorCodes.InvalidRequest, r.message);
    }),
  );
  connection.onRenameRequest((p) =>
    withModel<WorkspaceEdit | ResponseError<void>>(p.textDocument.uri, new ResponseError<void>(ErrorCodes.InvalidRequest, 'This document is not open.'), (doc, model) => {
      const r = renameTerm(model, doc.offsetAt(p.position), p.newName);
      if (!r.ok) return new ResponseError<void>(ErrorCodes.InvalidRequest, r.message);
      return { changes: { [doc.uri]: r.edits.map((e) => ({ range: toRange(doc, e.start, e.end), newText: e.newText })) } };
    }),
  );
}
