// The language server: a thin adapter between LSP and the engine, the same for both entry
// points. `server/src/server.ts` starts it in Node (stdio or IPC), `server/src/browserServer.ts`
// in a browser's web worker (vscode.dev, github.dev); they differ only in the connection and
// in what `ServerPlatform` provides.

import {
  CancellationToken,
  CodeActionKind,
  Connection,
  Diagnostic,
  DidChangeConfigurationNotification,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache } from './analysisCache';
import type { AnalysisRunner } from './analysisRunner';
import { Analysis, completionStart, definitionAt, disclosureReportMarkdown, documentLinks, hoverAt, PolicyDocument, textHoverAt, textHoverNear } from '../engine';
import { setRuleDocsBase, toRange } from './convert';
import { reportNaming } from './reportNaming';
import { ClientAbilities, codeActionsFor, INSERT_ALL_KIND, itemActionsFor } from './codeActions';
import { documentSymbols, folding } from './symbols';
import { COMPLETION_TRIGGERS, completionList, isInvoked } from './completion';
import { DiagnosticsScheduler } from './diagnostics';
import { TERM_CAPABILITIES, registerTermHandlers } from './definedTerms';
import { ProjectFileFinder, type ProjectFileReader } from '../files/projectFileFinder';
import {
  CHECK_DOCUMENT_REQUEST,
  CheckDocumentParams,
  EXPORT_REPORT_REQUEST,
  ExportReportParams,
  ExportReportResult,
  DIAGNOSTIC_SOURCE,
  DiagnosticData,
  FORGET_DOCUMENT_NOTIFICATION,
  ITEM_ACTIONS_REQUEST,
  ItemActionsParams,
} from '../protocol';

/** What differs between the Node server and the web worker server. */
export interface ServerPlatform {
  /** Reads a `.privacy-policy.json` candidate (a URI): from disk, or through the client. */
  readProjectFile: ProjectFileReader;
  /** A URI as messages print it: its path where it has one (the report makes it relative, see reportNaming). */
  documentName(uri: string): string;
  /** Where checks run: a worker thread in Node; by default this thread, in slices (a web worker). */
  runner?: AnalysisRunner;
}

