// The draft's own defined terms: where each is defined and where it is used. Lawyers define a
// term so that its capital letters carry a fixed meaning; the drafting rules (undefined, unused,
// inconsistent terms) and the editor features (hover, go to definition, references, rename)
// all read this one index, built once per document version (WeakMap on the model).
//
// Forms recognised (straight or curly quotes, single or double, or **bold**):
//   “Services” means … / “Services” refers to … / In this policy, “Services” are …
//   … our websites and apps (the “Services”) / (“Acme”, “we”, “us”) / (hereinafter “Acme”)
//   hereinafter referred to as “Acme” (without brackets)
//   Personal Data means … / Account Information refers to … (unquoted, at a sentence start)
//   a definitions section (a heading “Definitions”, “Interpretation”, “Glossary”) whose items
//   start with the term: “Services: …”, “**Services** …”, “Services – …”
// Every expression is bounded (fixed-length gaps, no nested quantifiers); uses are found by one
// pass of one alternation over the text.

import type { PolicyDocument } from '../model/document';
import type { TextRange } from '../types';
import { matchesIn, proseRanges, sentenceAt } from './scan';

export interface TermDefinition extends TextRange {
  /** The term exactly as defined: "Services", "Personal Data". */
  term: string;
  /** The sentence (or definitions-section item) that defines it. */
  sentence: TextRange;
  /** Defined in a definitions section (a glossary may follow the text that uses its terms). */
  inDefinitionsSection: boolean;
  /** Given beside "we"/"you" as another name of a party ("Acme", "we", "us"): a name, not a term the text must reuse. */
  partyName: boolean;
  /** Terms defined together as alternatives ("Clear GIFs" or "Web Beacons") share a group number. */
  group: number;
}

export interface TermUse extends TextRange {
  /** The defined term this is a use of (as defined). */
  term: string;
  /** The characters after the term that belong to the word: "s" of "Services" for the term "Service". */
  suffix: string;
  /** The singular of a plural term ("a Job Seeker" of "Job Seekers"): the use covers the term minus its final "s". */
  singular?: boolean;
}

export interface DefinedTerm {
  term: string;
  /** In text order; the first is the definition. A term defined twice keeps both. */
  definitions: TermDefinition[];
  /** Uses in text order, definitions excluded. */
  uses: TermUse[];
}

export interface DefinedTermIndex {
  /** By term as defined, in order of first definition. */
  terms: Map<string, DefinedTerm>;
  /** All definitions and uses sorted by start: for position look-ups. */
  spans: Array<TermDefinition | TermUse>;
}

/** At most this many terms are indexed (a generated glossary of thousands would make the use scan slow). */
const MAX_TERMS = 300;

const PRONOUNS = new Set(['we', 'us', 'our', 'ours', 'you', 'your', 'yours', 'i', 'me', 'my', 'they', 'them', 'their', 'he', 'she', 'it', 'its']);
/** Words that may surround quoted terms inside a defining bracket: (collectively, the “Services”). */
const GLUE = new Set(['the', 'a', 'an', 'or', 'collectively', 'together', 'jointly', 'individually', 'each', 'hereinafter', 'hereafter', 'referred', 'to', 'as', 'also', 'herein', 'called', 'either', 'agreement', 'our', 'your', 'here', 'hereby', 'privacy', 'statement', 'document', 'we', 'refer', 'call', 'which', 'below', 'further', 'in', 'this', 'policy', 'notice', 'either', 'all', 'any', 'of', 'them', 'both', 'respectively', 'thereafter', 'later']);

