// The web worker entry point of the language server (dist/web/server.js), for vscode.dev and
// github.dev: LSP over the worker's postMessage. There is no file system in a worker, so
// `.privacy-policy.json` is read by the client through VS Code's workspace file system.
// Everything else is in lsp/languageServer.ts, shared with the Node entry (server.ts).

import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { startLanguageServer } from './lsp/languageServer';
import { decodedUri } from './files/projectFileFinder';
import { readProjectFileThroughClient } from './lsp/projectFileThroughClient';

// `self` is the worker's global scope (a DedicatedWorkerGlobalScope, which the LSP transport
// takes as such); declared here because the project compiles against Node's types, not the DOM's.
declare const self: { addEventListener(type: 'unhandledrejection', listener: (e: { reason: unknown }) => void): void };

const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(self as never), new BrowserMessageWriter(self as never));
self.addEventListener('unhandledrejection', (e) => connection.console.error(`Unhandled rejection: ${(e.reason as Error)?.stack ?? String(e.reason)}`));

startLanguageServer(connection, {
  readProjectFile: readProjectFileThroughClient(connection),
  documentName: decodedUri,
});