/** Registers every handler on `connection` and starts listening. */
export function startLanguageServer(connection: Connection, platform: ServerPlatform): void {
  // Route stray console output to the client's output channel, never to stdout (the LSP stream).
  console.log = (...a: unknown[]) => connection.console.log(a.map(String).join(' '));
  console.error = (...a: unknown[]) => connection.console.error(a.map(String).join(' '));

  const documents = new TextDocuments(TextDocument);
  /** Documents the user asked to check although the include setting does not select them. */
  const onRequest = new Map<string, TextDocument>();
  const current = (uri: string) => documents.get(uri) ?? onRequest.get(uri);

  let canAskConfiguration = false;
  let workspaceRoots: string[] = [];
  let debounceMs = 200;
  const clientAbilities: ClientAbilities = {};

  const cache = new AnalysisCache(connection, () => canAskConfiguration, () => workspaceRoots, new ProjectFileFinder(platform.readProjectFile), platform.runner);
  let scheduler: DiagnosticsScheduler;

  connection.onInitialize((params) => {
    canAskConfiguration = !!params.capabilities.workspace?.configuration;
    workspaceRoots = (params.workspaceFolders ?? []).map((f) => f.uri);
    const init = (params.initializationOptions ?? {}) as { debounceMs?: unknown; ruleDocsBase?: unknown; clauseSnippets?: unknown };
    if (typeof init.debounceMs === 'number' && init.debounceMs >= 0 && init.debounceMs <= 5000) debounceMs = init.debounceMs;
    setRuleDocsBase(init.ruleDocsBase);
    clientAbilities.clauseSnippets = init.clauseSnippets === true;
    scheduler = new DiagnosticsScheduler(connection, cache, current, debounceMs);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, INSERT_ALL_KIND], resolveProvider: false },
        documentSymbolProvider: { label: 'Privacy policy sections' },
        hoverProvider: true,
        documentLinkProvider: { resolveProvider: false },
        definitionProvider: true,
        foldingRangeProvider: true,
        completionProvider: { triggerCharacters: COMPLETION_TRIGGERS, resolveProvider: false },
        ...TERM_CAPABILITIES,
      },
      serverInfo: { name: 'Privacy Policy Linter' },
    };
  });

  connection.onInitialized(() => {
    if (canAskConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'privacyPolicy' });
  });

  function recheckAll(): void {
    cache.invalidateSettings();
    for (const d of documents.all()) scheduler.schedule(d, true);
    for (const d of onRequest.values()) scheduler.schedule(d, true);
  }

  connection.onDidChangeConfiguration(() => recheckAll());
  connection.onDidChangeWatchedFiles(() => {
    cache.projectFiles.clear();
    recheckAll();
  });

  documents.onDidOpen((e) => scheduler.schedule(e.document, true));
  documents.onDidChangeContent(async (e) => {
    const s = await cache.settingsFor(e.document.uri);
    if (s.run === 'onType') scheduler.schedule(e.document);
  });
  documents.onDidSave((e) => scheduler.schedule(e.document, true));
  documents.onDidClose((e) => {
    cache.forget(e.document.uri);
    scheduler.clear(e.document.uri);
  });

  connection.onRequest(CHECK_DOCUMENT_REQUEST, (p: CheckDocumentParams) => {
    if (documents.get(p.uri)) {
      scheduler.schedule(documents.get(p.uri)!, true);
      return true;
    }
    const doc = TextDocument.create(p.uri, p.languageId, p.version, p.text);
    onRequest.set(p.uri, doc);
    scheduler.schedule(doc, true);
    return true;
  });
  connection.onNotification(FORGET_DOCUMENT_NOTIFICATION, (p: { uri: string }) => {
    if (!onRequest.delete(p.uri)) return;
    cache.forget(p.uri);
    scheduler.clear(p.uri);
  });

  /** Runs `answer` on the current version's analysis; a cancelled or failed request answers `empty`. */
  async function withAnalysis<T>(uri: string, token: CancellationToken, empty: T, answer: (doc: TextDocument, a: Analysis) => T): Promise<T> {
    const doc = current(uri);
    if (!doc) return empty;
    try {
      const analysis = await cache.get(doc, token);
      if (token.isCancellationRequested) return empty;
      return answer(doc, analysis);
    } catch (e) {
      if ((e as Error)?.name !== 'CancelledError') connection.console.error(`Request on ${uri} failed: ${(e as Error)?.stack ?? String(e)}`);
      return empty;
    }
  }

  // A quick fix belongs to a diagnostic of the current version, which exists only once that
  // version's check has finished (so the analysis is already there); a request with no such
  // diagnostic (VS Code asks on every cursor move) is answered at once, without starting a check.
  connection.onCodeAction((params, token) => {
    const doc = current(params.textDocument.uri);
    if (!doc || !(hasCurrentDiagnostic(doc, params.context.diagnostics) || wantsSourceAction(params.context.only))) return [];
    return cache.settingsFor(doc.uri).then((s) => withAnalysis(params.textDocument.uri, token, [], (d, a) => codeActionsFor(d, a, params, { projectFileUri: s.projectFileUri }, clientAbilities)));
  });
  // Clause completion: the line is read first (`-` is typed in prose all the time); only a `pp-`
  // or an empty line waits for the check, which says which items are missing.
  connection.onCompletion((params, token) => {
    const doc = current(params.textDocument.uri);
    if (!doc) return null;
    const offset = doc.offsetAt(params.position);
    const version = doc.version;
    if (completionStart(doc.getText(), offset, isInvoked(params)) === undefined) return null;
    // Typed on while the check ran: this offset belongs to an older text (the editor asks again).
    return withAnalysis(doc.uri, token, null, (d, a) => (d.version === version ? completionList(d, a, offset, isInvoked(params)) : null));
  });
  connection.onRequest(ITEM_ACTIONS_REQUEST, (p: ItemActionsParams, token: CancellationToken) =>
    cache.settingsFor(p.uri).then((s) => withAnalysis(p.uri, token, [], (d, a) => itemActionsFor(d, a, p.id, { projectFileUri: s.projectFileUri }, clientAbilities))),
  );
  // Article references and terms need the text only: answered from the model (or, before it is
  // built, from the paragraph around the position) even while this version's check is running.
  // Only a hover on an evidence sentence waits for the check.
  connection.onHover(async (params, token) => {
    const doc = current(params.textDocument.uri);
    if (!doc) return null;
    try {
      const offset = doc.offsetAt(params.position);
      const ready = cache.peek(doc);
      const model = cache.builtModel(doc);
      const h = ready
        ? hoverAt(ready, offset)
        : (model ? textHoverAt(model, offset) : textHoverNear(doc.getText(), offset)) ?? (await withAnalysis(doc.uri, token, undefined, (_d, a) => hoverAt(a, offset)));
      return h ? { contents: { kind: 'markdown' as const, value: h.markdown }, range: toRange(doc, h.start, h.end) } : null;
    } catch (e) {
      connection.console.error(`Hover on ${doc.uri} failed: ${(e as Error)?.stack ?? String(e)}`);
      return null;
    }
  });
  // Links, outline and folding need the text only.
  connection.onDocumentLinks((params) =>
    withModel(params.textDocument.uri, [], (doc, model) =>
      documentLinks({ doc: model }).map((l) => ({ range: toRange(doc, l.start, l.end), target: l.target ?? lineLink(doc, l.targetOffset ?? 0), tooltip: l.tooltip })),
    ),
  );
  // Go to definition needs the text only (a reference leads to its section).
  connection.onDefinition((params) =>
    withModel(params.textDocument.uri, [], (doc, model) =>
      definitionAt({ doc: model }, doc.offsetAt(params.position)).map((t) => ({ uri: doc.uri, range: toRange(doc, t.start, t.end) })),
    ),
  );
  connection.onDocumentSymbol((params) => withModel(params.textDocument.uri, [], (doc, model) => documentSymbols(doc, model)));
  connection.onFoldingRanges((params) => withModel(params.textDocument.uri, [], (_doc, model) => folding(model)));
  registerTermHandlers(connection, withModel);
  connection.onRequest(EXPORT_REPORT_REQUEST, (p: ExportReportParams, token: CancellationToken) =>
    withAnalysis<ExportReportResult | null>(p.uri, token, null, (doc, a) => ({
      markdown: disclosureReportMarkdown(a, { ...reportNaming(doc.uri, workspaceRoots, (u) => platform.documentName(u)), date: new Date().toISOString().slice(0, 10) }),
    })),
  );

  /** Runs `answer` on the current version's document model; a failure answers `empty`. */
  function withModel<T>(uri: string, empty: T, answer: (doc: TextDocument, model: PolicyDocument) => T): T {
    const doc = current(uri);
    if (!doc) return empty;
    try {
      return answer(doc, cache.model(doc));
    } catch (e) {
      connection.console.error(`Request on ${uri} failed: ${(e as Error)?.stack ?? String(e)}`);
      return empty;
    }
  }

  /** A link to a line of the same document: VS Code opens `file:…#L12` at line 12. */
  function lineLink(doc: TextDocument, offset: number): string {
    return `${doc.uri}#L${doc.positionAt(offset).line + 1}`;
  }

  function hasCurrentDiagnostic(doc: TextDocument, diagnostics: Diagnostic[]): boolean {
    return diagnostics.some((d) => d.source === DIAGNOSTIC_SOURCE && (d.data as DiagnosticData | undefined)?.version === doc.version);
  }

  /** The Source Action menu asks with `only: ["source"]`; the light bulb never shows source actions. */
  function wantsSourceAction(only: string[] | undefined): boolean {
    return !!only && only.some((k) => INSERT_ALL_KIND === k || INSERT_ALL_KIND.startsWith(`${k}.`));
  }

  documents.listen(connection);
  connection.listen();
}
