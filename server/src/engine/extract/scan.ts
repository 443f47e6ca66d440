// Where extraction looks: the document's prose (paragraphs and headings), never the front
// matter, code fences or HTML comments, which the document model already leaves out.

import type { PolicyDocument } from '../model/document';
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

/** The heading text of the section containing offset, lower-cased ('' in the preamble). */
export function sectionHeadingAt(doc: PolicyDocument, offset: number): string {
  let h = '';
  for (const s of doc.sections) {
    if (s.start > offset) break;
    if (s.heading) h = doc.norm.slice(s.heading.start, s.heading.end);
  }
  return h;
}
