// References from one part of the draft to another, and where they lead:
//   by number — "Section 12", "clause 4.2", "paragraph 3", "§ 5", "Section IV";
//   by title  — "see the section “Your Rights”", "the 'Cookies' section below",
//               "see 'Cookies and similar technologies' below", "see the section Your Rights";
// each with the direction it gives ("above", "below"), if any.
//
// Not references to the draft: the law ("Section 1798.100 of the CCPA", "Article 13 GDPR",
// "section 5 of the FTC Act", "Section 230", "§ 26 BDSG") and other documents ("section 4 of our
// Terms of Service"). A number above 99 is a statute's; a number followed by "of" and anything
// but "this …" belongs to another text; a law's name or an acronym next to it is the law's.
//
// Computed once per document model (WeakMap); every expression is bounded and runs on doc.norm.

import type { Heading, PolicyDocument } from '../model/document';
import { headingNorms } from '../model/headings';
import { findNumberedParts, NumberedPart, sectionNumbering } from '../model/sectionNumbers';
import { ArticleReference, findArticleReferences } from '../law/citations';

export interface CrossReference {
  /** The reference as written: "Section 12", "“Your Rights”". */
  start: number;
  end: number;
  kind: 'number' | 'title';
  /** kind 'number': "12", "4.2", "IV" (upper case). */
  label?: string;
  /** kind 'title': the title as written, without quotes or a leading number. */
  title?: string;
  /**
   * kind 'title': whether the words say it is a part of this text ("see …", "described in …",
   * "above", "below", "of this policy"). "in the ‘Profile’ section" may be a screen of the app.
   */
  cue?: boolean;
  /** "above" or "below" written with the reference, and where. */
  direction?: { word: 'above' | 'below'; start: number; end: number };
}

/** Where a reference leads: a numbered part, or the headings whose title matches. */
export interface ReferenceTarget {
  start: number;
  end: number;
  /** Where the part it names ends (its section with subsections, or its paragraph). */
  partEnd: number;
  /** The heading's text, or the numbered paragraph's first words. */
  text: string;
  /** The title is the heading's, word for word (case and punctuation aside); a number always is. */
  exact: boolean;
}

const CACHE = new WeakMap<PolicyDocument, CrossReference[]>();

/**
 * The draft's references to its own parts, in text order. `lawReferences`: the GDPR citations,
 * when the caller has them already (a rule's memo, the hover index); found here otherwise.
 */
export function findCrossReferences(doc: PolicyDocument, lawReferences?: readonly ArticleReference[]): CrossReference[] {
  let refs = CACHE.get(doc);
  if (!refs) {
    refs = [...numberReferences(doc, lawReferences ?? findArticleReferences(doc)), ...titleReferences(doc)].sort((a, b) => a.start - b.start);
    CACHE.set(doc, refs);
  }
  return refs;
}

// ---- by number ----

