// The numbers a draft gives its own parts, so that "Section 7", "clause 4.2" or "paragraph 3" can
// be resolved: numbered headings ("## 7. Your rights", "7.2 Access", "Section 7 – Contact",
// "VII. Transfers"), numbered paragraphs ("4.2 We keep…") and ordered list items ("3. …", read as
// "N.3" under a heading numbered N). Computed once per document model (WeakMap).
//
// Word's automatic numbering and HTML ordered lists lose their digits when a draft is pasted as
// text, so a draft that numbers nothing may still be numbered for its reader: callers say nothing
// about a number reference in such a draft (see `numbersSections`).

import type { PolicyDocument } from './document';

export interface NumberedPart {
  /** "7", "4.2", "VII": dotted digits without a trailing dot, or an upper-case Roman numeral. */
  label: string;
  /** Where the part is written: its heading or the start of its paragraph. */
  start: number;
  end: number;
  /** The heading's or paragraph's text after the number ("Your rights"); empty for a list item. */
  title: string;
  /** Where the part ends: the end of its section (a heading, with its subsections) or paragraph. */
  partEnd: number;
  kind: 'heading' | 'paragraph' | 'list';
}

export interface SectionNumbering {
  parts: NumberedPart[];
  /** Label → the parts numbered so. Parents of written labels ("7" for "7.2") map to their first child. */
  byLabel: Map<string, NumberedPart[]>;
  /** The deepest level written (1 for "7", 2 for "7.2"); 0 when nothing is numbered. */
  maxDepth: number;
  /** Whether the draft numbers its sections: most of its headings, or three paragraphs ("4.2 …"). */
  numbersSections: boolean;
  /** Whether Roman numerals number its headings ("IV. Transfers"). */
  roman: boolean;
  /**
   * Whether the numbered headings skip numbers (1, 2, 3, 10, 11): parts of the text are missing
   * (an extract, a page scraped in part), so what a reference names may be in the missing part.
   */
  gaps: boolean;
}

const CACHE = new WeakMap<PolicyDocument, SectionNumbering>();

// "7.", "7.2", "7.2.1", "7)", optionally after "Section", "Clause", "Part" or "Article" and
// before a dash, colon or period: "Section 7 – Contact us", "7. Your rights", "7.2 Access".
const DIGIT_LABEL = /^(?:(?:section|clause|part|article|§)[ \t\u00a0]{0,3})?(\d{1,2}(?:\.\d{1,2}){0,3})(?:\.|\))?(?:[ \t\u00a0]{0,3}[-–—:.][ \t\u00a0]{0,3}|[ \t\u00a0]{1,3})(?=\S)/i;
const ROMAN_LABEL = /^(?:(?:[Ss]ection|[Pp]art|[Aa]rticle)[ \t]{1,3})?([IVXL]{1,6})(?:\.|\))?(?:[ \t]{0,3}[-–—:.][ \t]{0,3}|[ \t]{1,3})(?=[A-Z])/;
const ROMAN = /^(?=[IVXL])L?X{0,3}(?:IX|IV|V?I{0,3})$/;
// An ordered list item: "3. ", "3) ", "(3) ".
const LIST_NUMBER = /^\(?(\d{1,2})[.)][ \t]/;

export function sectionNumbering(doc: PolicyDocument): SectionNumbering {
  let n = CACHE.get(doc);
  if (!n) {
    n = buildNumbering(doc);
    CACHE.set(doc, n);
  }
  return n;
}

