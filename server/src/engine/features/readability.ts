// Readability per section, for the lawyer: how many sentences a section has, how long they are,
// and a reading grade. Shown in the hover on a section's heading and in the exported report; the
// hint rule drafting/long-sentence reads the same word count.
//
// The grade is the Flesch–Kincaid grade level and the Flesch reading ease (Flesch 1948, Kincaid et
// al. 1975), from words per sentence and syllables per word (text/words.ts counts both).
// List items ("- email address") are not sentences a reader parses, so they are counted apart and
// kept out of the averages.

import type { Heading, PolicyDocument, Sentence } from '../model/document';
import { countSyllables, wordsOf } from '../text/words';

export { countSyllables, wordsOf };

export interface TextStats {
  sentences: number;
  words: number;
  syllables: number;
  /** The longest sentence's word count (0 with no sentence). */
  longest: number;
}

export interface SectionReadability extends TextStats {
  /** Undefined for the text before the first heading. */
  heading?: Heading;
  /** The section's index in `doc.sections`. */
  section: number;
  /** List items in the section (not in the averages). */
  listItems: number;
  /** Words per sentence; undefined with no sentence. */
  meanWords?: number;
  /** Flesch reading ease (higher is easier; 30–50 reads as "difficult", below 30 "very difficult"). */
  readingEase?: number;
  /** Flesch–Kincaid grade: the US school year a reader needs. */
  grade?: number;
}

/** The counts of a set of sentences (their text from `doc`). */
export function statsOf(doc: PolicyDocument, sentences: readonly Sentence[]): TextStats {
  let words = 0;
  let syllables = 0;
  let longest = 0;
  for (const s of sentences) {
    const ws = wordsOf(doc.text.slice(s.start, s.end));
    words += ws.length;
    for (const w of ws) syllables += countSyllables(w);
    if (ws.length > longest) longest = ws.length;
  }
  return { sentences: sentences.length, words, syllables, longest };
}

/** Flesch reading ease and Flesch–Kincaid grade, rounded to one decimal. */
export function fleschScores(s: TextStats): { readingEase: number; grade: number } | undefined {
  if (s.sentences === 0 || s.words === 0) return undefined;
  const wps = s.words / s.sentences;
  const spw = s.syllables / s.words;
  const round = (x: number) => Math.round(x * 10) / 10;
  return { readingEase: round(206.835 - 1.015 * wps - 84.6 * spw), grade: round(0.39 * wps + 11.8 * spw - 15.59) };
}

/** Sentences that a reader parses as prose: not list items, not a line of a table. */
function isProse(doc: PolicyDocument, s: Sentence): boolean {
  if (s.listItem) return false;
  const first = doc.text.charCodeAt(s.start);
  return first !== 0x7c; // '|': a Markdown table row
}

/**
 * One section's readability, reading only its own sentences (a hover on one heading of a long
 * draft does not measure the whole draft).
 */
export function readabilityOfSection(doc: PolicyDocument, k: number): SectionReadability | undefined {
  const sec = doc.sections[k];
  if (!sec) return undefined;
  // Sentences are in text order: the first one at or after the section's start, by binary search.
  let lo = 0;
  let hi = doc.sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.sentences[mid].start < sec.start) lo = mid + 1;
    else hi = mid;
  }
  const prose: Sentence[] = [];
  let lists = 0;
  for (let i = lo; i < doc.sentences.length && doc.sentences[i].section === k; i++) {
    if (isProse(doc, doc.sentences[i])) prose.push(doc.sentences[i]);
    else lists++;
  }
  return measured(doc, k, prose, lists);
}

function measured(doc: PolicyDocument, k: number, prose: readonly Sentence[], lists: number): SectionReadability {
  const stats = statsOf(doc, prose);
  const scores = fleschScores(stats);
  return {
    ...stats,
    heading: doc.sections[k].heading,
    section: k,
    listItems: lists,
    ...(stats.sentences > 0 ? { meanWords: Math.round((stats.words / stats.sentences) * 10) / 10 } : {}),
    ...(scores ?? {}),
  };
}

const MEMO = new WeakMap<PolicyDocument, SectionReadability[]>();

/** Every section's readability, in document order (computed once per document model). */
export function sectionReadability(doc: PolicyDocument): SectionReadability[] {
  const cached = MEMO.get(doc);
  if (cached) return cached;
  const bySection: Sentence[][] = doc.sections.map(() => []);
  const lists = doc.sections.map(() => 0);
  for (const s of doc.sentences) {
    if (s.section < 0 || s.section >= bySection.length) continue;
    if (isProse(doc, s)) bySection[s.section].push(s);
    else lists[s.section]++;
  }
  const out = doc.sections.map((_sec, i) => measured(doc, i, bySection[i], lists[i]));
  MEMO.set(doc, out);
  return out;
}

/** How a reading-ease score reads, in Flesch's own bands. */
export function easeBand(ease: number): string {
  if (ease >= 70) return 'easy';
  if (ease >= 60) return 'plain English';
  if (ease >= 50) return 'fairly difficult';
  if (ease >= 30) return 'difficult';
  return 'very difficult';
}

/** One line for a section: "6 sentences, 24.5 words on average (longest 41); reading ease 38.2 (difficult), grade 14.1". */
export function readabilityLine(r: SectionReadability): string {
  if (r.sentences === 0) return r.listItems > 0 ? `No running sentences, ${r.listItems} list item${r.listItems === 1 ? '' : 's'}.` : 'No text.';
  const parts = [`${r.sentences} sentence${r.sentences === 1 ? '' : 's'}, ${r.meanWords} words on average (longest ${r.longest})`];
  if (r.readingEase !== undefined && r.grade !== undefined) parts.push(`reading ease ${r.readingEase} (${easeBand(r.readingEase)}), grade ${r.grade}`);
  const lists = r.listItems > 0 ? `; ${r.listItems} list item${r.listItems === 1 ? '' : 's'} not counted` : '';
  return `${parts.join('; ')}${lists}.`;
}

/** The hover on a section's heading: its readability, or undefined when `offset` is on no heading. */
export function readabilityHoverAt(doc: PolicyDocument, offset: number): { start: number; end: number; markdown: string } | undefined {
  // Headings are few and sorted: a binary search for the last one starting at or before offset.
  let lo = 0;
  let hi = doc.headings.length - 1;
  let k = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (doc.headings[mid].start <= offset) {
      k = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (k < 0) return undefined;
  const h = doc.headings[k];
  if (offset > h.end) return undefined;
  const r = readabilityOfSection(doc, doc.sections.findIndex((x) => x.heading === h));
  if (!r) return undefined;
  const lines = [`**Readability of this section** (to the next heading)`, '', readabilityLine(r)];
  if (r.grade !== undefined) lines.push('', 'Flesch–Kincaid grade: the school year a reader needs; a consumer notice reads best at about grade 8–10. Shorter sentences and plainer words lower it.');
  return { start: h.start, end: h.end, markdown: lines.join('\n') };
}
