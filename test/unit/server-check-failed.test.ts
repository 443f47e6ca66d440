// A draft the server fails to check must never look clean: the scheduler publishes one error
// diagnostic at the top of the document (and logs the error) instead of nothing.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticsScheduler } from '../../server/src/lsp/diagnostics';
import type { AnalysisCache } from '../../server/src/lsp/analysisCache';

test('a check that throws publishes one diagnostic saying the document could not be checked', async () => {
  const doc = TextDocument.create('file:///draft.policy.md', 'privacy-policy', 3, '# Privacy Policy\n');
  const published: Array<{ uri: string; version?: number; diagnostics: Array<{ code?: unknown; message: string; range: unknown; severity?: number }> }> = [];
  const logged: string[] = [];
  const connection = {
    sendDiagnostics: (p: (typeof published)[number]) => {
      published.push(p);
      return Promise.resolve();
    },
    sendNotification: () => Promise.resolve(undefined),
    console: { error: (m: string) => logged.push(m), warn: () => undefined },
    window: { showWarningMessage: () => Promise.resolve(undefined) },
  };
  const cache = { get: async () => Promise.reject(new Error('stack overflow in the front matter')), cancelOtherVersions: () => undefined } as unknown as AnalysisCache;
  const scheduler = new DiagnosticsScheduler(connection as never, cache, () => doc, 0);
  scheduler.schedule(doc, true);
  for (let i = 0; i < 50 && published.length === 0; i++) await new Promise((r) => setImmediate(r));
  assert.equal(published.length, 1);
  const [d] = published[0].diagnostics;
  assert.equal(published[0].version, 3);
  assert.equal(d.code, 'meta/check-failed');
  assert.equal(d.severity, 1, 'an error');
  assert.deepEqual(d.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
  assert.match(d.message, /could not be checked \(stack overflow in the front matter\)/);
  assert.ok(logged.some((m) => m.includes('stack overflow in the front matter')), 'the error is logged');
});
