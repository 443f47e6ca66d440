// The analysis worker's entry (bundled as dist/analysisWorker.js): the language server starts
// it in a worker thread and sends it the checks (see lsp/workerRunner.ts).
import { parentPort } from 'node:worker_threads';
import { serveChecks } from './lsp/workerRunner';

if (!parentPort) throw new Error('analysisWorker.js runs in a worker thread started by the language server.');
serveChecks(parentPort);