const NUMBER_REF = /(?:\b(?:sections?|clauses?|paragraphs?)|§§?)[ \t]{0,2}(\d{1,4}(?:\.\d{1,3}){0,3}|[ivxl]{1,6}\b)(?:\([a-z0-9]{1,3}\)){0,3}/g;
// After the number: "of" + anything but "this …" is another text ("of the CCPA", "of our Terms").
const OF_OTHER = /^[ \t]{0,2}(?:\([^()\n]{0,80}\)[ \t]{0,2})?,?[ \t]{0,2}(?:of|in|under)[ \t]{1,3}(?!this\b|these\b)/;
// A capitalised name or an acronym right after the number names a law: "§ 26 BDSG", "Section 5 FTC Act".
const LAW_AFTER = /^[ \t]{0,2}(?:[A-Z]{2,}|(?:[A-Z][a-z]{1,20}[ \t]){0,3}(?:Act|Code|Regulation|Directive|Rules?|Law|Statute)\b|U\.S\.C|C\.F\.R)/;
// Before the reference: a law, a code or another document ("Civil Code section", "CCPA Section 3",
// "the Terms of Service, section 4").
const ACRONYM_BEFORE = /\b[A-Z]{2,}[a-z]?[.,]?[ \t]{0,2}$/;
const LAW_BEFORE = /\b(?:(?:code|act|regulation|directive|law|statute|u\.s\.c\.?|c\.f\.r\.?|title \d{1,3}|terms(?: of (?:use|service))?|agreement|contract|eula|conditions)[.,]?)[ \t]{0,2}(?:,[ \t]{0,2})?$/i;
const DIRECTION_AFTER = /^[ \t]{0,2}(?:\([^()\n]{0,80}\)[ \t]{0,2})?,?[ \t]{0,2}(above|below)\b/;
const DIRECTION_BEFORE = /\b(above|below),?[ \t]{1,3}(?:in|at|under|see)[ \t]{1,3}(?:the[ \t]{1,3})?$/;
// "Section 7 (Contact Information)", "Section 13 'How to contact us'", "Section 4 – “Sharing”".
const NAMED_AFTER_NUMBER = /^[ \t]{0,2}(?:[-–—:,][ \t]{0,2})?(?:\(([^()\n"“”]{3,80})\)|["“]([^"“”\n]{3,80})["”]|['‘]([^'‘’\n]{3,80})['’])/;
const ROMAN = /^(?=[ivxl])l?x{0,3}(?:ix|iv|v?i{0,3})$/;

function numberReferences(doc: PolicyDocument, laws: readonly ArticleReference[]): CrossReference[] {
  const out: CrossReference[] = [];
  const s = doc.norm;
  let li = 0;
  NUMBER_REF.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMBER_REF.exec(s))) {
    const start = m.index;
    const end = start + m[0].length;
    const written = m[1];
    while (li < laws.length && laws[li].end <= start) li++;
    if (li < laws.length && laws[li].start < end) continue; // a GDPR citation ("Art. 6 para. 1")
    const roman = ROMAN.test(written);
    if (/^[ivxl]/.test(written)) {
      // Roman numerals only as the draft writes them, in capitals ("Section IV").
      if (!roman || doc.text.slice(start + m[0].indexOf(written), start + m[0].indexOf(written) + written.length) !== written.toUpperCase()) continue;
    } else if (Number(written.split('.')[0]) > 99 || /^0/.test(written)) continue; // a statute's section
    const after = doc.text.slice(end, end + 100);
    const before = doc.text.slice(Math.max(0, start - 40), start);
    if (OF_OTHER.test(after.toLowerCase()) || LAW_AFTER.test(after) || LAW_BEFORE.test(before) || ACRONYM_BEFORE.test(before)) continue;
    if (/\bthis[ \t]{1,3}$/.test(s.slice(Math.max(0, start - 8), start))) continue; // "This Section 10 applies…": the reader is in it
    const label = roman ? written.toUpperCase() : written;
    const named = NAMED_AFTER_NUMBER.exec(doc.text.slice(end, end + 100));
    const title = named ? cleanTitle(named[1] ?? named[2] ?? named[3]) : undefined;
    out.push({ start, end, kind: 'number', label, title: title && plausibleTitle(title) ? title : undefined, direction: directionOf(doc, start, end) });
  }
  return out;
}

function directionOf(doc: PolicyDocument, start: number, end: number): CrossReference['direction'] {
  const after = DIRECTION_AFTER.exec(doc.norm.slice(end, end + 110));
  if (after) {
    const at = end + after[0].length - after[1].length;
    return { word: after[1] as 'above' | 'below', start: at, end: at + after[1].length };
  }
  const windowStart = Math.max(0, start - 30);
  const before = DIRECTION_BEFORE.exec(doc.norm.slice(windowStart, start));
  if (before) {
    const at = windowStart + before.index;
    return { word: before[1] as 'above' | 'below', start: at, end: at + before[1].length };
  }
  return undefined;
}

// ---- by title ----

const LEAD = String.raw`\b(?:see|in|under|refer to|described in|set out in|explained in|at)[ \t]{1,3}(?:also[ \t]{1,3})?`;
const QUOTED = String.raw`(?:"([^"\n]{3,90})"|'((?:[^'\n]|'(?=[a-z])){3,90})')`;
const CALLED = String.raw`(?:(?:titled|entitled|called|headed|named)[ \t]{1,3})?`;
/** "see the section “Your Rights”", "under the heading 'Cookies'". */
const TITLE_AFTER_KEYWORD = new RegExp(`${LEAD}(?:the[ \\t]{1,3}|our[ \\t]{1,3})?(?:section|heading|part)[ \\t]{1,3}${CALLED}${QUOTED}`, 'g');
/** "in the “Cookies” section", "see the 'Your Rights' heading below". */
const TITLE_BEFORE_KEYWORD = new RegExp(`${LEAD}(?:the|our)[ \\t]{1,3}${QUOTED}[ \\t]{1,3}(?:section|heading|part)\\b`, 'g');
/** "see 'Cookies and similar technologies' below": a bare quoted title needs its direction. */
const TITLE_WITH_DIRECTION = new RegExp(`\\bsee[ \\t]{1,3}${QUOTED}[ \\t]{0,2},?[ \\t]{0,2}(?=above\\b|below\\b)`, 'g');
/** "see the section Your Rights": the capitalised words after the keyword, read from the text. */
const UNQUOTED_AFTER_KEYWORD = new RegExp(`${LEAD}the[ \\t]{1,3}(?:section|heading)[ \\t]{1,3}${CALLED}`, 'g');
const TITLE_WORD = /[A-Z][A-Za-z'’-]{0,30}|&|and|or|of|to|the|we|you|your|our|for|with|how|in|on|about/y;
const SMALL = new Set(['and', 'or', 'of', 'to', 'the', 'we', 'you', 'your', 'our', 'for', 'with', 'how', 'in', 'on', 'about', '&']);

function titleReferences(doc: PolicyDocument): CrossReference[] {
  const out: CrossReference[] = [];
  const s = doc.norm;
  const seen = new Set<number>();
  // The patterns start at words as common as "in"; they run only in windows around the rarer
  // "section", "heading" and "see", merged where they overlap.
  for (const [a, b] of keywordWindows(s)) {
    const w = s.slice(a, b);
    for (const re of [TITLE_AFTER_KEYWORD, TITLE_BEFORE_KEYWORD, TITLE_WITH_DIRECTION]) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(w))) {
        const at = a + m.index;
        const matchEnd = at + m[0].length;
        const inner = m[1] ?? m[2];
        const innerStart = at + m[0].indexOf(inner);
        const qStart = innerStart - 1;
        const qEnd = innerStart + inner.length + 1;
        if (seen.has(qStart)) continue;
        seen.add(qStart);
        if (otherDocumentAfter(doc, matchEnd, at)) continue;
        const title = cleanTitle(doc.text.slice(innerStart, innerStart + inner.length));
        if (!plausibleTitle(title)) continue;
        if (re === TITLE_WITH_DIRECTION && definedTerm(s, inner.trim())) continue;
        const direction = directionOf(doc, at, matchEnd);
        out.push({ start: qStart, end: qEnd, kind: 'title', title, direction, cue: !!direction || documentCue(s, at, matchEnd) });
      }
    }
    // Unquoted: the run of capitalised words (small words allowed inside) after "the section".
    UNQUOTED_AFTER_KEYWORD.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = UNQUOTED_AFTER_KEYWORD.exec(w))) {
      const at = a + m.index;
      const from = at + m[0].length;
      if (seen.has(from) || !/[A-Z]/.test(doc.text[from] ?? '')) continue;
      seen.add(from);
      let k = from;
      let lastCapitalEnd = -1;
      let words = 0;
      while (words < 10) {
        TITLE_WORD.lastIndex = k;
        const tw = TITLE_WORD.exec(doc.text);
        if (!tw) break;
        words++;
        k = tw.index + tw[0].length;
        if (!SMALL.has(tw[0].toLowerCase()) || /^[A-Z]/.test(tw[0])) lastCapitalEnd = k;
        if (doc.text[k] !== ' ') break;
        k++;
      }
      if (lastCapitalEnd < 0) continue;
      // "… Sharing of Your Information in our Privacy Policy": the title ends before the document's name.
      const cut = / (?:in|of|on) (?:our|the|this|its) /i.exec(doc.text.slice(from, lastCapitalEnd));
      if (cut) lastCapitalEnd = from + cut.index;
      const title = doc.text.slice(from, lastCapitalEnd);
      if (title.split(' ').filter((x) => /^[A-Z]/.test(x)).length < 2) continue; // one capital may start a sentence's noun
      if (otherDocumentAfter(doc, lastCapitalEnd, at)) continue;
      const direction = directionOf(doc, from, lastCapitalEnd);
      out.push({ start: from, end: lastCapitalEnd, kind: 'title', title, direction, cue: !!direction || documentCue(s, at, lastCapitalEnd) });
    }
  }
  return out;
}

