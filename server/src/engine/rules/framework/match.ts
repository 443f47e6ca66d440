// Sentence matching shared by the disclosure detectors. Patterns run on the sentence's
// normalised text (lower case, ASCII quotes), so they are written in lower case. Gaps between
// words are bounded (`[^.]{0,60}`), never nested, so no pattern can backtrack catastrophically.

import type { Sentence } from '../../model/document';
import type { RuleContext } from './ruleTypes';
import { cueListId, flagCuedUnits, registerCueList } from './cueIndex';
import { requiredLiterals } from './requiredLiterals';
import { headingNorms } from '../../model/headings';

export interface SentencePatterns {
  /**
   * Cheap prefilter: `strong` and `any` are tried only on sentences containing one of these
   * literal substrings (word stems). Every `strong`/`any` pattern must require one of them (the
   * words it is built on); a cue may match more than its patterns do, never less.
   */
  cues?: string[];
  /** Stop after this many evidence sentences (for items where the first few say it all). */
  limit?: number;
  /** These disclose the item even where an `unless` pattern matches (e.g. an explicit negative statement). */
  strong?: RegExp[];
  /** Any of these in a sentence discloses the item… */
  any: RegExp[];
  /** …unless one of these also matches (the same words in another sense). */
  unless?: RegExp[];
  /** Under a heading matching one of these… */
  sectionHeadings?: RegExp[];
  /**
   * …a weaker cue is enough: a sentence, a verbless fragment or a list item of the section (or of a
   * subsection nested under it, see `sectionScopes`) that matches one of these ("## What we
   * collect" then "Your name, address, date of birth"; "## How we use it" then "To send receipts").
   */
  inSection?: RegExp[];
  /**
   * A heading that names the item ("Right to Delete") discloses it, with the heading as the
   * evidence, when something stands under it: a heading with an empty section is no disclosure.
   */
  headings?: RegExp[];
  /** In a list introduced by a sentence matching one of these ("You have the right to:")… */
  listIntro?: RegExp[];
  /** …an item matching one of these is enough ("- erase your data"). */
  inList?: RegExp[];
}

/** The index of the last non-whitespace character (whitespace as `\s` reads it), or -1. */
function lastNonSpace(s: string): number {
  let i = s.length - 1;
  while (i >= 0 && isSpace(s.charCodeAt(i))) i--;
  return i;
}

function isSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Fills the shared matching data of a check (text units, every rule's cue flags, list
 * introductions) ahead of the rules, as steps of their own: see analysisSteps.
 */
export function* prepareMatching(ctx: RuleContext): Generator<void, void, void> {
  sectionHeadingNorms(ctx);
  textUnits(ctx);
  yield;
  allCueFlags(ctx);
  yield;
  listIntroductions(ctx);
}

/** Normalised heading text per section index, computed once per check. */
export function sectionHeadingNorms(ctx: RuleContext): string[] {
  return ctx.memo('sectionHeadingNorms', () =>
    ctx.doc.sections.map((s) => (s.heading ? headingNorms(ctx.doc)[s.index - 1] : '')),
  );
}

