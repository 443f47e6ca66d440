// Where extraction looks: the document's prose (paragraphs and headings), never the front
// matter, code fences or HTML comments, which the document model already leaves out.

import type { PolicyDocument, Sentence } from '../model/document';
import type { TextRange } from '../types';

const PROSE = new WeakMap<PolicyDocument, TextRange[]>();

/** Paragraph and heading ranges in text order; computed once per document (many rules scan them). */
export function proseRanges(doc: PolicyDocument): TextRange[] {
  let out = PROSE.get(doc);
  if (!out) {
    out = [...doc.paragraphs.map((p) => ({ start: p.start, end: p.end })), ...doc.headings.map((h) => ({ start: h.start, end: h.end }))];
    out.sort((a, b) => a.start - b.start);
    PROSE.set(doc, out);
  }
  return out;
}

/**
 * Runs a global regular expression over each prose range of `source` (the text or its
 * normalised copy) and yields matches with document offsets.
 */
export function* matchesIn(doc: PolicyDocument, re: RegExp, source: 'text' | 'norm' = 'text'): Generator<{ m: RegExpExecArray; start: number; end: number }> {
  if (!re.global) throw new Error('matchesIn needs a global regular expression');
  const s = source === 'text' ? doc.text : doc.norm;
  for (const r of proseRanges(doc)) {
    const slice = s.slice(r.start, r.end);
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(slice))) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      yield { m, start: r.start + m.index, end: r.start + m.index + m[0].length };
    }
  }
}

/** Where a costly expression can match: see matchesNear. */
export interface Anchor {
  /** A cheap global expression (no lookbehind) that matches at a point inside every match. */
  re: RegExp;
  /** The point lies at most this many characters after the match's start. */
  before: number;
  /** The expression reads nothing at or beyond this many characters after the match's start. */
  span: number;
  /** The expression reads at most this many characters before the match's start (lookbehind). */
  behind: number;
  /**
   * For anchors that are common (a parenthesis): the characters a match can start with. Then
   * only those positions before the point are tried, one by one, so no position is tried twice.
   */
  startsWith?: (c: number) => boolean;
}

const STICKY = new WeakMap<RegExp, RegExp>();

const ANCHORS = { text: new WeakMap<PolicyDocument, Map<RegExp, number[]>>(), norm: new WeakMap<PolicyDocument, Map<RegExp, number[]>>() };

/** Every position where `re` matches in the text (or its normalised copy), overlapping ones included; once per document. */
function anchorPoints(doc: PolicyDocument, re: RegExp, source: 'text' | 'norm'): number[] {
  const s = source === 'text' ? doc.text : doc.norm;
  let byRe = ANCHORS[source].get(doc);
  if (!byRe) ANCHORS[source].set(doc, (byRe = new Map<RegExp, number[]>()));
  let out = byRe.get(re);
  if (!out) {
    out = [];
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s))) {
      out.push(m.index);
      re.lastIndex = m.index + 1;
    }
    byRe.set(re, out);
  }
  return out;
}

/**
 * The same matches as matchesIn(doc, re, source), found faster when `re` is costly to try at
 * every position but can only match near a rarer anchor (an '@' for an e-mail, a digit for a
 * postcode). For each anchor point not inside an earlier match, `re` runs on a window around it
 * holding every character a match reaching that point can read, so the result cannot differ:
 * a match found in the window that starts at or before the point is the next match; otherwise
 * no match starts before the point.
 */
export function* matchesNear(doc: PolicyDocument, re: RegExp, anchor: Anchor, source: 'text' | 'norm' = 'text'): Generator<{ m: RegExpExecArray; start: number; end: number }> {
  if (!re.global) throw new Error('matchesNear needs a global regular expression');
  const s = source === 'text' ? doc.text : doc.norm;
  const points = anchorPoints(doc, anchor.re, source);
  let k = 0;
  for (const r of proseRanges(doc)) {
    // Ranges are in text order: walk the points along (a search only if ranges overlap).
    if (k > 0 && points[k - 1] >= r.start) k = firstAtOrAfter(points, r.start);
    while (k < points.length && points[k] < r.start) k++;
    let from = r.start; // no match starts before this (the end of the previous match)
    for (; k < points.length && points[k] < r.end; k++) {
      const q = points[k];
      if (q < from) continue;
      const a = Math.max(from, q - anchor.before);
      const w0 = Math.max(r.start, a - anchor.behind);
      const w1 = Math.min(r.end, q + anchor.span);
      let m: RegExpExecArray | null = null;
      if (anchor.startsWith) {
        let sticky = STICKY.get(re);
        if (!sticky) STICKY.set(re, (sticky = new RegExp(re.source, re.flags.replace('g', '') + 'y')));
        let window: string | undefined;
        for (let p = a; p <= q && !m; p++) {
          if (!anchor.startsWith(s.charCodeAt(p))) continue;
          window ??= s.slice(w0, w1);
          sticky.lastIndex = p - w0;
          m = sticky.exec(window);
        }
      } else {
        re.lastIndex = a - w0;
        m = re.exec(s.slice(w0, w1));
      }
      if (m && m[0].length > 0 && w0 + m.index <= q) {
        const start = w0 + m.index;
        yield { m, start, end: start + m[0].length };
        from = start + m[0].length;
      } else {
        from = q + 1;
      }
    }
  }
}

/** Index of the first element >= x in a sorted array. */
function firstAtOrAfter(xs: number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The paragraph (or heading) range containing offset, for context windows. */
export function blockAt(doc: PolicyDocument, offset: number): TextRange {
  const ps = doc.paragraphs;
  let lo = 0;
  let hi = ps.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ps[mid].end < offset) lo = mid + 1;
    else if (ps[mid].start > offset) hi = mid - 1;
    else return { start: ps[mid].start, end: ps[mid].end };
  }
  const line = doc.lines.lineAt(offset);
  return { start: doc.lines.lineStarts[line], end: doc.lines.lineEnd(line) };
}

/** The sentence containing offset, by binary search (sentences are in text order). */
export function sentenceAt(doc: PolicyDocument, offset: number): Sentence | undefined {
  const ss = doc.sentences;
  let lo = 0;
  let hi = ss.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ss[mid].end <= offset) lo = mid + 1;
    else if (ss[mid].start > offset) hi = mid - 1;
    else return ss[mid];
  }
  return undefined;
}

/**
 * The index of the last section starting at or before offset, or -1 (sections are in text order):
 * a binary search, as every contact detail asks.
 */
export function sectionIndexAt(doc: PolicyDocument, offset: number): number {
  const ss = doc.sections;
  let lo = 0;
  let hi = ss.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ss[mid].start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The heading text of the section containing offset, lower-cased ('' in the preamble). */
export function sectionHeadingAt(doc: PolicyDocument, offset: number): string {
  const ss = doc.sections;
  for (let i = sectionIndexAt(doc, offset); i >= 0; i--) {
    const h = ss[i].heading;
    if (h) return doc.norm.slice(h.start, h.end);
  }
  return '';
}