const KEYWORD = /\b(?:section|heading|see)\b/g;
/** How far a title pattern reaches before its keyword ("see the “…92…” section") and after it. */
const WINDOW_BEFORE = 140;
const WINDOW_AFTER = 160;

function keywordWindows(s: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  KEYWORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = KEYWORD.exec(s))) {
    const a = Math.max(0, m.index - WINDOW_BEFORE);
    const b = Math.min(s.length, m.index + WINDOW_AFTER);
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = b;
    else out.push([a, b]);
  }
  return out;
}

/**
 * "… of our Privacy Policy", "… in the Cookie Policy", "… of your account": the title is
 * another text's; so it is after "in our Privacy Notice under the section …". Only "this …" is
 * the draft itself.
 */
function otherDocumentAfter(doc: PolicyDocument, end: number, start = end): boolean {
  if (/^[ \t]{0,2}\)?[ \t]{0,2}(?:above|below)?[ \t]{0,2}\)?,?[ \t]{0,2}(?:of|in|on)[ \t]{1,3}(?:our|the|its|their|your|a|an)\b/.test(doc.norm.slice(end, end + 40))) return true;
  return /\b(?:in|of|see)[ \t]{1,3}(?:our|the)[ \t]{1,3}(?:[a-z-]{2,20}[ \t]{1,3}){0,3}(?:policy|notice|terms(?: of [a-z]{3,7})?|statement|agreement)[ \t]{0,3},?[ \t]{0,3}(?:under|in|at)?[ \t]{0,3}$/.test(
    doc.norm.slice(Math.max(0, start - 70), start),
  );
}