export function findSentences(ctx: RuleContext, p: SentencePatterns): Sentence[] {
  const headings = sectionHeadingNorms(ctx);
  const intros = p.listIntro && p.inList ? listIntroductions(ctx) : undefined;
  const introFlags = intros ? hasIntroduction(ctx) : undefined;
  const out: Sentence[] = [];
  // Per section: 0 not yet known, 1 its heading qualifies for `inSection`, 2 it does not.
  const okSections = p.inSection && p.sectionHeadings ? new Uint8Array(headings.length) : undefined;
  const sectionOk = (section: number): boolean => {
    if (!okSections) return false;
    if (okSections[section] === 0) {
      // Its own heading, else that of the section it is nested in ("### Account data" under
      // "## What we collect").
      const parent = sectionParents(ctx)[section];
      okSections[section] = p.sectionHeadings!.some((r) => headingMatches(ctx, r)[section] === 1) || (parent >= 0 && sectionOk(parent)) ? 1 : 2;
    }
    return okSections[section] === 1;
  };
  const empty = emptyUnits(ctx);
  const flags = cuedUnits(ctx, p);
  const units = textUnits(ctx);
  const limit = p.limit ?? Infinity;
  // Each pattern's own literal prefilter (see requiredLiterals.ts): a regex call only where the
  // sentence holds a literal the pattern cannot match without.
  const strong = gated(ctx, p.strong);
  const any = gated(ctx, p.any)!;
  const headingsP = gated(ctx, p.headings);
  const inSectionP = gated(ctx, p.inSection);
  const inListP = gated(ctx, p.inList);
  const { isHeading, sectionOf, nextHeading, sectionEnd } = unitFacts(ctx);
  // Only cued units, headings, units in a qualifying section and list items with an introduction
  // can match: from a unit that is none of these, jump to the next one that may be (the typed
  // arrays' native search) instead of visiting every unit. The next cued unit and the next
  // introduced item are searched again only once passed (each search continues where the last
  // ended: linear in all, whatever the mix of headings and text).
  let nextCued = -1;
  let nextIntro = -1;
  for (let ui = 0; ui < units.length && out.length < limit; ui++) {
    if (flags !== undefined && flags[ui] !== 1 && isHeading[ui] === 0 && !(introFlags && introFlags[ui] === 1) && !(okSections && sectionOk(sectionOf[ui]))) {
      if (nextCued < ui) {
        nextCued = flags.indexOf(1, ui);
        if (nextCued < 0) nextCued = units.length;
      }
      let next = Math.min(nextCued, nextHeading[ui]);
      if (introFlags) {
        if (nextIntro < ui) {
          nextIntro = introFlags.indexOf(1, ui);
          if (nextIntro < 0) nextIntro = units.length;
        }
        next = Math.min(next, nextIntro);
      }
      // The section changes: the next one may qualify.
      if (okSections) next = Math.min(next, sectionEnd[ui]);
      ui = next - 1;
      continue;
    }
    const cued = flags === undefined || flags[ui] === 1;
    // Most sentences carry none of the rule's cues and no context that could disclose it: skip
    // them with typed-array lookups only, without touching the sentence objects (this loop runs
    // once per rule over the whole text; a draft of 350 000 one-word paragraphs has as many units).
    if (!cued && isHeading[ui] === 0 && !(okSections && sectionOk(sectionOf[ui])) && !(introFlags && introFlags[ui] === 1)) continue;
    const s = units[ui];
    const n = s.norm;
    if (empty[ui] === 1) continue;
    if (cued && strong && matchesAny(strong, n, ui)) {
      out.push(s);
      continue;
    }
    // `unless` is tried only once some positive pattern has matched.
    if (cued && matchesAny(any, n, ui)) {
      if (!excluded(p, n)) out.push(s);
      continue;
    }
    if (s.paragraph < 0) {
      // A heading that names the item ("Right to Delete", "Do Not Sell My Personal Information").
      if (headingsP && matchesAny(headingsP, n, ui) && !excluded(p, n)) out.push(s);
      continue;
    }
    if (okSections && sectionOk(s.section) && matchesAny(inSectionP!, n, ui)) {
      if (!excluded(p, n)) out.push(s);
      continue;
    }
    const intro = intros && introFlags![ui] === 1 ? intros.get(s) : undefined;
    if (intro && matchesAny(inListP!, n, ui) && p.listIntro!.some((r) => r.test(intro.norm)) && !excluded(p, n)) out.push(s);
  }
  return out;
}

/** A heading that is a labelled value rather than a title: "Effective date: 1 May 2025", "Version 2024". */
const HEADING_VALUE = /:[ \t]*[^ \t]|\b(19|20)\d\d\b/;

/** A sentence that only announces what follows it: "We use your data for the following purposes:". */
const ANNOUNCES_LIST = /\b(the following|as follows|below)\b[^.]{0,80}:\s*$/;

/**
 * Per text unit: 1 if it promises what is not there, so it discloses nothing by any pattern. A
 * heading alone, with nothing under it ("## Your rights" then the next heading), unless it carries
 * a value of its own ("Last updated: 1 May 2025"); a sentence that announces a list ("… for the
 * following purposes:") with no list after it. Once per check.
 */
function emptyUnits(ctx: RuleContext): Uint8Array {
  return ctx.memo('emptyUnits', () => {
    const units = textUnits(ctx);
    const bodies = sectionBodies(ctx);
    const intros = new Set(listIntroductions(ctx).values());
    const flags = new Uint8Array(units.length);
    for (let i = 0; i < units.length; i++) {
      const u = units[i];
      if (u.paragraph < 0) {
        if (bodies[u.section] === 0 && !HEADING_VALUE.test(u.norm)) flags[i] = 1;
      } else if (u.norm.charCodeAt(lastNonSpace(u.norm)) === 58 && ANNOUNCES_LIST.test(u.norm) && !intros.has(u)) {
        // Prose, a heading or nothing follows. A title-case line after it may be the promised
        // value ("at the following address:" then the address, read as a title line): that stands.
        const next = units[i + 1];
        const style = next && next.paragraph < 0 ? ctx.doc.sections[next.section].heading?.style : undefined;
        if (next === undefined || next.paragraph >= 0 || (style !== 'title' && style !== 'glued')) flags[i] = 1;
      }
    }
    return flags;
  });
}

