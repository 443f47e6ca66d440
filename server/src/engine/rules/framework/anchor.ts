// Where a catalog item belongs in the draft: the first heading its anchor patterns match, outside
// sections addressed to another law's readers. The same answer places a missing item's finding
// (check.ts) and its clause (fixes/placement.ts), so the quick fix inserts where the finding points.

import type { PolicyDocument } from '../../model/document';
import { headingNorms } from '../../model/headings';
import { headingScopes, Scope } from './scope';

/**
 * Only the first MAX_ANCHOR_HEADINGS headings are searched: every missing item scans them, so a
 * degenerate draft of 260 000 one-word headings cost items × headings regex tests (over a second).
 * A real policy has a few dozen headings.
 */
const MAX_ANCHOR_HEADINGS = 2000;

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
    const norms = headingNorms(doc);
    const scopes = foreign === undefined ? undefined : headingScopes(doc);
    const n = Math.min(doc.headings.length, MAX_ANCHOR_HEADINGS);
    i = -1;
    for (let k = 0; k < n; k++) {
      const h = doc.headings[k];
      // Section k + 1 is headed by heading k.
      if (h === doc.title || (scopes && scopes[k + 1] === foreign)) continue;
      if (anchorHeadings.some((r) => r.test(norms[k]))) {
        i = k;
        break;
      }
    }
    byScope.set(foreign, i);
  }
  return i;
}
