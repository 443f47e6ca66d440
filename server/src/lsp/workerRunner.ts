// The analysis worker, both sides of it: the messages, the main thread's runner (WorkerRunner)
// and the worker's loop (serveChecks, started by server/src/analysisWorker.ts, bundled as
// dist/analysisWorker.js). The worker owns the engine; the main thread keeps the LSP connection
// and answers requests while a check of a very large draft runs.
//
//   main → worker  { type: 'check', id, job }      check this text with these settings
//   main → worker  { type: 'cancel', id }          a newer version arrived: stop
//   worker → main  { type: 'done', id, result, evidence }   the report; its evidence packed apart
//   worker → main  { type: 'cancelled', id }
//   worker → main  { type: 'failed', id, message, stack }
//
// A check that fails, or a worker that dies, rejects the check with an Error, and the
// diagnostics scheduler shows it as `meta/check-failed`; the next check starts a new worker.

import { Worker } from 'node:worker_threads';
import { CancelledError } from '../engine';
import { AnalysisRunner, checkInSlices, CheckJob, CheckResult, CheckToken } from './analysisRunner';

export type ToWorker = { type: 'check'; id: number; job: CheckJob } | { type: 'cancel'; id: number };
export type FromWorker =
  /** `evidence[i]`: disclosure i's evidence as (start, end, line) triples; `result` has none. */
  | { type: 'done'; id: number; result: CheckResult; evidence: Int32Array[] }
  | { type: 'cancelled'; id: number }
  | { type: 'failed'; id: number; message: string; stack?: string };

/** The part of a MessagePort both sides use (a test may pass its own). */
export interface Port {
  postMessage(message: unknown, transfer?: ArrayBuffer[]): void;
  on(event: string, listener: (message: ToWorker) => void): unknown;
}

interface Pending {
  job: CheckJob;
  resolve: (r: CheckResult) => void;
  reject: (e: unknown) => void;
}

/** After checking a text longer than this (UTF-16 units), an idle worker is ended (see recycle). */
const RECYCLE_AFTER_CHARS = 4 * 1024 * 1024;

/** The main thread's side: one worker, started on the first check and again after it dies. */
export class WorkerRunner implements AnalysisRunner {
  private worker?: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  /** `script`: the worker's file (dist/analysisWorker.js next to dist/server.js). */
  constructor(
    private readonly script: string,
    private readonly log: (message: string) => void = () => undefined,
  ) {}

  check(job: CheckJob, token: CheckToken): Promise<CheckResult> {
    if (token.isCancellationRequested) return Promise.reject(new CancelledError());
    const id = this.nextId++;
    return new Promise<CheckResult>((resolve, reject) => {
      this.pending.set(id, { job, resolve, reject });
      try {
        this.ensureWorker().postMessage({ type: 'check', id, job } satisfies ToWorker);
      } catch (e) {
        this.pending.delete(id);
        reject(e instanceof Error ? e : new Error(String(e)));
        return;
      }
      // The caller stops waiting at once; the worker stops at its next step.
      token.onCancel(() => {
        if (!this.pending.delete(id)) return;
        reject(new CancelledError());
        this.worker?.postMessage({ type: 'cancel', id } satisfies ToWorker);
      });
    });
  }

  dispose(): void {
    const w = this.worker;
    this.worker = undefined;
    this.failAll(new Error('The language server is shutting down.'));
    void w?.terminate();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(this.script);
    // The worker must not keep the server alive once the client has gone.
    w.unref();
    w.on('message', (m: FromWorker) => void this.settle(m));
    w.on('error', (e) => this.died(w, e instanceof Error ? e : new Error(String(e))));
    w.on('messageerror', (e) => this.died(w, e));
    w.on('exit', (code) => this.died(w, new Error(`the analysis worker stopped (exit code ${code})`)));
    this.worker = w;
    return w;
  }

  private async settle(m: FromWorker): Promise<void> {
    const p = this.pending.get(m.id);
    if (!p) return; // cancelled meanwhile
    this.pending.delete(m.id);
    try {
      if (m.type === 'cancelled') throw new CancelledError();
      if (m.type === 'failed') throw Object.assign(new Error(m.message), m.stack ? { stack: m.stack } : {});
      if (this.pending.size === 0 && p.job.text.length > RECYCLE_AFTER_CHARS) await this.recycle();
      p.resolve(unpackEvidence(m.result, m.evidence, p.job.text));
    } catch (e) {
      p.reject(e); // never left waiting
    }
  }

  /**
   * Ends the idle worker; the next check starts a new one (in about 50 ms). After a very large
   * draft this gives the worker's memory back before the report is unpacked here and before
   * this thread builds its own model of the draft (for the outline, hovers): V8 keeps a heap's
   * pages long after the garbage in them is gone, so an idle worker would hold them.
   */
  private async recycle(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    await w?.terminate();
  }

  /** Every check the dead worker had is failed (never left waiting); the next check starts a new one. */
  private died(w: Worker, e: Error): void {
    if (this.worker !== w) return;
    this.worker = undefined;
    this.log(`The analysis worker failed: ${e.stack ?? e.message}`);
    void w.terminate();
    this.failAll(e);
  }

  private failAll(e: Error): void {
    const all = [...this.pending.values()];
    this.pending.clear();
    for (const p of all) p.reject(e);
  }
}

/**
 * The worker's side: checks what arrives on `port`, each in slices (so that a cancellation or
 * another document's check gets in between), and answers with plain data.
 */
export function serveChecks(port: Port): void {
  const running = new Map<number, CheckToken>();
  port.on('message', (m: ToWorker) => {
    if (m.type === 'cancel') {
      running.get(m.id)?.cancel();
      return;
    }
    const token = new CheckToken();
    running.set(m.id, token);
    void answer(port, m.id, m.job, token).finally(() => running.delete(m.id));
  });
}

async function answer(port: Port, id: number, job: CheckJob, token: CheckToken): Promise<void> {
  try {
    const result = await checkInSlices(job, token);
    const evidence = packEvidence(result);
    port.postMessage({ type: 'done', id, result, evidence } satisfies FromWorker, evidence.map((e) => e.buffer));
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    if (err.name === 'CancelledError') port.postMessage({ type: 'cancelled', id } satisfies FromWorker);
    else port.postMessage({ type: 'failed', id, message: err.message, stack: err.stack } satisfies FromWorker);
  }
}

// Memory and time: a long draft has hundreds of thousands of evidence sentences (220 000 in a
// 20 MB draft), most of the report. They cross as packed numbers, moved rather than copied,
// and the main thread, which has the text, gives each its text back as a slice (which shares
// the text's memory).

function packEvidence(r: CheckResult): Int32Array[] {
  return r.report.disclosures.map((d) => {
    const packed = new Int32Array(d.evidence.length * 3);
    d.evidence.forEach((e, i) => {
      packed[i * 3] = e.start;
      packed[i * 3 + 1] = e.end;
      packed[i * 3 + 2] = e.line;
    });
    d.evidence = [];
    return packed;
  });
}

function unpackEvidence(r: CheckResult, evidence: Int32Array[], text: string): CheckResult {
  r.report.disclosures.forEach((d, i) => {
    const packed = evidence[i];
    for (let k = 0; k < packed.length; k += 3) d.evidence.push({ start: packed[k], end: packed[k + 1], line: packed[k + 2], text: text.slice(packed[k], packed[k + 1]) });
  });
  return r;
}