const Q_OPEN = '["“‘\']';
const Q_CLOSE = '["”’\']';
/** A quoted (optionally bold) term: group 1 is the term. Bounded: at most 60 characters. */
const QUOTED = new RegExp(`(?:\\*\\*|__)?${Q_OPEN}(?:\\*\\*|__)?([^"“”‘’'\\n*()]{1,60}?)(?:\\*\\*|__)?${Q_CLOSE}(?:\\*\\*|__)?`, 'g');
/** “X” means / refers to / is defined as … */
const QUOTED_MEANS = new RegExp(`(?:\\*\\*|__)?${Q_OPEN}(?:\\*\\*|__)?([^"“”‘’'\\n*()]{1,60}?)(?:\\*\\*|__)?${Q_CLOSE}(?:\\*\\*|__)?(?:,?[ \\t]{1,3}(?:as[ \\t]{1,3}used[ \\t]{1,3})?(?:in|under|throughout)[ \\t]{1,3}this[ \\t]{1,3}(?:privacy[ \\t]{1,3})?(?:policy|notice|statement|document))?,?[ \\t]{1,3}(?:shall[ \\t]{1,3})?(?:means?|refers?[ \\t]{1,3}to|(?:is|are|will[ \\t]{1,3}be)[ \\t]{1,3}(?:defined|used)[ \\t]{1,3}(?:as|to[ \\t]{1,3}mean)|has[ \\t]{1,3}the[ \\t]{1,3}meaning|includes?|denotes?)\\b`, 'gi');
/** In this policy, “X” is/are …: the weaker verbs only after such a lead-in, at a sentence start. */
const LEAD_IN_IS = new RegExp(`^(?:in|as[ \\t]{1,3}used[ \\t]{1,3}in|for[ \\t]{1,3}the[ \\t]{1,3}purposes[ \\t]{1,3}of)[ \\t]{1,3}this[ \\t]{1,3}(?:privacy[ \\t]{1,3})?(?:policy|notice|statement|document)[ \\t]{0,2},?[ \\t]{1,3}(?:the[ \\t]{1,3}(?:terms?|words?|expressions?)[ \\t]{1,3})?${Q_OPEN}([^"“”‘’'\\n*()]{1,60}?)${Q_CLOSE},?[ \\t]{1,3}(?:is|are)\\b`, 'i');
/** hereinafter (referred to as / called) “X”, outside brackets. */
const HEREINAFTER = new RegExp(`\\b(?:hereinafter|hereafter)(?:[ \\t]{1,3}(?:referred[ \\t]{1,3}to[ \\t]{1,3}as|called|also))?,?[ \\t]{1,3}(?:the[ \\t]{1,3})?${Q_OPEN}([^"“”‘’'\\n*()]{1,60}?)${Q_CLOSE}`, 'gi');
/** … which we call “Client Data”, referred to herein as “Affiliates”, we'll refer to it as the “Websites”. */
const CALLED = new RegExp(`\\b(?:(?:are|is)[ \\t]{1,3}(?:collectively[ \\t]{1,3}|together[ \\t]{1,3})?called|refer[ \\t]{1,3}to[ \\t]{1,3}[^"“”‘’.;()\\n]{1,80}?[ \\t]{1,3}(?:collectively|together)[ \\t]{1,3}as|(?:referred|refer)[ \\t]{1,3}to(?:[ \\t]{1,3}(?:it|them|this|these|those|herein|hereafter|hereinafter|collectively|together|below|in[ \\t]{1,3}this[ \\t]{1,3}(?:privacy[ \\t]{1,3})?(?:policy|notice|statement))){0,2},?[ \\t]{1,3}as|(?:we|which[ \\t]{1,3}we|that[ \\t]{1,3}we)[ \\t]{1,3}call(?:[ \\t]{1,3}(?:it|them))?)[ \\t]{1,3}(?:the[ \\t]{1,3}|our[ \\t]{1,3}|a[ \\t]{1,3})?${Q_OPEN}([^"“”‘’'\\n*()]{1,60}?)${Q_CLOSE}`, 'gi');
/** A bracket that may hold definitions; its inside is checked word by word. */
const BRACKET = /\(([^()\n]{3,240})\)/g;
/** Personal Data means … at a sentence start, unquoted: 1–5 capitalised words (bounded). */
const BARE_MEANS = /^(?:[-*+•▪◦·]\s{1,3}|\(?[a-z0-9]{1,3}[.)]\s{1,3})?((?:[A-Z][A-Za-z’'-]{0,30})(?:[ \t](?:of[ \t]|and[ \t]|or[ \t])?[A-Z][A-Za-z’'-]{0,30}){0,4})(?:[ \t]{1,3}\([^()\n]{1,120}\))?,?[ \t]{1,3}(?:shall[ \t]{1,3})?(?:means|refers[ \t]{1,3}to)\b/;
/** An item of a definitions section: “X”: …, **X** …, X – …, X: … (bounded). */
const SECTION_ITEM = new RegExp(`^(?:[-*+•▪◦·]\\s{1,3}|\\(?[a-z0-9]{1,3}[.)]\\s{1,3})?(?:(?:\\*\\*|__)${Q_OPEN}?([^"“”‘’'\\n*:]{1,60}?)${Q_CLOSE}?(?:\\*\\*|__)|${Q_OPEN}([^"“”‘’'\\n*:]{1,60}?)${Q_CLOSE}|([A-Z][^\\n:–—*"“”]{0,59}?))[ \\t]{0,3}(?::|[–—-][ \\t]|(?:\\*\\*|__)|[ \\t](?:shall[ \\t]{1,3})?(?:means|refers[ \\t]{1,3}to|is|are)\\b)`);
/** After an unquoted item's term and its colon or dash: the words that open a definition ("Account: a unique account …"). */
const DEFINING_START = /^[ \t]{0,3}(?:(?:[:–—-][ \t]{0,3})?(?:means|refers[ \t]{1,3}to|shall[ \t]{1,3}mean)|[:–—-][ \t]{0,3}(?:is|are|a|an|the|any|all|each|every|one|those))\b/i;
const DEFINITIONS_HEADING = /^(?:[\d.ivx]{1,8}[ \t]{0,3})?(?:key[ \t]{1,3})?(?:definitions?|interpretation|defined[ \t]{1,3}terms|glossary|terms[ \t]{1,3}used|meaning[ \t]{1,3}of[ \t]{1,3}terms)\b/i;
/** Words that start a sentence and are never the first word of a term defined bare. */
const NOT_TERM_START = new Set(['the', 'this', 'that', 'these', 'those', 'it', 'we', 'you', 'our', 'your', 'which', 'what', 'each', 'any', 'a', 'an', 'he', 'she', 'they', 'there', 'here', 'such', 'if', 'when', 'where', 'who', 'how', 'why', 'not', 'no', 'all', 'for', 'in', 'as', 'by']);

