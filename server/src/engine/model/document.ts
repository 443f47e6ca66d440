// The document model: built once per document version and shared by every rule.
// Headings, sections, paragraphs and sentences, all as offsets into the original text.
//
// Real drafts are messy: Markdown or plain text, CRLF, a BOM, curly quotes, numbered
// headings, ALL-CAPS headings, and web pages scraped into one long line where a heading is
// glued to the sentence that follows it ("YOUR RIGHTSYou may ask…"). Every loop here is
// linear in the text and every regular expression is anchored or bounded.

import { LineIndex } from '../text/lineIndex';
import { normalizeForMatching } from '../text/normalize';
import { extractFrontMatter, FrontMatter } from './frontMatter';

export type DocumentFormat = 'markdown' | 'plaintext';

export interface Heading {
  start: number;
  end: number;
  /** 1 = top level. Markdown: number of #. Plain text: inferred from the heading's style. */
  level: number;
  text: string;
  line: number;
  /** How the heading was written, so that inserted headings can match it. */
  style: 'atx' | 'setext' | 'bold' | 'numbered' | 'caps' | 'title' | 'glued';
}

export interface Section {
  /** Undefined for the preamble before the first heading. */
  heading?: Heading;
  start: number;
  /** End of the section's body: the start of the next heading of any level, or the text's end. */
  end: number;
  index: number;
}

export interface Paragraph {
  start: number;
  end: number;
  section: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** Same-length, lower-cased, ASCII-quoted copy of the sentence for matching. */
  norm: string;
  paragraph: number;
  section: number;
  /** Starts with a list marker ("-", "•", "(a)", "1."). */
  listItem: boolean;
}

export interface PolicyDocument {
  text: string;
  /** normalizeForMatching(text): same length, offsets shared. */
  norm: string;
  format: DocumentFormat;
  lines: LineIndex;
  frontMatter?: FrontMatter;
  /** The document's title line, when it has one (first heading or first short line). */
  title?: Heading;
  headings: Heading[];
  sections: Section[];
  paragraphs: Paragraph[];
  sentences: Sentence[];
}

/** A line longer than this is treated as scraped, glued text and split further. */
const GLUED_LINE_LENGTH = 1500;
/** Sentences are evidence a person reads; longer runs are split at clause boundaries. */
const MAX_SENTENCE = 700;

