// Helpers for the packs' case tests (regimes/<id>/cases/*.test.ts): check a draft and look one
// catalog item up. Imported by tests only, never by the engine.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../index';
import type { Disclosure } from '../index';

export function disclosure(text: string, id: string, extra: Record<string, unknown> = {}): Disclosure {
  const regime = id.split('/')[0];
  const report = analyze({ text, config: { settings: { regimes: [regime], ...extra } } }).report;
  const d = report.disclosures.find((x) => x.id === id);
  if (!d) throw new Error(`${id} is not in the report`);
  return d;
}

export function isFound(text: string, id: string): boolean {
  return disclosure(text, id).found;
}

/** A one-section draft around the given sentences, so headings do not interfere. */
export function draft(...sentences: string[]): string {
  return `# Privacy Notice\n\n${sentences.join(' ')}\n`;
}

/** One test per case: the item is found in the text (or not), for the reason given. */
export function foundCases(id: string, cases: ReadonlyArray<readonly [string, boolean, string]>): void {
  for (const [text, expected, why] of cases) {
    test(`${id}: ${expected ? 'found' : 'not found'} (${why})`, () => {
      assert.equal(disclosure(text, id).found, expected);
    });
  }
}