const CACHE = new WeakMap<PolicyDocument, DefinedTermIndex>();

/** The defined-term index of a document (computed once per document model). */
export function definedTerms(doc: PolicyDocument): DefinedTermIndex {
  let index = CACHE.get(doc);
  if (!index) {
    index = buildIndex(doc);
    CACHE.set(doc, index);
  }
  return index;
}

function buildIndex(doc: PolicyDocument): DefinedTermIndex {
  const defs = findDefinitions(doc);
  const terms = new Map<string, DefinedTerm>();
  for (const d of defs) {
    const t = terms.get(d.term);
    if (t) t.definitions.push(d);
    else if (terms.size < MAX_TERMS) terms.set(d.term, { term: d.term, definitions: [d], uses: [] });
  }
  findUses(doc, terms, defs);
  const spans: DefinedTermIndex['spans'] = [];
  for (const t of terms.values()) {
    for (const d of t.definitions) spans.push(d);
    for (const u of t.uses) spans.push(u);
  }
  spans.sort((a, b) => a.start - b.start);
  return { terms, spans };
}

/** The definition or use at `offset` (inside the term, its end included), or undefined. */
export function termAt(index: DefinedTermIndex, offset: number): DefinedTermIndex['spans'][number] | undefined {
  const s = index.spans;
  let lo = 0;
  let hi = s.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid].start <= offset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (best < 0) return undefined;
  const hit = s[best];
  return offset <= hit.end ? hit : undefined;
}

/** A term as found, cleaned: no trailing punctuation ("Services," American style), no padding. */
function cleanTerm(raw: string): string | undefined {
  const t = raw.replace(/[,.;:]+$/, '').trim().replace(/^(?:the|a|an)[ \t]+/i, '');
  if (t.length === 0 || t.length > 60) return undefined;
  if (!/^[\p{L}\p{N}]/u.test(t) || !/[\p{L}]/u.test(t)) return undefined;
  const words = t.split(/[\s,/]+/);
  // “Acme, we, our” or “we/us” names a party, not a term.
  if (words.length > 6 || (words.length > 1 && words.some((w) => PRONOUNS.has(w.toLowerCase()) && w !== 'User' && w !== 'Users'))) return undefined;
  return t;
}

