// Per-analysis index of everything a hover or a document link can point at: GDPR article
// references, defined terms and named rights, and catalog evidence sentences. Built once per
// Analysis (WeakMap: dropped with the analysis) and searched by binary search, so a hover costs
// microseconds after the first.

import type { Analysis } from '../check';
import type { PolicyDocument } from '../model/document';
import { ArticleReference, findArticleReferences } from '../law/citations';
import { findLegalTerms, LegalTermMatch } from '../law/terms';

export interface EvidenceSpan {
  start: number;
  end: number;
  /** Catalog item ids whose evidence is exactly this range, in catalog order. */
  ids: string[];
}

export interface LawIndex {
  references: ArticleReference[];
  terms: LegalTermMatch[];
  /** Sorted by start. Evidence sentences do not overlap in practice; lookup tolerates it anyway. */
  evidence: EvidenceSpan[];
}

const CACHE = new WeakMap<Analysis, LawIndex>();
const TEXT_CACHE = new WeakMap<PolicyDocument, Pick<LawIndex, 'references' | 'terms'>>();

/**
 * The part of the index that depends on the text alone (article references, terms): available
 * from the document model, before the check of this version has finished.
 */
export function textIndex(doc: PolicyDocument): Pick<LawIndex, 'references' | 'terms'> {
  let index = TEXT_CACHE.get(doc);
  if (!index) {
    index = { references: findArticleReferences(doc), terms: findLegalTerms(doc) };
    TEXT_CACHE.set(doc, index);
  }
  return index;
}

/** The index for an analysis; call it once after analyzing to make the first hover instant. */
export function lawIndex(analysis: Analysis): LawIndex {
  let index = CACHE.get(analysis);
  if (!index) {
    index = buildIndex(analysis);
    CACHE.set(analysis, index);
  }
  return index;
}

function buildIndex(analysis: Analysis): LawIndex {
  const byRange = new Map<string, EvidenceSpan>();
  for (const d of analysis.report.disclosures) {
    for (const e of d.evidence) {
      const key = `${e.start}:${e.end}`;
      const span = byRange.get(key);
      if (span) {
        if (!span.ids.includes(d.id)) span.ids.push(d.id);
      } else byRange.set(key, { start: e.start, end: e.end, ids: [d.id] });
    }
  }
  const evidence = [...byRange.values()].sort((a, b) => a.start - b.start || a.end - b.end);
  return { ...textIndex(analysis.doc), evidence };
}

/** Index of the last range starting at or before `offset` in a start-sorted list (-1: none). */
function lastStartingAtOrBefore(sorted: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start <= offset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** The range in a start-sorted, non-overlapping list that contains `offset` (start ≤ offset < end). */
export function rangeAt<T extends { start: number; end: number }>(sorted: readonly T[], offset: number): T | undefined {
  const best = lastStartingAtOrBefore(sorted, offset);
  return best >= 0 && offset < sorted[best].end ? sorted[best] : undefined;
}

/** Every range containing `offset` in a start-sorted list that may overlap (looks back a few). */
export function rangesAt<T extends { start: number; end: number }>(sorted: readonly T[], offset: number, lookBack = 16): T[] {
  const best = lastStartingAtOrBefore(sorted, offset);
  const out: T[] = [];
  for (let i = best; i >= 0 && i > best - lookBack; i--) if (offset < sorted[i].end) out.unshift(sorted[i]);
  return out;
}
