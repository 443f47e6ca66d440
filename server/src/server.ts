// The Node entry point of the language server (dist/server.js): `node dist/server.js --stdio`
// speaks LSP over stdio; started by the desktop client it uses IPC. Everything else is in
// lsp/languageServer.ts, shared with the web worker entry (browserServer.ts).

import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startLanguageServer } from './lsp/languageServer';
import { readProjectFileUri } from './files/projectFile';
import { decodedUri } from './files/projectFileFinder';
import { readProjectFileThroughClient } from './lsp/projectFileThroughClient';
import { uriToPath } from './files/uri';
import { WorkerRunner } from './lsp/workerRunner';
import * as path from 'node:path';

const connection = createConnection(ProposedFeatures.all);
process.on('unhandledRejection', (e) => connection.console.error(`Unhandled rejection: ${(e as Error)?.stack ?? String(e)}`));

// Local files from disk; a virtual workspace's files (GitHub Repositories, …) through the client.
const throughClient = readProjectFileThroughClient(connection);
startLanguageServer(connection, {
  readProjectFile: (uri) => (uri.startsWith('file:') ? readProjectFileUri(uri) : throughClient(uri)),
  documentName: (uri) => uriToPath(uri) ?? decodedUri(uri),
  // Checks run in a worker thread (dist/analysisWorker.js), so this thread keeps answering.
  runner: new WorkerRunner(path.join(__dirname, 'analysisWorker.js'), (m) => connection.console.error(m)),
});
