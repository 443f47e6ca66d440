// The language server: a thin adapter between LSP and the engine. `node dist/server.js
// --stdio` speaks LSP over stdio; started by the client it uses IPC.

import {
  CancellationToken,
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache } from './lsp/analysisCache';
import { Analysis, disclosureReportMarkdown, documentLinks, hoverAt } from './engine';
import { toRange } from './lsp/convert';
import { codeActionsFor, INSERT_ALL_KIND } from './lsp/codeActions';
import { documentSymbols, folding } from './lsp/symbols';
import { DiagnosticsScheduler } from './lsp/diagnostics';
import { uriToPath } from './lsp/uri';
import {
  CHECK_DOCUMENT_REQUEST,
  CheckDocumentParams,
  EXPORT_REPORT_REQUEST,
  ExportReportParams,
  ExportReportResult,
  FORGET_DOCUMENT_NOTIFICATION,
} from './protocol';

const connection = createConnection(ProposedFeatures.all);
// Route stray console output to the client's output channel, never to stdout (the LSP stream).
console.log = (...a: unknown[]) => connection.console.log(a.map(String).join(' '));
console.error = (...a: unknown[]) => connection.console.error(a.map(String).join(' '));
process.on('unhandledRejection', (e) => connection.console.error(`Unhandled rejection: ${(e as Error)?.stack ?? e}`));

const documents = new TextDocuments(TextDocument);
/** Documents the user asked to check although the include setting does not select them. */
const onRequest = new Map<string, TextDocument>();
const current = (uri: string) => documents.get(uri) ?? onRequest.get(uri);

let canAskConfiguration = false;
let workspaceRoots: string[] = [];
let debounceMs = 200;

const cache = new AnalysisCache(connection, () => canAskConfiguration, () => workspaceRoots);
let scheduler: DiagnosticsScheduler;

connection.onInitialize((params) => {
  canAskConfiguration = !!params.capabilities.workspace?.configuration;
  workspaceRoots = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
  const init = (params.initializationOptions ?? {}) as { debounceMs?: unknown };
  if (typeof init.debounceMs === 'number' && init.debounceMs >= 0 && init.debounceMs <= 5000) debounceMs = init.debounceMs;
  scheduler = new DiagnosticsScheduler(connection, cache, current, debounceMs);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, INSERT_ALL_KIND], resolveProvider: false },
      documentSymbolProvider: { label: 'Privacy policy sections' },
      hoverProvider: true,
      documentLinkProvider: { resolveProvider: false },
      foldingRangeProvider: true,
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
    if ((e as Error)?.name !== 'CancelledError') connection.console.error(`Request on ${uri} failed: ${(e as Error)?.stack ?? e}`);
    return empty;
  }
}

connection.onCodeAction((params, token) => withAnalysis(params.textDocument.uri, token, [], (doc, a) => codeActionsFor(doc, a, params)));
connection.onHover((params, token) =>
  withAnalysis(params.textDocument.uri, token, null, (doc, a) => {
    const h = hoverAt(a, doc.offsetAt(params.position));
    return h ? { contents: { kind: 'markdown' as const, value: h.markdown }, range: toRange(doc, h.start, h.end) } : null;
  }),
);
connection.onDocumentLinks((params, token) =>
  withAnalysis(params.textDocument.uri, token, [], (doc, a) =>
    documentLinks(a).map((l) => ({ range: toRange(doc, l.start, l.end), target: l.target, tooltip: l.tooltip })),
  ),
);
connection.onDocumentSymbol((params, token) => withAnalysis(params.textDocument.uri, token, [], (doc, a) => documentSymbols(doc, a)));
connection.onFoldingRanges((params, token) => withAnalysis(params.textDocument.uri, token, [], (_doc, a) => folding(a)));
connection.onRequest(EXPORT_REPORT_REQUEST, (p: ExportReportParams, token: CancellationToken) =>
  withAnalysis<ExportReportResult | null>(p.uri, token, null, (doc, a) => ({
    markdown: disclosureReportMarkdown(a, { documentName: displayName(doc.uri), date: new Date().toISOString().slice(0, 10) }),
  })),
);

function displayName(uri: string): string {
  return uriToPath(uri) ?? decodeURIComponent(uri);
}

documents.listen(connection);
connection.listen();