/** Patterns with, for each, the flags of the units holding one of its required literals (if known). */
interface Gated {
  patterns: RegExp[];
  flags: Array<Uint8Array | undefined>;
}

function matchesAny(g: Gated, norm: string, unit: number): boolean {
  for (let k = 0; k < g.patterns.length; k++) {
    const f = g.flags[k];
    if ((f === undefined || f[unit] === 1) && g.patterns[k].test(norm)) return true;
  }
  return false;
}

/**
 * Each pattern's required literals, registered as a cue list the first time a check uses the
 * pattern (computing them for every rule at load would delay the server's start by tens of
 * milliseconds). The first check runs those patterns unfiltered; the next scan includes them.
 */
const PATTERN_CUES = new Map<RegExp, string[] | null>();

function patternCues(r: RegExp): string[] | null {
  let cues = PATTERN_CUES.get(r);
  if (cues === undefined) {
    const lits = requiredLiterals(r);
    cues = lits ? cueList(lits) : null;
    PATTERN_CUES.set(r, cues);
  }
  return cues;
}

/** Every pattern seen so far with its required literals (null: none known); for tests. */
export function patternLiterals(): ReadonlyMap<RegExp, string[] | null> {
  return PATTERN_CUES;
}

function gated(ctx: RuleContext, patterns: RegExp[] | undefined): Gated | undefined {
  if (!patterns) return undefined;
  const all = allCueFlags(ctx);
  // A list registered after this check's scan began has no flags yet: no prefilter this time.
  const flags = patterns.map((r) => {
    const cues = patternCues(r);
    return cues ? all[cueListId(cues)!] : undefined;
  });
  return { patterns, flags };
}

function excluded(p: SentencePatterns, norm: string): boolean {
  return p.unless !== undefined && p.unless.some((r) => r.test(norm));
}

/** Per text unit: 1 if it is a list item (or fragment) with an introducing sentence. */
function hasIntroduction(ctx: RuleContext): Uint8Array {
  return ctx.memo('hasIntroduction', () => {
    const intros = listIntroductions(ctx);
    const units = textUnits(ctx);
    const flags = new Uint8Array(units.length);
    for (let i = 0; i < units.length; i++) if (intros.has(units[i])) flags[i] = 1;
    return flags;
  });
}

/** The indices of the flagged units, once per cue list and check. */
function flagged(ctx: RuleContext, cues: readonly string[], flags: Uint8Array): number[] {
  return ctx.memo(`flagged:${cueListId(cues)}`, () => {
    const out: number[] = [];
    for (let i = 0; i < flags.length; i++) if (flags[i] === 1) out.push(i);
    return out;
  });
}

/**
 * The sentences (not headings) that contain one of the cues, in document order: for requirement
 * checks and statements that scan the whole text for one pattern. `cues` must be a list
 * registered at module load with `cueList` and must be a necessary condition of the pattern.
 */
export function cuedSentences(ctx: RuleContext, cues: readonly string[]): Sentence[] {
  return ctx.memo(`cuedSentences:${cueListId(cues)}`, () => cuedTextUnits(ctx, cues).filter((u) => u.paragraph >= 0));
}

/** The text units (sentences and headings) that contain one of the cues, in document order. */
export function cuedTextUnits(ctx: RuleContext, cues: readonly string[]): Sentence[] {
  const flags = cueFlags(ctx, cues);
  return ctx.memo(`cuedTextUnits:${cueListId(cues)}`, () => {
    const units = textUnits(ctx);
    return flagged(ctx, cues, flags).map((i) => units[i]);
  });
}

/** Does the sentence or heading contain one of the cues? (`cues` registered with `cueList`.) */
export function hasCue(ctx: RuleContext, cues: readonly string[], s: Sentence): boolean {
  const flags = cueFlags(ctx, cues);
  const i = unitIndex(ctx, s);
  return i < 0 ? true : flags[i] === 1; // not a unit: no prefilter
}

/**
 * Cues for a citation of a GDPR article, `art(icle)?\.? ?N`: "article", "art." or "art N"/"artN".
 * (A bare "art" would flag every "party" and "start".)
 */
export function articleCues(n: string): string[] {
  return ['article', 'art.', `art ${n}`, `art${n}`];
}

