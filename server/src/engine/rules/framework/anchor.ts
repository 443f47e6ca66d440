// Where a catalog item belongs in the draft: the first heading its anchor patterns match, outside
// sections addressed to another law's readers. The same answer places a missing item's finding
// (check.ts) and its clause (fixes/placement.ts), so the quick fix inserts where the finding points.

import type { PolicyDocument } from '../../model/document';
import { headingNorms } from '../../model/headings';
import { headingScopes, Scope } from './scope';

/** One normalised heading text and the indices of the headings that have it, ascending. */
interface DistinctHeading {
  norm: string;
  at: number[];
}

const DISTINCT = new WeakMap<PolicyDocument, DistinctHeading[]>();

/**
 * The headings' normalised texts, each distinct text once, in order of first appearance.
 * Performance: every missing item tests its anchor patterns on the headings, so a hostile draft
 * of 260 000 identical one-word headings cost items × headings regex tests (seconds per MB); this
 * way it costs one test per distinct text. A real policy's headings are nearly all distinct.
 */
function distinctHeadings(doc: PolicyDocument): DistinctHeading[] {
  let distinct = DISTINCT.get(doc);
  if (!distinct) {
    const byNorm = new Map<string, DistinctHeading>();
    headingNorms(doc).forEach((norm, k) => {
      const d = byNorm.get(norm);
      if (d) d.at.push(k);
      else byNorm.set(norm, { norm, at: [k] });
    });
    distinct = [...byNorm.values()];
    DISTINCT.set(doc, distinct);
  }
  return distinct;
}

const CACHE = new WeakMap<PolicyDocument, Map<readonly RegExp[], Map<Scope | undefined, number>>>();

/**
 * The index in `doc.headings` of the item's heading (-1: none). The title is no section of its
 * own; a section whose scope is `foreign` (an EU law's item in "California Privacy Rights") is no
 * place for the item. Many items share their patterns (the rights headings): cached per list.
 */
export function relevantHeading(doc: PolicyDocument, anchorHeadings: readonly RegExp[], foreign: Scope | undefined): number {
  let byPatterns = CACHE.get(doc);
  if (!byPatterns) CACHE.set(doc, (byPatterns = new Map<readonly RegExp[], Map<Scope | undefined, number>>()));
  let byScope = byPatterns.get(anchorHeadings);
  if (!byScope) byPatterns.set(anchorHeadings, (byScope = new Map<Scope | undefined, number>()));
  let i = byScope.get(foreign);
  if (i === undefined) {
    const scopes = foreign === undefined ? undefined : headingScopes(doc);
    i = -1;
    for (const d of distinctHeadings(doc)) {
      // Distinct texts come in order of first appearance: one whose first heading is past the best
      // found so far cannot win.
      if (i >= 0 && d.at[0] > i) break;
      if (!anchorHeadings.some((r) => r.test(d.norm))) continue;
      // Section k + 1 is headed by heading k.
      const k = d.at.find((x) => doc.headings[x] !== doc.title && !(scopes && scopes[x + 1] === foreign));
      if (k !== undefined && (i < 0 || k < i)) i = k;
    }
    byScope.set(foreign, i);
  }
  return i;
}