/** "see …", "described in …", "… of this Policy": a reference to a part of this text. */
function documentCue(norm: string, start: number, end: number): boolean {
  return /^(?:see|refer to|described in|set out in|explained in)\b/.test(norm.slice(start, start + 14)) || /^[ \t]{0,2}\)?,?[ \t]{0,2}(?:of|in)[ \t]{1,3}this\b/.test(norm.slice(end, end + 20));
}

/** A quoted string is a title, not a sentence caught between stray quotes. */
function plausibleTitle(t: string): boolean {
  return t.length >= 3 && !/[.;!]\s|[()]/.test(t) && t.split(/\s+/).length <= 14;
}

/** A quoted term the draft defines ("Customer Categories" in `… publishers ("Customer Categories")`). */
function definedTerm(norm: string, inner: string): boolean {
  const q = `"${inner.toLowerCase()}"`;
  for (let at = norm.indexOf(q); at >= 0; at = norm.indexOf(q, at + 1)) {
    const before = norm.slice(Math.max(0, at - 6), at);
    const after = norm.slice(at + q.length, at + q.length + 12);
    if (/\((?:the |a |an )?$/.test(before) || /^\)|^[ \t]{0,2}(?:means|refers|shall mean)\b/.test(after)) return true;
  }
  return false;
}

/** The title without its quotes' punctuation or a leading number: "20. Contact Us," → "Contact Us". */
function cleanTitle(t: string): string {
  return t
    .trim()
    .replace(/^(?:section[ \t]{1,3})?(?:\d{1,2}(?:\.\d{1,2}){0,3}|[IVX]{1,5})[.)]?[ \t]{1,3}/i, '')
    .replace(/[\s.,;:!?]{1,5}$/, '')
    .trim();
}

// ---- resolution ----

