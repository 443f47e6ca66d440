// Helpers the consistency rules share: user-facing line numbers, lists in prose, and the
// "replace this / replace all" quick fixes (one minimal edit per occurrence).

import type { PolicyDocument } from '../../model/document';
import { sentenceAt } from '../../extract/scan';
import type { Fix, TextRange } from '../../types';
import type { RawFinding } from '../framework/ruleTypes';

/** 1-based line number, as the editor shows it. */
export function lineOf(doc: PolicyDocument, offset: number): number {
  return doc.lines.lineAt(offset) + 1;
}

/** "a, b and c" */
export function joinAnd(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function replaceFix(title: string, ranges: TextRange[], newText: string, isPreferred = false): Fix {
  return { title, kind: 'quickfix', edits: ranges.map((r) => ({ start: r.start, end: r.end, newText })), isPreferred };
}

/** A value and where it is written. */
export interface Occurrences {
  value: string;
  key: string;
  ranges: TextRange[];
}

/** Groups ranges by key, in order of first appearance. */
export function groupOccurrences<T extends TextRange>(items: T[], keyOf: (t: T) => string, valueOf: (t: T) => string): Occurrences[] {
  const map = new Map<string, Occurrences>();
  for (const it of items) {
    const key = keyOf(it);
    const g = map.get(key);
    if (g) g.ranges.push({ start: it.start, end: it.end });
    else map.set(key, { value: valueOf(it), key, ranges: [{ start: it.start, end: it.end }] });
  }
  return [...map.values()];
}

/** "info@acme.com (line 12, 3 times)" */
export function describe(doc: PolicyDocument, o: Occurrences): string {
  const n = o.ranges.length;
  return `${o.value} (line ${lineOf(doc, o.ranges[0].start)}${n > 1 ? `, ${n} times` : ''})`;
}

const NUMBER_WORDS = ['', 'One', 'Two', 'Three', 'Four', 'Five', 'Six'];
export function countWord(n: number): string {
  return NUMBER_WORDS[n] ?? String(n);
}

/**
 * Findings for "several values where one is expected": the most frequent value (or the
 * given canonical one) is kept, every occurrence of the others is reported, and each finding
 * lists all occurrences so the Problems panel shows them together.
 */
export function divergentValueFindings(
  doc: PolicyDocument,
  groups: Occurrences[],
  opts: {
    message: (all: string, keep: Occurrences, other: Occurrences) => string;
    /** Preferred value; default: the most frequent (ties: the first written). */
    prefer?: (a: Occurrences, b: Occurrences) => number;
  },
): RawFinding[] {
  if (groups.length < 2) return [];
  const sorted = [...groups].sort((a, b) => b.ranges.length - a.ranges.length || (opts.prefer?.(a, b) ?? 0) || a.ranges[0].start - b.ranges[0].start);
  const keep = sorted[0];
  const all = joinAnd(groups.map((g) => describe(doc, g)));
  const related = groups.flatMap((g) => g.ranges.map((r) => ({ ...r, message: g === keep ? `${g.value} (most used)` : g.value })));
  const out: RawFinding[] = [];
  for (const other of sorted.slice(1)) {
    // One "replace all" shared by every occurrence's finding: built per occurrence it would be quadratic.
    const replaceAll = other.ranges.length > 1 ? replaceFix(`Replace all ${other.ranges.length} occurrences of ${other.value} with ${keep.value}`, other.ranges, keep.value) : undefined;
    for (const r of other.ranges) {
      const fixes: Fix[] = [replaceFix(`Replace with ${keep.value}`, [r], keep.value, true)];
      if (replaceAll) fixes.push(replaceAll);
      for (const alt of sorted) if (alt !== keep && alt !== other) fixes.push(replaceFix(`Replace with ${alt.value}`, [r], alt.value));
      out.push({ start: r.start, end: r.end, message: opts.message(all, keep, other), related, fixes });
    }
  }
  return out;
}

/** The normalised text of the sentence containing offset (or its line, outside sentences). */
export function sentenceNormAt(doc: PolicyDocument, offset: number): string {
  const s = sentenceAt(doc, offset);
  if (s) return s.norm;
  const ln = doc.lines.lineAt(offset);
  return doc.norm.slice(doc.lines.lineStarts[ln], doc.lines.lineEnd(ln));
}

/** Where the sentence containing offset starts (or its line, outside sentences). */
export function sentenceStartAt(doc: PolicyDocument, offset: number): number {
  return sentenceAt(doc, offset)?.start ?? doc.lines.lineStarts[doc.lines.lineAt(offset)];
}