/** Registers a cue list at module load (so the one scan per check covers it) and returns it. */
export function cueList(cues: string[]): string[] {
  registerCueList(cues);
  return cues;
}

/**
 * Per text unit, as typed arrays: whether it is a heading, its section, the index of the next
 * heading unit at or after it, and where its section's run of units ends (units.length: none).
 * Once per check.
 */
function unitFacts(ctx: RuleContext): { isHeading: Uint8Array; sectionOf: Int32Array; nextHeading: Int32Array; sectionEnd: Int32Array } {
  return ctx.memo('unitFacts', () => {
    const units = textUnits(ctx);
    const isHeading = new Uint8Array(units.length);
    const sectionOf = new Int32Array(units.length);
    const nextHeading = new Int32Array(units.length);
    for (let i = 0; i < units.length; i++) {
      isHeading[i] = units[i].paragraph < 0 ? 1 : 0;
      sectionOf[i] = units[i].section;
    }
    // sectionEnd[i]: the first unit after i in another section (units run in document order).
    const sectionEnd = new Int32Array(units.length);
    let next = units.length;
    let end = units.length;
    for (let i = units.length - 1; i >= 0; i--) {
      if (isHeading[i] === 1) next = i;
      nextHeading[i] = next;
      if (i + 1 < units.length && sectionOf[i + 1] !== sectionOf[i]) end = i + 1;
      sectionEnd[i] = end;
    }
    return { isHeading, sectionOf, nextHeading, sectionEnd };
  });
}

/**
 * The sentences and, in document order among them, the headings as sentence-like units
 * (paragraph -1): a heading is text of the policy and can be the evidence ("Last updated: 1 May 2025").
 */
export function textUnits(ctx: RuleContext): Sentence[] {
  return ctx.memo('textUnits', () => {
    const { doc } = ctx;
    const units: Sentence[] = [];
    let hi = 0;
    const headingUnit = (i: number): Sentence => {
      const h = doc.headings[i];
      // sections[0] is the preamble; section i + 1 is the one headed by headings[i].
      return { start: h.start, end: h.end, norm: headingNorms(doc)[i], paragraph: -1, section: i + 1, listItem: false };
    };
    for (const s of doc.sentences) {
      while (hi < doc.headings.length && doc.headings[hi].start <= s.start) units.push(headingUnit(hi++));
      units.push(s);
    }
    while (hi < doc.headings.length) units.push(headingUnit(hi++));
    return units;
  });
}

/**
 * Whether `s` is a list item whose introduction matches `intro` ("You have the right to request:"),
 * or the introduction above it, for an item that itself ends with a colon and introduces the next.
 */
export function listItemIntroducedBy(ctx: RuleContext, s: Sentence, intro: RegExp): boolean {
  if (s.paragraph < 0 || !s.listItem) return false;
  const intros = listIntroductions(ctx);
  let i = intros.get(s);
  for (let depth = 0; i && depth < 2; depth++) {
    if (intro.test(i.norm)) return true;
    i = intros.get(i);
  }
  return false;
}

/**
 * For each list item (and each short fragment after a colon), the sentence that introduces its
 * list: the nearest earlier non-item sentence of the same section. Computed once per check.
 */
export function listIntroductions(ctx: RuleContext): Map<Sentence, Sentence> {
  return ctx.memo('listIntroductions', () => {
    const map = new Map<Sentence, Sentence>();
    let intro: Sentence | undefined;
    // "You have the following rights under the CCPA –": a dash introduces only real list items
    // (a "Right of access – you may…" label followed by prose introduces nothing).
    let dashIntro = false;
    let items = 0;
    for (const s of ctx.doc.sentences) {
      const tail = lastNonSpace(s.norm);
      const endsWithColon = tail >= 0 && s.norm.charCodeAt(tail) === 58; // ':'
      const dash = tail > 0 ? s.norm.charCodeAt(tail) : 0;
      const endsWithDash = !s.listItem && (dash === 45 || dash === 0x2013 || dash === 0x2014) && s.norm.charCodeAt(tail - 1) === 32;
      if (intro && intro.section === s.section && (s.listItem || (!dashIntro && items === 0 && s.norm.length < 200)) && items < 40) {
        map.set(s, intro);
        items++;
        if (!endsWithColon) continue;
      }
      if (endsWithColon || endsWithDash || !s.listItem) {
        intro = endsWithColon || endsWithDash ? s : undefined;
        dashIntro = !endsWithColon && endsWithDash;
        items = 0;
      }
    }
    return map;
  });
}

