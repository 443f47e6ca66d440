// One analysis per document version: diagnostics, hovers, code actions, links and symbols that
// ask for the same version share one check, even when they ask at the same moment; a new
// version or a settings change makes a new one.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import type { Connection } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache } from '../../server/src/lsp/analysisCache';
import { ProjectFileFinder } from '../../server/src/files/projectFileFinder';
import { generatePolicy } from '../../scripts/policyText';

/** A cache whose client cannot be asked for settings and with no project file (defaults), as the CLI-like tests need. */
const newCache = () => new AnalysisCache({} as Connection, () => false, () => [], new ProjectFileFinder(() => Promise.resolve(undefined)));

test('the same version is analysed once, also for simultaneous requests', async () => {
  const cache = newCache();
  const doc = TextDocument.create('untitled:privacy-1', 'markdown', 1, generatePolicy(50_000, 3));
  const [a, b, c] = await Promise.all([cache.get(doc), cache.get(doc), cache.get(doc)]);
  assert.equal(a, b, 'one analysis object for concurrent requests');
  assert.equal(b, c);
  assert.equal(await cache.get(doc), a, 'and for a later request');
  assert.equal(cache.peek(doc), a);
});

test('a new version or a settings change gives a new analysis; the old one is not served', async () => {
  const cache = newCache();
  const v1 = TextDocument.create('untitled:privacy-2', 'markdown', 1, '# Privacy Policy\n\nExample Ltd is the controller.\n');
  const first = await cache.get(v1);
  const v2 = TextDocument.update(v1, [{ text: '# Privacy Policy\n\nYou may lodge a complaint with a supervisory authority.\n' }], 2);
  assert.equal(cache.peek(v2), undefined, 'no stale analysis for the new version');
  const second = await cache.get(v2);
  assert.notEqual(second, first);
  assert.equal(second.report.disclosures.find((d) => d.id === 'gdpr/right-complaint')?.found, true);
  cache.invalidateSettings();
  assert.equal(cache.peek(v2), undefined, 'settings changed: recomputed on demand');
  const third = await cache.get(v2);
  assert.notEqual(third, second);
  cache.forget(v2.uri);
  assert.equal(cache.peek(v2), undefined);
});