/** Lower case, "&" = "and", no punctuation, no leading number: how titles are compared. */
export function titleKey(t: string): string {
  return cleanTitle(t)
    .toLowerCase()
    .replace(/[‘’“”'"]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const STOP = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'to', 'for', 'in', 'on', 'we', 'our', 'you', 'your', 'us', 'how', 'what', 'do', 'does', 'is', 'are', 'this', 'with', 'about', 'section']);

/** The words of a title key that carry its meaning, stemmed. */
function contentWords(key: string): string[] {
  return key
    .split(' ')
    .filter((w) => w.length > 0 && !STOP.has(w))
    .map(stem);
}

/** "rights" = "right", "cookies" = "cookie": enough for titles. */
function stem(w: string): string {
  return w.length > 4 && w.endsWith('s') ? w.slice(0, -1) : w;
}

interface TitleCandidate {
  key: string;
  start: number;
  end: number;
  heading?: Heading;
  /** The heading's index in doc.headings. */
  index?: number;
  /** A short line in title case or capitals: a heading the model did not take for one. */
  headingLike?: boolean;
  /** contentWords(key), for headings and heading-like lines. */
  words?: string[];
}

interface TitleIndex {
  candidates: TitleCandidate[];
  /** Content word → the candidates whose key has it, in order; a key with none under ''. */
  byWord: Map<string, number[]>;
}

const TITLE_CACHE = new WeakMap<PolicyDocument, TitleIndex>();

/**
 * What a title reference may name: the headings, and lines the model did not take for headings
 * (a short paragraph, a paragraph's short first sentence: "Section 9. Third-Party Practices.",
 * "B) Information From Other Sources.", a bold lead-in of a list item). The headings come first.
 */
function titleIndex(doc: PolicyDocument): TitleIndex {
  let index = TITLE_CACHE.get(doc);
  if (!index) {
    const norms = headingNorms(doc);
    const out: TitleCandidate[] = doc.headings.map((h, i) => {
      const key = titleKey(norms[i]);
      return { key, start: h.start, end: h.end, heading: h, index: i, words: contentWords(key) };
    });
    const headingStarts = new Set(doc.headings.map((h) => h.start));
    let si = 0;
    doc.paragraphs.forEach((p, pi) => {
      while (si < doc.sentences.length && doc.sentences[si].start < p.start) si++;
      if (headingStarts.has(p.start)) return;
      const first = doc.sentences[si];
      const sentenceEnd = first && first.paragraph === pi ? first.end : p.end;
      const nl = doc.text.indexOf('\n', p.start);
      const lineEnd = nl >= 0 && nl < p.end ? nl : p.end;
      // The first sentence may be only "7." ("7. Your Rights." glued to its text): the line too.
      for (const end of sentenceEnd === lineEnd ? [lineEnd] : [sentenceEnd, lineEnd]) {
        if (end - p.start > 140) continue;
        const line = doc.text.slice(p.start, end).replace(/^(?:[-*•]|\(?[a-z]\)|[A-Z][.)])[ \t]{1,3}/, '');
        const like = headingLike(line);
        // The first sentence of a longer paragraph counts only when written like a heading.
        if (!like && end !== p.end) continue;
        const key = titleKey(line);
        out.push({ key, start: p.start, end, headingLike: like, words: like ? contentWords(key) : undefined });
      }
    });
    const byWord = new Map<string, number[]>();
    out.forEach((c, i) => {
      const words = c.words ?? contentWords(c.key);
      for (const w of words.length > 0 ? new Set(words) : ['']) {
        const list = byWord.get(w);
        if (list) list.push(i);
        else byWord.set(w, [i]);
      }
    });
    index = { candidates: out, byWord };
    TITLE_CACHE.set(doc, index);
  }
  return index;
}

/**
 * At most twelve words, with no sentence's end or with half the longer words capitalised:
 * "Choices you have", "Section 9. Third-Party Practices." — not "We collect your name.".
 */
function headingLike(line: string): boolean {
  const words = line.split(/\s+/).filter((w) => w.length > 0);
  if (words.length === 0 || words.length > 12) return false;
  // A lead-in of a few words ("Ad choices. We …") or a line with no sentence's end.
  if (words.length <= 4 || !/[.!?;,]$/.test(line.trim())) return true;
  const long = words.filter((w) => /^[A-Za-z]{4,}/.test(w));
  return long.length > 0 && long.filter((w) => /^[A-Z]/.test(w)).length * 2 >= long.length;
}

/** Where a reference leads: the parts it names, the headings first; empty when nothing matches. */
export function resolveReference(doc: PolicyDocument, ref: CrossReference): ReferenceTarget[] {
  // The candidates of a label or title are found once per document; each reference then drops
  // the one it stands in ("Section 9. Third-Party Practices." is no reference to itself).
  const own = (t: ReferenceTarget) => !(t.start <= ref.start && ref.end <= t.end);
  if (ref.kind === 'number') {
    const all = cached(doc, `#${ref.label}`, () => numberTargets(doc, ref.label!));
    if (all === UNRESOLVED) return UNRESOLVED;
    const found = all.filter(own);
    // "Section 7 (Contact Information)": the title finds the part where the number does not
    // (numbering lost in pasting).
    return found.length === 0 && ref.title ? resolveReference(doc, { ...ref, kind: 'title' }) : found;
  }
  const key = titleKey(ref.title!);
  const all = cached(doc, `"${key}`, () => titleTargets(doc, key));
  return all === UNRESOLVED ? UNRESOLVED : all.filter(own);
}

const RESOLVED = new WeakMap<PolicyDocument, Map<string, ReferenceTarget[]>>();
/**
 * Distinct labels and titles resolved per document. Each costs a pass over the candidates; a
 * document with more (generated or hostile text) gets no answer for the rest, which the rule
 * then does not judge.
 */
const MAX_RESOLVED = 300;
const UNRESOLVED: ReferenceTarget[] = [];

function cached(doc: PolicyDocument, key: string, compute: () => ReferenceTarget[]): ReferenceTarget[] {
  let map = RESOLVED.get(doc);
  if (!map) {
    map = new Map();
    RESOLVED.set(doc, map);
  }
  let hit = map.get(key);
  if (!hit) {
    hit = map.size >= MAX_RESOLVED ? UNRESOLVED : compute();
    map.set(key, hit);
  }
  return hit;
}

/** Whether `targets` is the answer for a document whose resolution budget ran out (not judged). */
export function notResolved(targets: readonly ReferenceTarget[]): boolean {
  return targets === UNRESOLVED;
}

function numberTargets(doc: PolicyDocument, label: string): ReferenceTarget[] {
  const parts = findNumberedParts(sectionNumbering(doc), label).map((p) => partTarget(doc, p));
  return [...parts, ...labelWrittenAt(doc, label).filter((t) => !parts.some((p) => p.start <= t.start && t.start < p.end))];
}

function titleTargets(doc: PolicyDocument, key: string): ReferenceTarget[] {
  const out: ReferenceTarget[] = [];
  const want = [...new Set(contentWords(key))];
  const wanted = new Set(want);
  // Every kind of match shares the title's content words, all or all but one (a title of stop
  // words only: a key of stop words only): the index counts them, and only candidates that
  // come close are compared.
  const { candidates, byWord } = titleIndex(doc);
  const shared = new Map<number, number>();
  for (const w of want.length > 0 ? want : ['']) for (const i of byWord.get(w) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
  for (const i of [...shared.keys()].sort((a, b) => a - b)) {
    const c = candidates[i];
    const missing = Math.max(0, want.length - shared.get(i)!);
    if (missing > 1) continue;
    const match = c.key === key ? 'exact' : looseMatch(c, key, want, wanted, missing);
    if (!match) continue;
    const exact = match === 'exact';
    out.push(c.heading ? { ...headingTarget(doc, c.heading, c.index!), exact } : { start: c.start, end: c.end, partEnd: paragraphEnd(doc, c.start), text: doc.text.slice(c.start, c.end).trim(), exact });
  }
  return out;
}

/**
 * A heading (or a line written like one) matches a title it contains or whose content words it
 * has in any order ("Your Rights" ~ "Rights you have"); a title of three or more content words
 * may miss one ("What Types of Information Do We Collect" ~ "What Information Do We Collect"),
 * and a heading may be the title less one word ("Right to Access" ~ "Access"). A line of text
 * must contain the title.
 */
function looseMatch(c: TitleCandidate, key: string, want: readonly string[], wanted: ReadonlySet<string>, missing: number): 'loose' | undefined {
  if (missing === 0 && ` ${c.key} `.includes(` ${key} `)) return 'loose';
  if (!c.words || want.length === 0) return undefined;
  if (missing === 0 || (want.length >= 3 && missing === 1)) return 'loose';
  return missing === 1 && c.words.length > 0 && c.words.every((w) => wanted.has(w)) ? 'loose' : undefined;
}

const PARA_INDEX = new WeakMap<PolicyDocument, number[]>();

function paragraphEnd(doc: PolicyDocument, offset: number): number {
  let starts = PARA_INDEX.get(doc);
  if (!starts) {
    starts = doc.paragraphs.map((p) => p.start);
    PARA_INDEX.set(doc, starts);
  }
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 ? doc.paragraphs[found].end : offset + 1;
}

/**
 * A number written as a part's label where the model saw no heading or numbered paragraph
 * (scraped pages glue "5.1 Notice to …" into the text): "5.1" followed by a capitalised word,
 * not itself a reference ("see Section 5.1 Below" is not a label). Found by indexOf, not a
 * pattern built from the label.
 */
function labelWrittenAt(doc: PolicyDocument, label: string): ReferenceTarget[] {
  return (labelIndex(doc).get(label) ?? []).map((at) => ({
    start: at,
    end: at + label.length,
    partEnd: paragraphEnd(doc, at),
    text: doc.text.slice(at, Math.min(doc.text.length, at + 50)).split('\n')[0].trim(),
    exact: true,
  }));
}

// A label as written before a capitalised word: "5.1 Notice", "16. If you", "IV. Transfers".
const WRITTEN_LABEL = /(?<![\w.§])(\d{1,2}(?:\.\d{1,2}){0,3}|[IVXL]{1,6})([.)]?)[ \t\u00a0]{1,3}(?=[A-Z])/g;
const LABEL_INDEX = new WeakMap<PolicyDocument, Map<string, number[]>>();

/** Every place a label is written, by label: one scan of the text per document. */
function labelIndex(doc: PolicyDocument): Map<string, number[]> {
  let map = LABEL_INDEX.get(doc);
  if (map) return map;
  map = new Map();
  const t = doc.text;
  WRITTEN_LABEL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WRITTEN_LABEL.exec(t))) {
    const label = m[1];
    // "12 Months" is no label: a single number needs its dot or bracket.
    if (!m[2] && !label.includes('.') && !/^[IVXL]/.test(label)) continue;
    if (/(?:sections?|clauses?|paragraphs?|§)[ \t]{0,2}$/i.test(t.slice(Math.max(0, m.index - 14), m.index))) continue;
    const list = map.get(label);
    if (!list) map.set(label, [m.index]);
    else if (list.length < 20) list.push(m.index);
  }
  LABEL_INDEX.set(doc, map);
  return map;
}

function partTarget(doc: PolicyDocument, part: NumberedPart): ReferenceTarget {
  return { start: part.start, end: part.end, partEnd: part.partEnd, text: part.kind === 'heading' ? doc.text.slice(part.start, part.end).trim() : doc.text.slice(part.start, Math.min(part.partEnd, part.start + 60)).trim(), exact: true };
}

function headingTarget(doc: PolicyDocument, h: Heading, i: number): ReferenceTarget {
  let partEnd = doc.text.length;
  for (let k = i + 1; k < doc.headings.length; k++) {
    if (doc.headings[k].level <= h.level) {
      partEnd = doc.headings[k].start;
      break;
    }
  }
  return { start: h.start, end: h.end, partEnd, text: h.text, exact: true };
}

/** The reference at an offset (for go to definition), if any. */
export function referenceAt(doc: PolicyDocument, offset: number, lawReferences?: readonly ArticleReference[]): CrossReference | undefined {
  for (const r of findCrossReferences(doc, lawReferences)) {
    if (r.start > offset) break;
    if (offset <= r.end) return r;
  }
  return undefined;
}