function findDefinitions(doc: PolicyDocument): TermDefinition[] {
  const out: TermDefinition[] = [];
  const seen = new Set<number>();
  const sentences = doc.sentences;
  let group = 0;
  const add = (term: string | undefined, start: number, inSection: boolean, partyName: boolean, sentence?: TextRange, inGroup = ++group) => {
    if (!term || seen.has(start) || PRONOUNS.has(term.toLowerCase())) return;
    seen.add(start);
    out.push({ term, start, end: start + term.length, sentence: sentence ?? sentenceRange(doc, start), inDefinitionsSection: inSection, partyName, group: inGroup });
  };
  const inSection = definitionSectionTest(doc);

  // “X” means … (“A” or “B” means …: alternatives, one group; “we”, “us” and “Acme” shall mean: a party)
  let lastMeans: { end: number; group: number } | undefined;
  for (const { m, start } of matchesIn(doc, QUOTED_MEANS)) {
    const term = cleanTerm(m[1]);
    if (!term) continue;
    const at = start + m[0].indexOf(m[1]);
    const lead = doc.text.slice(Math.max(0, at - 120), at);
    const party = /["“‘'][ \t]?(?:we|us|our|you)[ \t]?,?["”’']/i.test(lead.slice(lead.lastIndexOf('.') + 1));
    const alternative = /["”’'][ \t]{0,2}(?:,|or|and)[ \t]{0,2}["“‘']$/.test(lead) && lastMeans && at - lastMeans.end < 80;
    const g = alternative ? lastMeans!.group : ++group;
    // “Interest-Based Advertising” or “Behavioral Advertising” means …: the first name is defined too.
    const first = alternative ? null : /["“‘']([^"“”‘’'\n*()]{1,60})["”’'][ \t]{0,2}(?:,|or)[ \t]{0,2}["“‘']$/.exec(lead);
    const firstTerm = first ? cleanTerm(first[1]) : undefined;
    if (first && firstTerm) add(firstTerm, at - (lead.length - first.index) + 1, inSection(start), party, undefined, g);
    add(term, at, inSection(start), party, undefined, g);
    lastMeans = { end: at + term.length, group: g };
  }
  // (the “X”), (“Acme”, “we”, “us”), (hereinafter “X”)
  for (const { m, start } of matchesIn(doc, BRACKET)) {
    const inner = m[1];
    if (!/["“‘'*]/.test(inner)) continue;
    const quoted: Array<{ term: string; at: number }> = [];
    let rest = '';
    let last = 0;
    QUOTED.lastIndex = 0;
    let q: RegExpExecArray | null;
    while ((q = QUOTED.exec(inner))) {
      rest += inner.slice(last, q.index) + ' ';
      last = q.index + q[0].length;
      quoted.push({ term: q[1], at: start + 1 + q.index + q[0].indexOf(q[1]) });
    }
    rest += inner.slice(last);
    if (quoted.length === 0) continue;
    // Everything besides the quoted terms must be glue ("collectively, the", "or"): a bracket
    // that quotes a phrase inside a longer remark is not a definition.
    const words = rest.toLowerCase().split(/[^a-z]+/).filter((w) => w.length > 0);
    const party = quoted.some((x) => PRONOUNS.has(x.term.replace(/[,.;:]+$/, '').trim().toLowerCase()));
    // "also known as" gives another name for a thing, not a term; "A" and "B" names two labels;
    // "(or “Right to be Forgotten”)" is the other name of what precedes it.
    // "and" joins a party's names, or the plural and the singular ("the “Sites” and each a “Site”").
    const andOk = party || quoted.length === 1 || words.some((w) => w === 'each' || w === 'collectively' || w === 'individually');
    if (/^[ \t]*or\b/i.test(inner)) continue;
    if (!words.every((w) => GLUE.has(w) || (andOk && w === 'and')) && !collectiveTail(inner)) continue;
    const bracketGroup = ++group;
    for (const x of quoted) {
      const term = cleanTerm(x.term);
      if (term) add(term, x.at + (x.term.length - x.term.trimStart().length), inSection(start), party, undefined, bracketGroup);
    }
  }
  // … which we call “X”, referred to herein as “X”
  for (const { m, start } of matchesIn(doc, CALLED)) {
    const term = cleanTerm(m[1]);
    if (term) add(term, start + m[0].lastIndexOf(m[1]), inSection(start), false);
  }
  // hereinafter “X” (no bracket)
  for (const { m, start } of matchesIn(doc, HEREINAFTER)) {
    const term = cleanTerm(m[1]);
    if (term) add(term, start + m[0].lastIndexOf(m[1]), inSection(start), false);
  }
  // Sentence-start forms: In this policy, “X” is …; Personal Data means …
  for (const s of sentences) {
    const head = doc.text.slice(s.start, Math.min(s.end, s.start + 200));
    const lead = LEAD_IN_IS.exec(head);
    if (lead) {
      const term = cleanTerm(lead[1]);
      if (term) add(term, s.start + lead[0].lastIndexOf(lead[1]), inSection(s.start), false, s);
    }
    const bare = BARE_MEANS.exec(head);
    if (bare && !NOT_TERM_START.has(bare[1].split(' ')[0].toLowerCase())) {
      const term = cleanTerm(bare[1]);
      if (term) add(term, s.start + head.indexOf(bare[1]), inSection(s.start), false, s);
    }
  }
  // Definitions sections: each paragraph or list item (or bold sub-heading) starting with a term.
  for (const sec of definitionSections(doc)) {
    for (const p of doc.paragraphs) {
      if (p.start < sec.start || p.start >= sec.end) continue;
      const head = doc.text.slice(p.start, Math.min(p.end, p.start + 200));
      const item = SECTION_ITEM.exec(head);
      if (!item) continue;
      const raw = item[1] ?? item[2] ?? item[3];
      const term = cleanTerm(raw);
      // An unquoted, unbolded item is a term only if it is short, capitalised like one, and
      // followed by words that define ("Account: a unique account"), not by a run-in heading's
      // sentence ("Language: In the event of …").
      if (item[3] !== undefined) {
        if (!term || !/^[A-Z][\w’'-]*(?: (?:of |and |or )?[A-Z][\w’'-]*){0,3}$/.test(term) || NOT_TERM_START.has(term.split(/\s+/)[0].toLowerCase())) continue;
        if (!DEFINING_START.test(head.slice(head.indexOf(raw) + raw.length))) continue;
      }
      add(term, p.start + head.indexOf(raw), true, false, { start: p.start, end: p.end });
    }
    for (const h of doc.headings) {
      if (h.start <= sec.heading || h.start >= sec.end || h.style !== 'bold') continue;
      const term = cleanTerm(doc.text.slice(h.start, h.end).replace(/^["“‘']|["”’']$/g, ''));
      const body = doc.paragraphs.find((p) => p.start > h.end && p.start < sec.end);
      if (term && body) add(term, h.start + doc.text.slice(h.start, h.end).indexOf(term), true, false, { start: h.start, end: body.end });
    }
  }
  // “The Times,” “we” or “our”: a name given beside a pronoun names a party, whatever the form.
  for (const d of out) {
    if (!d.partyName && /^[^.;\n]{0,6}["“‘'][ \t]?(?:we|us|our)\b/i.test(doc.text.slice(d.end, d.end + 40))) d.partyName = true;
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

/**
 * “(website and apps, collectively the “Services”)”: the words before the last comma say what is
 * defined; the tail names it. Only with a word that makes the tail a definition (collectively, together).
 */
function collectiveTail(inner: string): boolean {
  const firstQuote = inner.search(/["“‘']/);
  const tailWords = (from: number) => inner.slice(from).replace(/["“‘'][^"“”‘’'\n]{1,60}["”’']/g, ' ').toLowerCase().split(/[^a-z]+/).filter((w) => w.length > 0);
  // Walk back over commas while the tail stays glue: "…, collectively, the “Site”".
  let best: string[] | undefined;
  for (let cut = inner.lastIndexOf(',', firstQuote); cut > 0; cut = inner.lastIndexOf(',', cut - 1)) {
    const words = tailWords(cut + 1);
    if (!words.every((w) => GLUE.has(w) || w === 'and')) break;
    best = words;
  }
  return !!best && best.some((w) => /^(?:collectively|together|jointly|hereinafter|hereafter)$/.test(w));
}

/** The definitions sections: from a "Definitions" heading to the next heading of the same or a higher level. */
function definitionSections(doc: PolicyDocument): Array<{ heading: number; start: number; end: number }> {
  const out: Array<{ heading: number; start: number; end: number }> = [];
  const hs = doc.headings;
  for (let i = 0; i < hs.length; i++) {
    if (!DEFINITIONS_HEADING.test(hs[i].text.replace(/^[#*_\s]+/, ''))) continue;
    let j = i + 1;
    // A short item ("Country refers to: Malaysia") may look like a heading; it does not end the section.
    while (j < hs.length && (hs[j].level > hs[i].level || hs[j].style === 'bold' || /\b(?:means|refers[ \t]to)\b/i.test(hs[j].text))) j++;
    out.push({ heading: hs[i].start, start: hs[i].end, end: j < hs.length ? hs[j].start : doc.text.length });
  }
  return out;
}

function definitionSectionTest(doc: PolicyDocument): (offset: number) => boolean {
  const secs = definitionSections(doc);
  return (offset) => secs.some((s) => offset >= s.start && offset < s.end);
}

/** The sentence containing `offset`, else its line (a heading). */
export function sentenceRange(doc: PolicyDocument, offset: number): TextRange {
  const s = sentenceAt(doc, offset);
  if (s) return { start: s.start, end: s.end };
  const line = doc.lines.lineAt(offset);
  return { start: doc.lines.lineStarts[line], end: doc.lines.lineEnd(line) };
}

/** "Flash cookies", "Personal data": several words, only the first capitalised. */
export function sentenceCase(t: string): boolean {
  return /^[A-Z][^A-Z]*$/.test(t) && /\s/.test(t);
}

/** Capitalised words that may stand next to a term without making a longer name: pronouns and determiners. */
const NEIGHBOURS = /^(?:We|You|Our|Your|Us|I|The|This|These|That|Those|Each|Any|All|Such|Its|Their|A|An|And|Or|Of|Any|No)$/;

/**
 * “Device Identifier” is not a use of “Device”, nor “Google Services” of “Services”: a term
 * joined to a capitalised word before or after it is part of a longer name (a word that opens
 * the sentence does not count before it, nor a pronoun or determiner).
 */
function inLongerName(text: string, start: number, end: number): boolean {
  // After: a space or tab, then a capitalised word that is no pronoun or determiner.
  const sp = text.charCodeAt(end);
  if ((sp === 32 || sp === 9) && isUpper(text.charCodeAt(end + 1))) {
    const w = wordAt(text, end + 1);
    if (w.length >= 2 && !NEIGHBOURS.test(w)) return true;
  }
  // Before: a capitalised word, then one space or tab, that does not open a sentence or a line.
  const bp = text.charCodeAt(start - 1);
  if (bp !== 32 && bp !== 9) return false;
  let k = start - 2;
  while (k >= 0 && k > start - 34 && isLetter(text.charCodeAt(k))) k--;
  const wordStart = k + 1;
  if (wordStart >= start - 1 || !isUpper(text.charCodeAt(wordStart))) return false;
  if (NEIGHBOURS.test(text.slice(wordStart, start - 1))) return false;
  // A capital that opens the text, a line, a list item or a sentence says nothing.
  return !(wordStart === 0 || /(?:^|[.!?:\n\r])["'”’)]?[ \t]*(?:[-*•][ \t]+)?$/.test(text.slice(Math.max(0, wordStart - 6), wordStart)));
}

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function wordAt(text: string, i: number): string {
  let j = i;
  while (j < text.length && j < i + 31 && isLetter(text.charCodeAt(j))) j++;
  return text.slice(i, j);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Every use of every term in one pass: whole words, case as defined (a term defined in lower
 * case may open a sentence capitalised), with a plural or possessive ending. The longest term
 * wins where terms overlap ("Service Provider" before "Service").
 */
function findUses(doc: PolicyDocument, terms: Map<string, DefinedTerm>, defs: TermDefinition[]): void {
  if (terms.size === 0) return;
  // The singular of a plural term ("a Job Seeker" for "Job Seekers") is the same term, as drafters write it.
  const singulars = new Map<string, string>();
  for (const t of terms.keys()) {
    const one = /[^aeiou]ies$/.test(t) ? `${t.slice(0, -3)}y` : /[^s's]s$/.test(t) && t.length > 3 ? t.slice(0, -1) : undefined;
    if (one && !terms.has(one)) singulars.set(one, t);
  }
  const list = [...terms.keys(), ...singulars.keys()].sort((a, b) => b.length - a.length);
  const alternatives = list.map((t) => {
    const first = t[0];
    const rest = escape(t.slice(1)).replace(/ /g, '[ \\t\\u00a0]');
    // A term in lower case, or in sentence case ("Flash cookies"), may be written with either
    // first letter: only its first word's capital differs at a sentence start.
    const eitherCase = (first.toLowerCase() === first && first.toUpperCase() !== first) || sentenceCase(t);
    return eitherCase ? `[${first.toLowerCase()}${first.toUpperCase()}]${rest}` : escape(first) + rest;
  });
  const re = new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${alternatives.join('|')})(?:es|s)?(?![\\p{L}\\p{N}_])`, 'gu');
  // Case-insensitive look-up of the matched stem: exact first, then the lower-case-first form.
  const byText = new Map<string, string>();
  for (const t of list) {
    byText.set(t, t);
    if (!byText.has(t[0].toUpperCase() + t.slice(1))) byText.set(t[0].toUpperCase() + t.slice(1), t);
    if (sentenceCase(t) && !byText.has(t[0].toLowerCase() + t.slice(1))) byText.set(t[0].toLowerCase() + t.slice(1), t);
  }
  const asUse = (stem: string, start: number, length: number, suffix: string): TermUse | undefined => {
    const plural = singulars.get(stem);
    if (plural !== undefined) return suffix === '' ? { term: plural, start, end: start + length, suffix, singular: true } : undefined;
    return terms.has(stem) ? { term: stem, start, end: start + length, suffix } : undefined;
  };
  const defStarts = new Set(defs.map((d) => d.start));
  for (const r of proseRanges(doc)) {
    const slice = doc.text.slice(r.start, r.end);
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(slice))) {
      const start = r.start + m.index;
      if (defStarts.has(start)) continue;
      const found = m[0].replace(/[ \t\u00a0]/g, ' ');
      let term = byText.get(found);
      let suffix = '';
      if (term === undefined && found.endsWith('es')) {
        term = byText.get(found.slice(0, -2));
        suffix = 'es';
      }
      if (term === undefined && found.endsWith('s')) {
        term = byText.get(found.slice(0, -1));
        suffix = 's';
      }
      if (term === undefined) continue;
      if (inLongerName(doc.text, start, start + m[0].length)) continue;
      const use = asUse(term, start, m[0].length - suffix.length, suffix);
      if (use) terms.get(use.term)!.uses.push(use);
    }
  }
  // “Acme Ltd (“Acme”)”: the words before a definition in its own sentence are the long form
  // being named, not a use of the short one.
  for (const t of terms.values()) {
    // Per defining sentence, the latest definition in it: a use before that in the sentence is the long form.
    const lastDefIn = new Map<number, number>();
    for (const d of t.definitions) lastDefIn.set(d.sentence.start, Math.max(lastDefIn.get(d.sentence.start) ?? -1, d.start));
    t.uses = t.uses.filter((u) => {
      const s = sentenceAt(doc, u.start);
      const defAt = s ? lastDefIn.get(s.start) : undefined;
      return defAt === undefined || u.start >= defAt;
    });
  }
}
