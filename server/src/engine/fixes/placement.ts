// Where a clause goes: at the end of the most relevant section; else as a new section before
// the contact section (or, for some clauses, at the end of the opening text or of the draft).
// Placement only chooses an offset and a heading: nothing outside the insertion point changes.

import { foreignTo } from '../rules/framework/scope';
import { relevantHeading } from '../rules/framework/anchor';
import { headingNorms } from '../model/headings';
import { packById } from '../regimes';
import type { Heading, PolicyDocument } from '../model/document';
import type { Clause } from '../clauses/types';
import { headingLine, isNumbered, mostCommonHeading, nextNumber } from './layout';
import { ListStyle, listEndingAt } from './lists';

export interface NewHeading {
  title: string;
  level: number;
  /** The heading whose style it copies. */
  like?: Heading;
  /** Its number, in numbered drafts ("8."); the k-th new section at one point gets number + k. */
  number?: string;
}

export interface Placement {
  offset: number;
  /** True when the offset follows existing content (the insertion starts with a paragraph break). */
  afterContent: boolean;
  /** True inside a scraped line, just before a glued heading: the insertion also ends with a break. */
  splitsLine?: boolean;
  /** The heading to create above the clause, if any. */
  heading?: NewHeading;
  /** Clauses with the same offset and heading share one edit and one heading. */
  key: string;
  /** The existing section the clause joins (none for a new section or the opening text). */
  section?: Heading;
  /** The section ends in a list: the clause becomes one more item of it. */
  list?: ListStyle;
}

const CONTACT_HEADING = /\b(contact|how to reach|questions)\b/;

/**
 * Lookups over all headings, done once per document: a draft missing many items places a
 * clause for each (twice, with "insert all"), and a long draft has many headings.
 */
interface HeadingFacts {
  sibling?: { h: Heading | undefined };
  contact?: { h: Heading | undefined };
  lastNumber: Map<number, string | undefined>;
}
const FACTS = new WeakMap<PolicyDocument, HeadingFacts>();

function facts(doc: PolicyDocument): HeadingFacts {
  let f = FACTS.get(doc);
  if (!f) FACTS.set(doc, (f = { lastNumber: new Map() }));
  return f;
}

/** The section a clause belongs in: the same heading a missing item's finding points at (anchor.ts). */
function sectionFor(doc: PolicyDocument, anchorHeadings: readonly RegExp[], family: string): number {
  return relevantHeading(doc, anchorHeadings, foreignTo(packById(family)?.audience));
}

/** `family` is the rule's regime (`gdpr`, `ccpa`, …): the clause avoids sections addressed to another law's readers. */
export function placeClause(doc: PolicyDocument, clause: Clause, anchorHeadings: readonly RegExp[], family = ''): Placement {
  return clearOfUnclosedBlock(doc, placeBySections(doc, clause, anchorHeadings, family));
}

function placeBySections(doc: PolicyDocument, clause: Clause, anchorHeadings: readonly RegExp[], family: string): Placement {
  const relevant = sectionFor(doc, anchorHeadings, family);
  if (relevant >= 0) return intoSection(doc, clause, relevant);
  const fallback = clause.fallback ?? 'before-contact';
  if (fallback === 'start') return intoOpening(doc);
  const like = siblingHeading(doc);
  // Numbered drafts ("## 7. Contact") get a new last section: one before the contact section would need renumbering.
  if (fallback === 'before-contact' && !(like && isNumbered(like))) {
    const contact = contactHeading(doc);
    if (contact) {
      const at = beforeHeading(doc, contact, firstBodyLine(doc));
      return { ...at, heading: { title: clause.sectionTitle, level: contact.level, like: contact }, key: `${at.offset}#${clause.sectionTitle}` };
    }
  }
  // A new last section; numbered drafts continue their numbering (renumbering would touch their text).
  const at = endOfContentBefore(doc, doc.text.length, firstBodyLine(doc));
  const level = like?.level ?? 2;
  const number = like && isNumbered(like) ? lastNumberAt(doc, like.level) : undefined;
  return { ...at, heading: { title: clause.sectionTitle, level, like, number }, key: `${at.offset}#${clause.sectionTitle}` };
}

// ---- unclosed comments and fences -------------------------------------------------------