function buildNumbering(doc: PolicyDocument): SectionNumbering {
  const parts: NumberedPart[] = [];
  let headingCount = 0;
  let paragraphCount = 0;
  let roman = false;
  // The section (by index) each numbered heading opens, so list items under it get "N.k".
  const headingLabelOfSection = new Map<number, string>();

  for (const s of doc.sections) {
    const h = s.heading;
    if (!h) continue;
    const written = label(h.text);
    if (!written) continue;
    if (written.roman) roman = true;
    headingCount++;
    headingLabelOfSection.set(s.index, written.label);
    parts.push({ label: written.label, start: h.start, end: h.end, title: h.text.slice(written.length).trim(), partEnd: sectionEnd(doc, s.index, h.level), kind: 'heading' });
  }
  for (const p of doc.paragraphs) {
    const head = doc.text.slice(p.start, Math.min(p.end, p.start + 24));
    const list = LIST_NUMBER.exec(head);
    const written = label(head);
    if (written?.roman) {
      // "I. Who We Are" as a line of its own: a heading the model did not take for one.
      const nl = doc.text.indexOf('\n', p.start);
      const lineEnd = nl >= 0 && nl < p.end ? nl : p.end;
      if (lineEnd - p.start <= 80) {
        roman = true;
        headingCount++;
        parts.push({ label: written.label, start: p.start, end: lineEnd, title: doc.text.slice(p.start + written.length, lineEnd).trim(), partEnd: p.end, kind: 'heading' });
      }
    } else if (written && (written.label.includes('.') || !list)) {
      paragraphCount++;
      parts.push({ label: written.label, start: p.start, end: Math.min(p.end, p.start + written.length), title: '', partEnd: p.end, kind: 'paragraph' });
    } else if (list) {
      const parent = headingLabelOfSection.get(p.section);
      const l = parent && !parent.includes('.') && /^\d/.test(parent) ? `${parent}.${list[1]}` : list[1];
      parts.push({ label: l, start: p.start, end: p.start + list[0].trimEnd().length, title: '', partEnd: p.end, kind: 'list' });
    }
  }
  parts.sort((a, b) => a.start - b.start);

  const byLabel = new Map<string, NumberedPart[]>();
  const implied = new Map<string, NumberedPart>();
  let maxDepth = 0;
  for (const part of parts) {
    const list = byLabel.get(part.label);
    if (list) list.push(part);
    else byLabel.set(part.label, [part]);
    const segs = part.label.split('.');
    maxDepth = Math.max(maxDepth, segs.length);
    // "7.2" written means "7" exists for the reader, even where heading 7 was not recognised.
    for (let k = segs.length - 1; k >= 1; k--) {
      const parent = segs.slice(0, k).join('.');
      if (!implied.has(parent)) implied.set(parent, part);
    }
  }
  for (const [l, part] of implied) if (!byLabel.has(l)) byLabel.set(l, [part]);
  // Numbered sub-headings under unnumbered sections ("1. Adding publishers" in a list of steps)
  // do not make a numbered draft: most headings must carry a number.
  const headings = doc.headings.filter((h) => h !== doc.title).length;
  const numbersSections = (headingCount >= 2 && headingCount * 2 >= headings) || paragraphCount >= 3;
  const top = [...new Set(parts.filter((p) => p.kind === 'heading' && /^\d+$/.test(p.label)).map((p) => Number(p.label)))].sort((a, b) => a - b);
  const gaps = top.length >= 2 && top[top.length - 1] - top[0] + 1 > top.length;
  return { parts, byLabel, maxDepth, numbersSections, roman, gaps };
}

function label(text: string): { label: string; length: number; roman: boolean } | undefined {
  const d = DIGIT_LABEL.exec(text);
  if (d) {
    // "0." is not a section number; "12 Months" is a phrase unless a keyword, a dot, a bracket
    // or a dash marks the number ("Section 12", "12.", "12)", "12 –", "4.2").
    if (/^0/.test(d[1])) return undefined;
    const marked = /^\D/.test(d[0]) || d[1].includes('.') || /[.)\-–—:]/.test(d[0].slice(d[0].indexOf(d[1]) + d[1].length));
    if (!marked) return undefined;
    return { label: d[1], length: d[0].length, roman: false };
  }
  const r = ROMAN_LABEL.exec(text);
  if (r && ROMAN.test(r[1]) && !/^I[ \t]/.test(r[0])) return { label: r[1], length: r[0].length, roman: true };
  return undefined;
}

/** The end of a heading's section with its subsections: the next heading of the same or a higher level. */
function sectionEnd(doc: PolicyDocument, index: number, level: number): number {
  for (let k = index + 1; k < doc.sections.length; k++) {
    const h = doc.sections[k].heading;
    if (h && h.level <= level) return h.start;
  }
  return doc.text.length;
}

/**
 * The parts a written label names ("7.2", "VII"): its numbered headings if there are any, else its
 * numbered paragraphs, else its list items. Empty when the draft numbers nothing so.
 */
export function findNumberedParts(numbering: SectionNumbering, written: string): NumberedPart[] {
  const all = numbering.byLabel.get(written.toUpperCase()) ?? [];
  for (const kind of ['heading', 'paragraph', 'list'] as const) {
    const of = all.filter((p) => p.kind === kind);
    if (of.length > 0) return of;
  }
  return [];
}
