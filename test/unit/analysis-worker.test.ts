// The analysis worker (server/src/lsp/workerRunner.ts): a check in the worker gives the report a
// check in this thread gives; a superseded check is cancelled in the worker too; a check that
// fails, or a worker that dies, fails the check with its error (the server shows it as
// `meta/check-failed`, never as a clean draft), and the next check gets a new worker.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, ALL_REGIMES } from '../../server/src/engine';
import { CheckJob, CheckToken } from '../../server/src/lsp/analysisRunner';
import { FromWorker, serveChecks, ToWorker, WorkerRunner } from '../../server/src/lsp/workerRunner';
import { AnalysisCache } from '../../server/src/lsp/analysisCache';
import { DiagnosticsScheduler } from '../../server/src/lsp/diagnostics';
import { generatePolicy } from '../../scripts/policyText';

/** The worker entry as tsc compiled it (out/server/src/analysisWorker.js). */
const WORKER = path.join(__dirname, '..', '..', 'server', 'src', 'analysisWorker.js');
const ALL_ON = { settings: { regimes: [...ALL_REGIMES] } };

test('a check in the worker reports what a check in this thread reports, evidence text included', async () => {
  const runner = new WorkerRunner(WORKER);
  try {
    const text = generatePolicy(200_000, 5);
    const job: CheckJob = { text, format: 'markdown', config: ALL_ON };
    const { report, options } = await runner.check(job, new CheckToken());
    const here = analyze(job).report;
    assert.deepEqual(report, here);
    assert.ok(report.disclosures.some((d) => d.evidence.length > 0 && d.evidence[0].text.length > 0), 'evidence quotes the text');
    assert.deepEqual(options.regimes, [...ALL_REGIMES]);
  } finally {
    runner.dispose();
  }
});

test('after a very large draft the worker is ended (its memory returned) and the next check gets a new one', async () => {
  const runner = new WorkerRunner(WORKER);
  try {
    const text = generatePolicy(4.2 * 1024 * 1024, 9);
    const { report } = await runner.check({ text, config: {} }, new CheckToken());
    const evidence = report.disclosures.flatMap((d) => d.evidence);
    assert.ok(evidence.length > 10_000, `thousands of evidence sentences crossed (${evidence.length})`);
    assert.ok(evidence.every((e) => e.text === text.slice(e.start, e.end) && e.end > e.start), 'each quotes its place in the text');
    assert.equal((runner as unknown as { worker?: unknown }).worker, undefined, 'the idle worker was ended');
    const next = await runner.check({ text: '# Privacy Policy\n', config: {} }, new CheckToken());
    assert.ok(next.report.findings.length > 0);
  } finally {
    runner.dispose();
  }
});

test('a cancelled check stops in the worker and its caller stops waiting at once', async () => {
  // The worker's side, on a port of our own: the cancellation arrives between two steps.
  const sent: FromWorker[] = [];
  let deliver: (m: ToWorker) => void = () => undefined;
  serveChecks({ postMessage: (m) => sent.push(m as FromWorker), on: (_e, l) => (deliver = l) });
  deliver({ type: 'check', id: 1, job: { text: generatePolicy(2_000_000, 6), config: ALL_ON } });
  await new Promise((r) => setTimeout(r, 20));
  deliver({ type: 'cancel', id: 1 });
  for (let i = 0; i < 500 && sent.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
  assert.deepEqual(sent, [{ type: 'cancelled', id: 1 }]);

  // The main thread's side: the promise rejects as cancelled, and the worker takes the next job.
  const runner = new WorkerRunner(WORKER);
  try {
    const token = new CheckToken();
    const big = runner.check({ text: generatePolicy(2_000_000, 7), config: ALL_ON }, token);
    setTimeout(() => token.cancel(), 20);
    await assert.rejects(big, (e: Error) => e.name === 'CancelledError');
    const small = await runner.check({ text: '# Privacy Policy\n\nYou may lodge a complaint with a supervisory authority.\n', config: {} }, new CheckToken());
    assert.equal(small.report.disclosures.find((d) => d.id === 'gdpr/right-complaint')?.found, true);
  } finally {
    runner.dispose();
  }
});

test('a check that fails in the worker rejects with its error, and the worker keeps serving', async () => {
  const runner = new WorkerRunner(WORKER);
  try {
    // Not a string: the engine throws a TypeError in the worker.
    await assert.rejects(runner.check({ text: 42 as unknown as string, config: {} }, new CheckToken()), (e: Error) => e.name !== 'CancelledError' && e.message.length > 0);
    const ok = await runner.check({ text: '# Privacy Policy\n', config: {} }, new CheckToken());
    assert.ok(ok.report.findings.length > 0);
  } finally {
    runner.dispose();
  }
});

test('a worker that dies mid-check gives meta/check-failed, not silence; the next check gets a new worker', async () => {
  // A worker that serves checks normally but exits on a draft containing CRASH-THE-WORKER.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ppl-worker-'));
  const script = path.join(dir, 'dying-worker.js');
  fs.writeFileSync(
    script,
    `const { parentPort } = require('node:worker_threads');
parentPort.on('message', (m) => { if (m.type === 'check' && String(m.job.text).includes('CRASH-THE-WORKER')) process.exit(7); });
require(${JSON.stringify(path.join(__dirname, '..', '..', 'server', 'src', 'lsp', 'workerRunner.js'))}).serveChecks(parentPort);
`,
  );
  const logged: string[] = [];
  const runner = new WorkerRunner(script, (m) => logged.push(m));
  const published: Array<{ uri: string; version?: number; diagnostics: Array<{ code?: unknown; message: string; severity?: number }> }> = [];
  const connection = {
    sendDiagnostics: (p: (typeof published)[number]) => Promise.resolve(void published.push(p)),
    sendNotification: () => Promise.resolve(),
    console: { error: (m: string) => logged.push(m), warn: () => undefined },
    window: { showWarningMessage: () => Promise.resolve(undefined) },
  };
  const cache = new AnalysisCache({} as never, () => false, () => [], runner);
  let doc = TextDocument.create('file:///drafts/privacy.md', 'markdown', 1, '# Privacy Policy\n\nCRASH-THE-WORKER\n');
  const scheduler = new DiagnosticsScheduler(connection as never, cache, () => doc, 0);
  const publishedFor = async (version: number) => {
    for (let i = 0; i < 1000; i++) {
      const p = published.find((x) => x.version === version);
      if (p) return p;
      await new Promise((r) => setTimeout(r, 10));
    }
    assert.fail(`nothing published for version ${version}`);
  };
  try {
    scheduler.schedule(doc, true);
    const failed = await publishedFor(1);
    assert.equal(failed.diagnostics.length, 1);
    assert.equal(failed.diagnostics[0].code, 'meta/check-failed');
    assert.equal(failed.diagnostics[0].severity, 1);
    assert.match(failed.diagnostics[0].message, /could not be checked \(the analysis worker stopped \(exit code 7\)\)/);
    assert.ok(logged.some((m) => m.includes('exit code 7')), 'the failure is logged');

    doc = TextDocument.update(doc, [{ text: '# Privacy Policy\n\nYou may lodge a complaint with a supervisory authority.\n' }], 2);
    scheduler.schedule(doc, true);
    const next = await publishedFor(2);
    assert.ok(next.diagnostics.length > 0 && next.diagnostics.every((d) => d.code !== 'meta/check-failed'), 'the next version is checked by a new worker');
  } finally {
    runner.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