/**
 * An HTML comment (`<!--` with no `-->`) or, in Markdown, a code fence that is never closed
 * hides everything after it, to the end of the text, from the check (and from a reader of the
 * rendered draft). A clause placed there would be invisible and the item still reported, so
 * it goes just before the unclosed block instead. Closing the block is not the fix's business:
 * a quick fix only inserts at its point and never changes the draft's own text.
 */
function clearOfUnclosedBlock(doc: PolicyDocument, p: Placement): Placement {
  const open = unclosedBlockStart(doc);
  if (open === undefined || p.offset <= open) return p;
  const at = endOfContentBefore(doc, open, firstBodyLine(doc));
  const rest = { ...p };
  delete rest.splitsLine;
  delete rest.list;
  // The key starts with the offset (clauses at one point share an edit): keep it in step.
  return { ...rest, ...at, key: `${at.offset}${p.key.slice(String(p.offset).length)}` };
}

const unclosedBlockCache = new WeakMap<PolicyDocument, number | undefined>();

/**
 * The start of the line that opens a comment or fence still open at the end of the text, by
 * the same line rules as buildDocumentModel. Once per document: placement runs for every fix.
 */
function unclosedBlockStart(doc: PolicyDocument): number | undefined {
  if (unclosedBlockCache.has(doc)) return unclosedBlockCache.get(doc);
  const { text, lines } = doc;
  const markdown = doc.format === 'markdown';
  let start: number | undefined;
  if (text.includes('<!--') || (markdown && (text.includes('```') || text.includes('~~~')))) {
    let fenceLine = -1;
    let commentLine = -1;
    for (let ln = firstBodyLine(doc); ln < lines.lineCount; ln++) {
      const raw = text.slice(lines.lineStarts[ln], lines.lineEnd(ln));
      const trimmed = raw.trim();
      if (markdown && /^(```|~~~)/.test(trimmed)) {
        fenceLine = fenceLine < 0 ? ln : -1;
        continue;
      }
      if (fenceLine >= 0) continue;
      if (commentLine >= 0 || trimmed.startsWith('<!--')) {
        commentLine = raw.includes('-->') ? -1 : commentLine >= 0 ? commentLine : ln;
      }
    }
    // Both may be open (a fence line inside a comment opens a fence too): the earlier one hides the rest.
    const open = [fenceLine, commentLine].filter((l) => l >= 0);
    if (open.length > 0) start = lines.lineStarts[Math.min(...open)];
  }
  unclosedBlockCache.set(doc, start);
  return start;
}

/** At the end of the section, or as a new sub-section when the section has sub-sections. */
function intoSection(doc: PolicyDocument, clause: Clause, i: number): Placement {
  const h = doc.headings[i];
  let j = i + 1;
  while (j < doc.headings.length && doc.headings[j].level > h.level) j++;
  const at = j < doc.headings.length ? beforeHeading(doc, doc.headings[j], h.line) : endOfContentBefore(doc, doc.text.length, h.line);
  if (j > i + 1) {
    const child = doc.headings[i + 1];
    const lastChild = [...doc.headings.slice(i + 1, j)].reverse().find((c) => c.level === child.level) ?? child;
    const number = isNumbered(child) ? nextNumber(lastChild) : undefined;
    return { ...at, heading: { title: clause.title, level: child.level, like: child, number }, key: `${at.offset}#${clause.title}` };
  }
  // The last block is a list: one more item (an item needs the content line it follows).
  const list = at.afterContent && !('splitsLine' in at && at.splitsLine) ? listEndingAt(doc, at.offset, Math.max(h.line, doc.lines.lineAt(Math.max(h.start, h.end - 1))) + 1) : undefined;
  return { ...at, key: `${at.offset}`, section: h, ...(list ? { list } : {}) };
}

/** The end of the opening text: after the title and any introduction, before the first section. */
function intoOpening(doc: PolicyDocument): Placement {
  const next = doc.headings.find((h) => h !== doc.title && (!doc.title || h.start > doc.title.start));
  const at = next ? beforeHeading(doc, next, firstBodyLine(doc)) : endOfContentBefore(doc, doc.text.length, firstBodyLine(doc));
  return { ...at, key: `${at.offset}` };
}

/** Just before a heading: after the content above it, or, for a heading glued into a scraped line, at the heading itself. */
function beforeHeading(doc: PolicyDocument, h: Heading, minLine: number): { offset: number; afterContent: boolean; splitsLine?: boolean } {
  if (h.style === 'glued' && h.start > doc.lines.lineStarts[h.line]) return { offset: h.start, afterContent: true, splitsLine: true };
  return endOfContentBefore(doc, lineStartOf(doc, h), minLine);
}

/**
 * The offset just after the last content line above `boundary` (a line start or the text's
 * end), skipping blank lines and the comment lines that belong to the heading below. When
 * there is no content from `minLine` on, the insertion goes at the boundary, before the heading.
 */
/**
 * Per document, the answers already computed: every missing item asks where its clause goes, and
 * the walk back over blank lines is linear in the lines, so a draft of a million blank lines and
 * twenty missing items would walk them twenty times.
 */
const END_OF_CONTENT = new WeakMap<PolicyDocument, Map<string, { offset: number; afterContent: boolean }>>();

function endOfContentBefore(doc: PolicyDocument, boundary: number, minLine: number): { offset: number; afterContent: boolean } {
  let memo = END_OF_CONTENT.get(doc);
  if (!memo) END_OF_CONTENT.set(doc, (memo = new Map<string, { offset: number; afterContent: boolean }>()));
  const key = `${boundary}:${minLine}`;
  let found = memo.get(key);
  if (!found) memo.set(key, (found = walkBackToContent(doc, boundary, minLine)));
  return { ...found };
}

function walkBackToContent(doc: PolicyDocument, boundary: number, minLine: number): { offset: number; afterContent: boolean } {
  const { lines, text } = doc;
  let ln = boundary >= text.length ? lines.lineCount : lines.lineAt(boundary);
  let attached = ln; // first line of comments attached to the heading at `ln`
  while (ln - 1 >= minLine) {
    const t = text.slice(lines.lineStarts[ln - 1], lines.lineEnd(ln - 1)).trim();
    if (t.length === 0) {
      ln--;
      continue;
    }
    // Comment lines (suppressions) above a heading belong to that heading.
    if (t.startsWith('<!--') && t.endsWith('-->')) {
      ln--;
      attached = ln;
      continue;
    }
    return { offset: lines.lineEnd(ln - 1), afterContent: true };
  }
  const at = attached < lines.lineCount ? lines.lineStarts[attached] : text.length;
  return { offset: Math.min(at, boundary), afterContent: false };
}

function lineStartOf(doc: PolicyDocument, h: Heading): number {
  return doc.lines.lineStarts[h.line];
}

function firstBodyLine(doc: PolicyDocument): number {
  return doc.frontMatter ? doc.lines.lineAt(doc.frontMatter.end) : 0;
}

/** The contact section: the least-nested heading about contact, the last of them. */
function contactHeading(doc: PolicyDocument): Heading | undefined {
  const f = facts(doc);
  if (f.contact) return f.contact.h;
  const norms = headingNorms(doc);
  let best: Heading | undefined;
  doc.headings.forEach((h, k) => {
    if (h === doc.title || !CONTACT_HEADING.test(norms[k])) return;
    if (!best || h.level <= best.level) best = h;
  });
  f.contact = { h: best };
  return best;
}

/** The heading a new top-level section should look like: the most frequent level and style, title aside. */
function siblingHeading(doc: PolicyDocument): Heading | undefined {
  const f = facts(doc);
  return (f.sibling ??= { h: mostCommonHeading(doc) }).h;
}

function lastNumberAt(doc: PolicyDocument, level: number): string | undefined {
  const f = facts(doc);
  if (f.lastNumber.has(level)) return f.lastNumber.get(level);
  let last: Heading | undefined;
  for (let k = doc.headings.length - 1; k >= 0 && !last; k--) {
    const h = doc.headings[k];
    if (h !== doc.title && isNumbered(h) && h.level === level) last = h;
  }
  const n = last ? nextNumber(last) : undefined;
  f.lastNumber.set(level, n);
  return n;
}

/** The heading line; `k` counts the new numbered sections already inserted at the same point. */
export function renderHeading(doc: PolicyDocument, h: NewHeading, k = 0): string {
  return headingLine(h.title, h.level, h.like, doc, h.number ? addToNumber(h.number, k) : undefined);
}

function addToNumber(n: string, k: number): string {
  return k === 0 ? n : n.replace(/(\d{1,2})([.)]?)$/, (_m, d: string, sep: string) => `${Number(d) + k}${sep}`);
}