/** The index of the text unit `s` among textUnits (binary search on starts), or -1. */
function unitIndex(ctx: RuleContext, s: Sentence): number {
  const units = textUnits(ctx);
  let lo = 0;
  let hi = units.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const st = units[mid].start;
    if (st === s.start) return units[mid] === s || units[mid].end === s.end ? mid : -1;
    if (st < s.start) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * Which text units contain one of the pattern set's cues. All rules' cues are found in one pass
 * over the text (cueIndex.ts), shared through the memo.
 */
function cuedUnits(ctx: RuleContext, p: SentencePatterns): Uint8Array | undefined {
  return p.cues ? cueFlags(ctx, p.cues) : undefined;
}

/** One cue list's flag per text unit. */
function cueFlags(ctx: RuleContext, cues: readonly string[]): Uint8Array {
  const id = cueListId(cues) ?? registerCueList(cues);
  const all = allCueFlags(ctx);
  // A list registered after this check's scan began (never in practice: lists register at load).
  return all[id] ?? flagCuedUnits(ctx.doc.norm, textUnits(ctx))[id];
}

/** Every registered cue list's flags per text unit: one scan of the text per check. */
function allCueFlags(ctx: RuleContext): Uint8Array[] {
  return ctx.memo('cuedUnits', () => flagCuedUnits(ctx.doc.norm, textUnits(ctx)));
}

/**
 * Per section: 1 if its heading matches the pattern. Once per pattern and check: the rules share
 * their heading patterns (the rights headings), and each would otherwise try them on every heading.
 */
function headingMatches(ctx: RuleContext, r: RegExp): Uint8Array {
  const cache = ctx.memo('headingMatches', () => new Map<RegExp, Uint8Array>());
  let m = cache.get(r);
  if (!m) {
    const headings = sectionHeadingNorms(ctx);
    m = new Uint8Array(headings.length);
    for (let i = 0; i < headings.length; i++) if (headings[i].length > 0 && r.test(headings[i])) m[i] = 1;
    cache.set(r, m);
  }
  return m;
}

/**
 * Per section: the index of the section it is nested in, or -1. Nesting is trusted only where the
 * drafter wrote it: Markdown levels ("### Account data" under "## What we collect") and dotted
 * numbers ("2.1" under "2."). Plain-text levels are guesses from the style of a line (a title-case
 * line after an upper-case one is as often a sibling as a child), so they nest nothing.
 */
export function sectionParents(ctx: RuleContext): Int32Array {
  return ctx.memo('sectionParents', () => {
    const sections = ctx.doc.sections;
    const parents = new Int32Array(sections.length).fill(-1);
    // Open sections by level, in a stack (levels strictly increasing upwards).
    const stack: number[] = [];
    for (let i = 1; i < sections.length; i++) {
      const h = sections[i].heading!;
      const nests = h.style === 'atx' || h.style === 'setext' || h.style === 'numbered';
      while (stack.length > 0) {
        const top = sections[stack[stack.length - 1]].heading!;
        if (top.level < h.level && nests && sameFamily(top.style, h.style)) break;
        stack.pop();
      }
      if (stack.length > 0) parents[i] = stack[stack.length - 1];
      if (nests) stack.push(i);
      else stack.length = 0;
    }
    return parents;
  });
}

function sameFamily(a: string, b: string): boolean {
  return a === 'numbered' ? b === 'numbered' : b !== 'numbered';
}

/**
 * Per section: 1 if text stands under its heading, in the section itself or in a subsection
 * nested under it (see `sectionParents`); 0 for a heading with nothing under it. The preamble
 * counts as having a body.
 */
export function sectionBodies(ctx: RuleContext): Uint8Array {
  return ctx.memo('sectionBodies', () => {
    const n = ctx.doc.sections.length;
    const bodies = new Uint8Array(n);
    if (n > 0) bodies[0] = 1;
    for (const s of ctx.doc.sentences) bodies[s.section] = 1;
    // A child follows its parent, so a backwards pass hands a body up the whole chain.
    const parents = sectionParents(ctx);
    for (let i = n - 1; i > 0; i--) if (bodies[i] === 1 && parents[i] >= 0) bodies[parents[i]] = 1;
    return bodies;
  });
}

/** Sections whose heading matches one of the patterns, in document order. */
export function sectionsHeaded(ctx: RuleContext, patterns: RegExp[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < ctx.doc.sections.length; i++) if (patterns.some((r) => headingMatches(ctx, r)[i] === 1)) out.push(i);
  return out;
}
