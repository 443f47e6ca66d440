// Where a check runs. The language server asks an AnalysisRunner for the report of one
// document version; the Node server runs it in a worker thread (analysisWorker.ts), so the main
// thread keeps answering requests however long the check takes. A host without workers (a
// browser build) runs it here, in this thread, in slices that give the event loop back.
//
// This module uses nothing of Node: the browser entry may import it.

import {
  analysisSteps,
  buildDocumentModel,
  CancellationToken,
  CheckOptions,
  ConfigSources,
  DocumentFormat,
  PolicyDocument,
  Report,
  textIndex,
  throwIfCancelled,
} from '../engine';

/** One check: the text of one version, with its settings. Plain data (it may cross to a worker). */
export interface CheckJob {
  text: string;
  format?: DocumentFormat;
  config: ConfigSources;
}

/** What a check returns: plain data. The server builds its own document model when it needs one. */
export interface CheckResult {
  options: CheckOptions;
  report: Report;
}

export interface AnalysisRunner {
  /**
   * Checks one version. Rejects with a CancelledError (name 'CancelledError') once `token` is
   * cancelled, and with the error when the check fails (or the thread running it dies).
   * `model`: the caller's document model of this text; a runner in the caller's thread uses
   * it (built once, shared with hovers), a worker builds its own.
   */
  check(job: CheckJob, token: CheckToken, model?: () => PolicyDocument): Promise<CheckResult>;
  dispose(): void;
}

/** A cancellation token that also tells listeners (a worker runner forwards the cancellation). */
export class CheckToken implements CancellationToken {
  private cancelled = false;
  private listeners: Array<() => void> = [];

  get isCancellationRequested(): boolean {
    return this.cancelled;
  }

  cancel(): void {
    if (this.cancelled) return;
    this.cancelled = true;
    const ls = this.listeners;
    this.listeners = [];
    for (const l of ls) l();
  }

  /** Calls `listener` once, when the token is cancelled (at once if it already is). */
  onCancel(listener: () => void): void {
    if (this.cancelled) listener();
    else this.listeners.push(listener);
  }
}

/** Longest stretch a check runs before it lets other work in (requests, a cancellation, other checks). */
const SLICE_MS = 8;

/**
 * Runs the check in this thread, in slices of a few milliseconds (the engine's steps): what is
 * queued meanwhile (a request, a newer version that cancels this one) goes in between.
 * `model`, when given, is the caller's document model of this text, built in a step of its own
 * and shared: a caller in this thread answers hovers from it while the check runs.
 */
export async function checkInSlices(job: CheckJob, token: CancellationToken, model?: () => PolicyDocument): Promise<CheckResult> {
  await nextTurn(token);
  const doc = model ? model() : buildDocumentModel(job.text, job.format);
  if (model) {
    // The article index on its own too: hovers on citations need nothing more.
    await nextTurn(token);
    textIndex(doc);
  }
  await nextTurn(token);
  const steps = analysisSteps({ text: job.text, format: job.format, config: job.config, model: doc }, token);
  let sliceStart = performance.now();
  for (;;) {
    const r = steps.next(); // throws CancelledError once the token is cancelled
    if (r.done) return { options: r.value.options, report: r.value.report };
    if (performance.now() - sliceStart >= SLICE_MS) {
      await nextTurn(token);
      sliceStart = performance.now();
    }
  }
}

/** The runner of a host without worker threads: the check runs in slices in this thread. */
export class InThreadRunner implements AnalysisRunner {
  check(job: CheckJob, token: CheckToken, model?: () => PolicyDocument): Promise<CheckResult> {
    return checkInSlices(job, token, model);
  }

  dispose(): void {}
}

/** Lets the event loop run (queued messages are handled), then checks the token. */
async function nextTurn(token: CancellationToken): Promise<void> {
  await new Promise<void>(soon);
  throwIfCancelled(token);
}

// setImmediate where there is one (Node): setTimeout(0) waits a millisecond or more per slice.
const soon: (resolve: () => void) => void = typeof setImmediate === 'function' ? (r) => setImmediate(r) : (r) => setTimeout(r, 0);