export function buildDocumentModel(text: string, format?: DocumentFormat): PolicyDocument {
  const lines = new LineIndex(text);
  const norm = normalizeForMatching(text);
  const frontMatter = extractFrontMatter(text, lines);
  const fmt = format ?? detectFormat(text);
  const firstLine = frontMatter ? lines.lineAt(frontMatter.end) : 0;

  const headings: Heading[] = [];
  const blocks: Array<{ start: number; end: number }> = []; // paragraph text runs
  let paraStart = -1;
  let paraEnd = -1;
  let inFence = false;
  let inComment = false;
  const flush = () => {
    if (paraStart >= 0) blocks.push({ start: paraStart, end: paraEnd });
    paraStart = -1;
  };

  for (let ln = firstLine; ln < lines.lineCount; ln++) {
    const ls = lines.lineStarts[ln];
    const le = lines.lineEnd(ln);
    const raw = text.slice(ls, le);
    const trimmed = raw.trim();
    if (fmt === 'markdown' && /^(```|~~~)/.test(trimmed)) {
      flush();
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    // HTML comments (suppression comments live there) are not policy text.
    if (inComment || trimmed.startsWith('<!--')) {
      flush();
      inComment = !raw.includes('-->');
      continue;
    }
    if (trimmed.length === 0) {
      flush();
      continue;
    }
    const lead = ls + (raw.length - raw.trimStart().length);
    const tail = lead + trimmed.length;

    if (raw.length > GLUED_LINE_LENGTH) {
      flush();
      splitGluedLine(text, ln, lead, tail, headings, blocks);
      continue;
    }

    const heading = classifyHeading(text, fmt, ln, lead, tail, trimmed, lines, headings.length === 0);
    if (heading) {
      // A setext underline turns the paragraph's last line into the heading.
      if (heading.style === 'setext') {
        if (paraStart >= 0 && lines.lineAt(paraStart) === ln - 1) {
          paraStart = -1;
          headings.push({ ...heading, start: lines.lineStarts[ln - 1], end: lines.lineEnd(ln - 1), text: text.slice(lines.lineStarts[ln - 1], lines.lineEnd(ln - 1)).trim(), line: ln - 1 });
        }
        flush();
        continue;
      }
      flush();
      headings.push(heading);
      continue;
    }
    // A list item or a line after a finished sentence starts a new paragraph unit only for
    // sentence splitting; keep paragraphs as blank-line separated blocks, but break the
    // block at list items so that each item is evidence of its own.
    if (paraStart >= 0 && isListItem(trimmed)) flush();
    if (paraStart < 0) paraStart = lead;
    paraEnd = tail;
  }
  flush();
  lastTitleLike = NOT_JUDGED; // the line is a slice: it would keep this text alive

  headings.sort((a, b) => a.start - b.start);
  const sections = buildSections(text.length, headings, frontMatter?.end ?? 0);
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  let si = 0;
  for (const b of blocks) {
    while (si + 1 < sections.length && sections[si + 1].start <= b.start) si++;
    const pi = paragraphs.length;
    paragraphs.push({ start: b.start, end: b.end, section: si });
    splitSentences(text, norm, b.start, b.end, pi, si, sentences);
  }

  return {
    text,
    norm,
    format: fmt,
    lines,
    frontMatter,
    title: findTitle(text, headings, blocks, lines, firstLine),
    headings,
    sections,
    paragraphs,
    sentences,
  };
}

export function detectFormat(text: string): DocumentFormat {
  // Bounded look at the start: an ATX heading or a Markdown list/link is enough.
  const head = text.slice(0, 20000);
  return /(^|\n)#{1,6}[ \t]+\S/.test(head) || /\]\([^)\s]{1,200}\)/.test(head) ? 'markdown' : 'plaintext';
}

const LIST_ITEM = /^(?:[-*+•▪◦·]\s|\(?[a-z]\)\s|\(?[ivx]{1,4}\)\s|\d{1,2}[.)]\s)/i;

function isListItem(trimmed: string): boolean {
  return LIST_ITEM.test(trimmed);
}

const SMALL_WORDS = new Set(['a', 'an', 'and', 'or', 'of', 'the', 'to', 'for', 'in', 'on', 'with', 'by', 'at', 'from', 'we', 'your', 'our', 'how', 'is', 'are', 'do', 'does', 'what', 'who', 'why', 'when', 'this', 'it', 'us', 'you', 'can', 'be', 'as', 'about', 'use', 'may', 'not', 'if', 'under', 'into', 'which', 'that', 'its']);

function classifyHeading(
  text: string,
  fmt: DocumentFormat,
  line: number,
  lead: number,
  tail: number,
  trimmed: string,
  lines: LineIndex,
  isFirst: boolean,
): Heading | undefined {
  const make = (level: number, style: Heading['style'], start = lead, end = tail): Heading => ({
    start,
    end,
    level,
    style,
    line,
    text: text.slice(start, end).trim(),
  });

  const atx = /^(#{1,6})[ \t]+/.exec(trimmed);
  if (atx) {
    const inner = stripClosingHashes(trimmed.slice(atx[0].length));
    return make(atx[1].length, 'atx', lead + atx[0].length, lead + atx[0].length + inner.length);
  }
  if (fmt === 'markdown' && line > 0 && /^(=+|-+)$/.test(trimmed) && trimmed.length >= 2) {
    const prev = text.slice(lines.lineStarts[line - 1], lines.lineEnd(line - 1)).trim();
    if (prev.length > 0 && !isListItem(prev)) return make(trimmed[0] === '=' ? 1 : 2, 'setext');
  }
  if (trimmed.length > 120) return undefined;
  const bold = /^(\*\*|__)([^*_]{2,100})\1:?$/.exec(trimmed);
  if (bold) return make(3, 'bold', lead + 2, lead + 2 + bold[2].length);

  const numbered = /^((?:\d{1,2}\.)+\d{0,2}|\d{1,2}\)|[IVX]{1,5}\.|[A-H]\.)[ \t]+(\S.*)$/.exec(trimmed);
  if (numbered) {
    const body = numbered[2];
    if (isTitleLike(body, 14) || isAllCaps(body)) {
      const depth = numbered[1].split('.').filter((p) => p.length > 0).length;
      return make(Math.min(depth + 1, 4), 'numbered');
    }
    return undefined;
  }
  if (isListItem(trimmed)) return undefined;
  if (isAllCaps(trimmed) && wordCount(trimmed) <= 14) return make(isFirst ? 1 : 2, 'caps');
  if (isTitleLike(trimmed, 12)) return make(isFirst ? 1 : 3, 'title');
  return undefined;
}

/**
 * "## Title ##" → "Title": the optional closing sequence of an ATX heading. A backwards scan,
 * because the equivalent /[ \t]+#+[ \t]*$/ retries from every space of a long run (quadratic).
 * `s` is trimmed, so there is no trailing whitespace.
 */
function stripClosingHashes(s: string): string {
  let k = s.length;
  while (k > 0 && s[k - 1] === '#') k--;
  if (k === s.length || k === 0 || (s[k - 1] !== ' ' && s[k - 1] !== '\t')) return s;
  while (k > 0 && (s[k - 1] === ' ' || s[k - 1] === '\t')) k--;
  return s.slice(0, k);
}

function wordCount(s: string): number {
  let n = 0;
  for (const w of s.split(/\s+/)) if (w.length > 0) n++;
  return n;
}

function isAllCaps(s: string): boolean {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c >= 'A' && c <= 'Z') upper++;
    else if (c >= 'a' && c <= 'z') lower++;
  }
  return upper >= 4 && lower === 0 && !/[.;,]$/.test(s);
}

/**
 * The last line judged and the verdict: a degenerate draft of one line repeated (1 MB of "A",
 * blank, "A", …) is judged once, not 350 000 times.
 */
const NOT_JUDGED = { s: '', maxWords: 0, is: false };
let lastTitleLike = NOT_JUDGED;

/** A short line in title case, or a short question: "How Long We Keep Your Data", "Your rights". */
function isTitleLike(s: string, maxWords: number): boolean {
  if (s === lastTitleLike.s && maxWords === lastTitleLike.maxWords) return lastTitleLike.is;
  const is = judgeTitleLike(s, maxWords);
  lastTitleLike = { s, maxWords, is };
  return is;
}

function judgeTitleLike(s: string, maxWords: number): boolean {
  // A period inside an initialism ("U.S. residents", "E.U. users") does not end a sentence.
  if (s.length > 100 || /[.;,!]$/.test(s) || /[.;!?]\s/.test(s.includes('.') ? s.replace(/\b([A-Z])\.(?=[A-Z]\.|\s)/g, '$1') : s)) return false;
  if (!/^["'“‘(]?[A-Z0-9]/.test(s)) return false;
  const words = s.split(/\s+/).filter((w) => w.length > 0);
  if (words.length === 0 || words.length > maxWords) return false;
  if (/:$/.test(s) && words.length > 6) return false;
  if (/\S@\S|https?:|www\./i.test(s)) return false;
  // An address line ("Example GmbH, Lindenweg 7, 80331 München", "…, Bristol BS1 5TT", "…, CA
  // 94104"): parts between commas and a postcode. A signature or imprint line, not a heading.
  if (/,[^,]{1,60},/.test(s) && /(?:^|[ ,])(?:\d{4,5}|\d{3} \d{2})(?= ?[A-Z\u00c0-\u00de])|\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$|\b[A-Z]{2} \d{5}(?:-\d{4})?$/.test(s)) return false;
  if (/\?$/.test(s)) return true;
  let capital = 0;
  let content = 0;
  for (const w of words) {
    const bare = w.replace(/^[^A-Za-z0-9]+/, '');
    if (bare.length === 0) continue;
    if (SMALL_WORDS.has(bare.toLowerCase())) continue;
    content++;
    if (/^[A-Z0-9]/.test(bare)) capital++;
  }
  // "Your rights" (2 words, sentence case) is a heading; a 9-word sentence-case line is not.
  if (words.length <= 4) return capital >= 1 && !/:$/.test(s) ? true : capital >= 1;
  return content > 0 && capital / content >= 0.75;
}

// Scraped pages: an upper-case run glued to a capitalised word: "YOUR RIGHTSYou may".
// Bounded run length keeps the match linear.
const GLUED_HEADING = /([A-Z][A-Z0-9&,'’/ \u00a0()-]{2,90}[A-Z])(?=[A-Z][a-z])/g;

function splitGluedLine(
  text: string,
  line: number,
  start: number,
  end: number,
  headings: Heading[],
  blocks: Array<{ start: number; end: number }>,
): void {
  const slice = text.slice(start, end);
  GLUED_HEADING.lastIndex = 0;
  let cursor = 0;
  let m: RegExpExecArray | null;
  while ((m = GLUED_HEADING.exec(slice)) !== null) {
    const h = m[1];
    // A heading has at least two letters words or one long word, and is not an acronym list.
    if (!/[A-Z]{4,}|[A-Z]{2,} [A-Z]{2,}/.test(h)) continue;
    const hs = m.index;
    const he = hs + h.length;
    if (hs > cursor) blocks.push({ start: start + cursor, end: start + hs });
    headings.push({ start: start + hs, end: start + he, level: 2, style: 'glued', line, text: h.trim() });
    cursor = he;
  }
  if (cursor < slice.length) blocks.push({ start: start + cursor, end });
}

function buildSections(length: number, headings: Heading[], bodyStart: number): Section[] {
  const sections: Section[] = [];
  const firstHeading = headings.length > 0 ? headings[0].start : length;
  sections.push({ start: bodyStart, end: firstHeading, index: 0 });
  for (let i = 0; i < headings.length; i++) {
    const end = i + 1 < headings.length ? headings[i + 1].start : length;
    sections.push({ heading: headings[i], start: headings[i].start, end, index: sections.length });
  }
  return sections;
}

// Abbreviations after which a period does not end a sentence.
const ABBREVIATIONS = new Set([
  'inc', 'ltd', 'co', 'corp', 'llc', 'no', 'nos', 'art', 'arts', 'mr', 'mrs', 'ms', 'dr', 'st', 'e.g', 'i.e', 'etc', 'vs', 'para', 'lit', 'cf', 'sec', 'u.s', 'u.k', 'approx', 'incl', 'p', 'pp', 'ref', 'reg', 'dept', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'nr', 'tel', 'ph', 'fax', 'seq', 's.a', 'b.v', 'n.v', 'a.g', 'gmbh', 'bv', 'nv', 'ag', 'ab', 'aps', 'sa', 'pty', 'plc',
]);

function splitSentences(
  text: string,
  norm: string,
  start: number,
  end: number,
  paragraph: number,
  section: number,
  out: Sentence[],
): void {
  let s = start;
  const push = (a: number, b: number) => {
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (b <= a) return;
    // Cap very long runs (scraped text with no punctuation) at clause boundaries.
    while (b - a > MAX_SENTENCE) {
      let cut = -1;
      for (let k = a + MAX_SENTENCE; k > a + MAX_SENTENCE / 2; k--) {
        const c = text[k];
        if (c === ';' || c === ':' || c === ',') {
          cut = k + 1;
          break;
        }
      }
      if (cut < 0) {
        for (let k = a + MAX_SENTENCE; k > a + MAX_SENTENCE / 2; k--) {
          if (isSpace(text.charCodeAt(k))) {
            cut = k;
            break;
          }
        }
      }
      if (cut < 0) cut = a + MAX_SENTENCE;
      emit(a, cut);
      a = cut;
      while (a < b && isSpace(text.charCodeAt(a))) a++;
    }
    if (b > a) emit(a, b);
  };
  const emit = (a: number, b: number) => {
    const n = norm.slice(a, b);
    out.push({ start: a, end: b, norm: n, paragraph, section, listItem: LIST_ITEM.test(text.slice(a, Math.min(b, a + 8))) });
  };

  // Only line breaks and . ! ? can end a sentence: jump from one to the next. A regular
  // expression finds a distant one faster than a loop over every character; a near one (dense
  // punctuation) is found by looking at the next few characters first.
  const seg = text.slice(start, end);
  for (let i = start; i < end; i++) {
    const probeEnd = Math.min(end, i + 8);
    while (i < probeEnd && !isSentenceEndCandidate(text.charCodeAt(i))) i++;
    if (i === probeEnd) {
      if (i >= end) break;
      SENTENCE_END_CANDIDATE.lastIndex = i - start;
      const hit = SENTENCE_END_CANDIDATE.exec(seg);
      if (!hit) break;
      i = start + hit.index;
    }
    const c = text.charCodeAt(i);
    // A line break inside a paragraph ends a sentence when the next line is a list item
    // or the line ended with terminal punctuation or a colon/semicolon.
    if (c === 10 || c === 13) {
      const prev = lastNonSpaceBefore(text, i, s);
      let j = i + 1;
      while (j < end && isSpace(text.charCodeAt(j))) j++;
      if (prev === 46 || prev === 58 || prev === 59 || prev === 33 || prev === 63 || LIST_ITEM.test(text.slice(j, j + 8))) {
        push(s, i);
        s = j;
        i = j - 1;
      }
      continue;
    }
    if (c !== 46 && c !== 33 && c !== 63 && c !== 59) continue; // . ! ? ;
    if (c === 59) continue; // semicolons split only over-long sentences (above)
    // Skip closing quotes/brackets after the punctuation.
    let j = i + 1;
    while (j < end && isClosing(text.charCodeAt(j))) j++;
    if (j >= end) continue;
    const next = text.charCodeAt(j);
    if (c === 46) {
      // A period inside a token (URL, e-mail, number, abbreviation) does not end a sentence.
      const word = wordBefore(norm, i, s);
      if (ABBREVIATIONS.has(word) || (word.length === 1 && isLowerAscii(word.charCodeAt(0)))) continue;
      if (isSpace(next)) {
        let k = j;
        while (k < end && isSpace(text.charCodeAt(k))) k++;
        const a = text.charCodeAt(k); // NaN past the end
        if ((isLowerAscii(a) || (a >= 48 && a <= 57)) && !(isLowerAscii(a) && text.charCodeAt(k + 1) === 41)) continue;
        push(s, j);
        s = k;
        i = k - 1;
        continue;
      }
      // Glued text: "Service.All other terms" — a lower-case letter before, capital after.
      if (next >= 65 && next <= 90 && isLowerAscii(text.charCodeAt(i - 1)) && isLowerAscii(text.charCodeAt(j + 1))) {
        push(s, j);
        s = j;
        i = j - 1;
      }
      continue;
    }
    if (isSpace(next)) {
      push(s, j);
      s = j;
      i = j - 1;
    }
  }
  push(s, end);
}

const SENTENCE_END_CANDIDATE = /[.!?\n\r]/g;

function isSentenceEndCandidate(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 10 || c === 13;
}

// Character tests of the sentence splitter's hot path, by code (no one-character strings).
function isLowerAscii(c: number): boolean {
  return c >= 97 && c <= 122; // false for NaN (outside the text)
}

/** A closing quote or bracket that may follow a sentence's final punctuation: " ' ” ’ ) ] */
function isClosing(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0xfeff;
}

function lastNonSpaceBefore(text: string, i: number, floor: number): number {
  let k = i - 1;
  while (k >= floor && isSpace(text.charCodeAt(k))) k--;
  return k >= floor ? text.charCodeAt(k) : -1;
}

function wordBefore(norm: string, i: number, floor: number): string {
  let k = i - 1;
  while (k >= floor && k > i - 12) {
    const ch = norm[k];
    if (!(ch >= 'a' && ch <= 'z') && ch !== '.') break;
    k--;
  }
  return norm.slice(k + 1, i);
}

function findTitle(
  text: string,
  headings: Heading[],
  blocks: Array<{ start: number; end: number }>,
  lines: LineIndex,
  firstLine: number,
): Heading | undefined {
  const firstBlock = blocks.length > 0 ? blocks[0].start : text.length;
  const h = headings[0];
  if (h && h.start <= firstBlock && h.end - h.start <= 120) return h;
  // Otherwise the first non-empty line, if short, is the title.
  for (let ln = firstLine; ln < Math.min(lines.lineCount, firstLine + 5); ln++) {
    const a = lines.lineStarts[ln];
    const b = lines.lineEnd(ln);
    const t = text.slice(a, b).trim();
    if (t.length === 0) continue;
    if (t.length <= 120) {
      const lead = a + (text.slice(a, b).length - text.slice(a, b).trimStart().length);
      return { start: lead, end: lead + t.length, level: 1, style: 'title', line: ln, text: t };
    }
    break;
  }
  return h;
}
