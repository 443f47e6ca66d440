// Re-checks while the user types: debounced per document, the previous run cancelled when a
// newer version arrives (see AnalysisCache), results published only if they are still for the
// current version.

import type { Connection } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache } from './analysisCache';
import { toDiagnostic, toDisclosures } from './convert';
import { DIAGNOSTIC_SOURCE, DISCLOSURES_NOTIFICATION } from '../protocol';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { isDisclosureReport, lawIndex } from '../engine';
import { nextTurn } from './nextTurn';

/** Above this length (UTF-16 units) the hover index is built on the first hover (about 40 ms per MB). */
const WARM_HOVER_INDEX_MAX = 1024 * 1024;

export class DiagnosticsScheduler {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly shownMessages = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly cache: AnalysisCache,
    private readonly current: (uri: string) => TextDocument | undefined,
    private readonly debounceMs: number,
  ) {}

  /** Schedule a check; `immediate` skips the debounce (open, save, settings change). */
  schedule(doc: TextDocument, immediate = false): void {
    // A disclosure report we exported is named like the draft ("privacy.report.md"): not a draft to check.
    if (isDisclosureReport(doc.getText())) {
      this.clear(doc.uri);
      return;
    }
    this.cancel(doc.uri);
    this.cache.cancelOtherVersions(doc);
    const delay = immediate ? 0 : this.debounceMs;
    this.timers.set(
      doc.uri,
      setTimeout(() => {
        this.timers.delete(doc.uri);
        void this.run(doc.uri);
      }, delay),
    );
  }

  cancel(uri: string): void {
    const t = this.timers.get(uri);
    if (t) clearTimeout(t);
    this.timers.delete(uri);
  }

  clear(uri: string): void {
    this.cancel(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private async run(uri: string): Promise<void> {
    const doc = this.current(uri);
    if (!doc) return;
    try {
      const analysis = await this.cache.get(doc);
      const latest = this.current(uri);
      if (!latest || latest.version !== doc.version) return;
      await this.connection.sendDiagnostics({
        uri,
        version: doc.version,
        diagnostics: analysis.report.findings.map((f) => toDiagnostic(doc, f)),
      });
      await this.connection.sendNotification(DISCLOSURES_NOTIFICATION, toDisclosures(doc, analysis));
      this.showConfigurationMessages(analysis.report.configurationMessages);
      // Build the hover index now, while the user is not waiting, so the first hover is instant;
      // not for a very large draft, where it would hold up this thread (a hover builds it then).
      if (doc.getText().length <= WARM_HOVER_INDEX_MAX) {
        void nextTurn().then(() => {
          if (this.current(uri)?.version === doc.version) lawIndex(analysis);
        });
      }
    } catch (e) {
      if ((e as Error)?.name === 'CancelledError') return;
      this.connection.console.error(`Checking ${uri} failed: ${(e as Error)?.stack ?? String(e)}`);
      // A draft the server could not check must never look clean: one diagnostic says so.
      const latest = this.current(uri);
      if (!latest || latest.version !== doc.version) return;
      await this.connection
        .sendDiagnostics({ uri, version: doc.version, diagnostics: [checkFailedDiagnostic(e)] })
        .catch(() => undefined);
    }
  }

  /** Each distinct configuration problem is shown once as a warning, and logged. */
  private showConfigurationMessages(messages: string[]): void {
    for (const m of messages) {
      if (this.shownMessages.has(m)) continue;
      this.shownMessages.add(m);
      this.connection.console.warn(m);
      void this.connection.window.showWarningMessage(`Privacy Policy Linter: ${m}`);
    }
  }
}

/** The diagnostic at the top of a document whose check failed (the error itself is in the log). */
export function checkFailedDiagnostic(e: unknown): Diagnostic {
  const why = ((e as Error)?.message ?? String(e)).slice(0, 200);
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Error,
    source: DIAGNOSTIC_SOURCE,
    code: 'meta/check-failed',
    message: `This document could not be checked (${why}), so its problems are not shown. The error is in the "Privacy Policy Linter" output; please report it with the document.`,
  };
}
