// Spellings of the controller's name that differ from the one it uses (or declares):
// by case (Seqops / SeqOps), punctuation (Seq-Ops), spacing (Seq Ops), a slip of one or two
// letters (SeqOs), or the spelling of its legal form (Ltd / Limited). Ordinary words (a word
// the text also writes in lower case) and other companies (a name with its own legal form)
// are left alone.
import { damerau } from '../../text/editDistance';
import { getEntities, squash } from '../../extract';
import { formGroup } from '../../extract/names';
import { proseRanges } from '../../extract/scan';
import type { PolicyDocument } from '../../model/document';
import type { TextRange } from '../../types';
import type { CheckRule, RawFinding } from '../framework/ruleTypes';
import { gdpr, gdprArticleUrl } from '../../law/legalRefs';
import { joinAnd, lineOf, replaceFix } from './shared';
import { clipQuote } from '../../text/quote';

// A word, possibly with inner hyphens or dots ("Seq-Ops", "luc.id"): what the regular
// expression [A-Za-z0-9\u00c0-\u024f][A-Za-z0-9\u00c0-\u024f&]{0,40}(?:[-.][A-Za-z0-9\u00c0-\u024f][A-Za-z0-9\u00c0-\u024f&]{0,40}){0,3}
// would match, scanned by hand in tokenize() (a regex match per word was most of this rule's time).

interface Tok extends TextRange {
  text: string;
}

export const nameVariant: CheckRule = {
  kind: 'check',
  id: 'consistency/name-variant',
  family: 'consistency',
  title: 'Variant spelling of the controller’s name',
  refs: gdpr('13(1)(a)'),
  defaultSeverity: 'warning',
  docUrl: gdprArticleUrl(13),
  explanation:
    'The policy must identify the controller (Art. 13(1)(a)). Several spellings of its name look careless and, in a document that may be relied on, invite the question whether they are different entities.',
  run(ctx) {
    const ent = getEntities(ctx);
    const c = ent.controller;
    if (!c) return [];
    const doc = ctx.doc;
    const candidateWords = nameWords(c.core, c.shortNames);
    // Only words whose squashed form starts like a name word can be (or refute) a variant:
    // isVariant needs the same first letter, and every lower-case look-up below is of such a word.
    const keys = new Set(candidateWords.map(firstKey));
    const { byText, order } = tokenize(doc, keys);
    const lowerWords = new Set<string>();
    for (const text of byText.keys()) if (text === text.toLowerCase()) lowerWords.add(text);
    // Names written with their own legal form are companies (maybe other ones): never variants.
    const otherCompanies = new Set(ent.legalNames.map((l) => l.core.split(' ')[0]));
    const out: RawFinding[] = [];
    const names = distinctiveNames(candidateWords, lowerWords);
    const reported = new Set<string>();
    for (const name of names) {
      const canonical = byText.get(name) ?? [];
      const n = squash(name);
      for (const [text, occ] of byText) {
        if (text === name || reported.has(text)) continue;
        // CAPITALS are typography (headings, disclaimers, logos), not another spelling.
        if (text === text.toUpperCase() || name === name.toUpperCase()) {
          if (squash(text) === n) continue;
        }
        // "luc.id" is the company's web address, not its name.
        if (WEB_SUFFIX.test(text)) continue;
        if (!isVariant(text, name, n, lowerWords)) continue;
        if (otherCompanies.has(text) && squash(text) !== n) continue;
        if (c.source !== 'declared' && occ.length >= Math.max(1, canonical.length)) continue; // the majority spelling is the name
        const kept = occ.filter((t) => !shouting(doc, t));
        if (kept.length === 0) continue;
        reported.add(text);
        out.push(...variantFindings(doc, kept, text, name, canonical, c.source === 'declared'));
      }
      // "Seq Ops" written as two words. Cheap tests first: this loop sees every candidate word
      // (a first word must start with the name's letter, so it is among the collected tokens).
      const first = n[0];
      for (const a of order) {
        const b = a.next;
        if (!b) continue;
        if (a.text.length + (b.end - b.start) < n.length || a.text[0].toLowerCase() !== first) continue;
        if (b.start !== a.end + 1 || doc.text[a.end] !== ' ') continue;
        const bText = doc.text.slice(b.start, b.end);
        if (squash(a.text + bText) !== n || !/^[A-Z]/.test(a.text)) continue;
        const r = { start: a.start, end: b.end, text: doc.text.slice(a.start, b.end) };
        out.push(...variantFindings(doc, [r], r.text, name, canonical, c.source === 'declared'));
      }
    }
    out.push(...legalFormVariants(doc, ent.legalNames, c.core, c.legalForm));
    return out;
  },
};

/**
 * The prose's words (each prose range scanned as the expression above would), keeping only those whose
 * squashed form starts with one of `keys`: on a long policy that is a small share, and no
 * string or object is made for the others. Each kept word also records the word after it
 * (for the two-word spelling). Scans by character code instead of a regular expression, with the
 * same result: a word char, up to 40 more (or '&'), then up to 3 times '-'/'.' and a word.
 */
function tokenize(doc: PolicyDocument, keys: Set<string>): { byText: Map<string, Tok[]>; order: Array<Tok & { next?: TextRange }> } {
  const byText = new Map<string, Tok[]>();
  const order: Array<Tok & { next?: TextRange }> = [];
  const text = doc.text;
  // keys.has() for a word starting with an ASCII character, as a table (asked for every word).
  const asciiKey = new Uint8Array(128);
  for (let c = 0; c < 128; c++) asciiKey[c] = keys.has(c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : String.fromCharCode(c)) ? 1 : 0;
  let pending: (Tok & { next?: TextRange }) | undefined;
  for (const r of proseRanges(doc)) {
    let i = r.start;
    const end = r.end;
    while (i < end) {
      if (!isWordChar(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const start = i;
      i = segmentEnd(text, i, end);
      for (let seg = 0; seg < 3; seg++) {
        const sep = text.charCodeAt(i);
        if (i + 1 < end && (sep === 45 /* - */ || sep === 46) /* . */ && isWordChar(text.charCodeAt(i + 1))) i = segmentEnd(text, i + 1, end);
        else break;
      }
      if (pending) {
        pending.next = { start, end: i };
        pending = undefined;
      }
      const c = text.charCodeAt(start);
      if (c < 128 ? asciiKey[c] === 0 : !keys.has(firstKey(text.slice(start, i)))) continue;
      const tok = { start, end: i, text: text.slice(start, i) };
      const list = byText.get(tok.text);
      if (list) list.push(tok);
      else byText.set(tok.text, [tok]);
      order.push(tok);
      pending = tok;
    }
  }
  return { byText, order };
}

/** [A-Za-z0-9\u00c0-\u024f], the word character: 1 in a table by character code (the scan's hot test). */
const WORD_CHAR = new Uint8Array(0x250);
for (let c = 0; c < 0x250; c++) WORD_CHAR[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c >= 0xc0 ? 1 : 0;

function isWordChar(c: number): boolean {
  return c < 0x250 && WORD_CHAR[c] === 1;
}

/** End of one segment starting at a word character: it and up to 40 word characters or '&'. */
function segmentEnd(text: string, i: number, end: number): number {
  const limit = Math.min(end, i + 41);
  i++;
  while (i < limit) {
    const c = text.charCodeAt(i);
    if (c !== 38 /* & */ && !isWordChar(c)) break;
    i++;
  }
  return i;
}

function firstKey(word: string): string {
  return squash(word)[0] ?? '';
}

/** The words of the controller's names. */
function nameWords(core: string, shortNames: string[]): string[] {
  return [...new Set([...core.split(/[\s,]+/), ...shortNames.flatMap((s) => s.split(/\s+/))])];
}

/** Name words worth checking: long enough and not ordinary words ("Software", "Data"). */
function distinctiveNames(words: string[], lowerWords: Set<string>): string[] {
  return words.filter((w) => w.length >= 4 && /[A-Za-z]/.test(w) && !lowerWords.has(w.toLowerCase()) && !COMMON.has(w.toLowerCase()));
}

const WEB_SUFFIX = /\.[a-z]{2,}$/i;

const COMMON = new Set(['company', 'group', 'holding', 'holdings', 'international', 'global', 'services', 'solutions', 'technologies', 'technology', 'software', 'systems', 'digital', 'media', 'labs', 'consulting', 'partners', 'europe', 'america']);

function isVariant(text: string, name: string, n: string, lowerWords: Set<string>): boolean {
  const t = squash(text);
  if (t === n) return true; // case, hyphen or dot
  if (t === `${n}s` || t === `${n}es` || `${t}s` === n) return false; // a plural is grammar, not a spelling
  if (!/^[A-Z]/.test(text)) return false; // lower-case words are ordinary words
  if (lowerWords.has(text.toLowerCase())) return false;
  if (n.length < 5 || Math.abs(t.length - n.length) > 2 || t[0] !== n[0]) return false;
  return damerau(t, n, n.length >= 9 ? 2 : 1) <= (n.length >= 9 ? 2 : 1);
}

/** An all-caps word in an all-caps passage (a heading, a disclaimer) is shouting, not a spelling. */
function shouting(doc: PolicyDocument, t: TextRange): boolean {
  const w = doc.text.slice(t.start, t.end);
  if (w !== w.toUpperCase()) return false;
  const around = doc.text.slice(Math.max(0, t.start - 30), Math.min(doc.text.length, t.end + 30)).replace(/[^A-Za-z]/g, '');
  return around.length > 0 && (around.match(/[A-Z]/g)?.length ?? 0) / around.length > 0.8;
}

function variantFindings(doc: PolicyDocument, occ: TextRange[], text: string, name: string, canonical: TextRange[], declared: boolean): RawFinding[] {
  const where = canonical.length > 0 ? ` (${declared ? 'declared; ' : ''}line ${lineOf(doc, canonical[0].start)}${canonical.length > 1 ? `, ${canonical.length} times` : ''})` : declared ? ' (declared)' : '';
  const related = [
    ...canonical.slice(0, 20).map((r) => ({ ...r, message: name })),
    ...occ.map((r) => ({ ...r, message: text })),
  ];
  // One shared "replace all": built per occurrence it would be quadratic in the occurrences.
  const replaceAll = occ.length > 1 ? [replaceFix(`Replace all ${occ.length} occurrences of ${text} with ${name}`, occ, name)] : [];
  return occ.map((r) => ({
    start: r.start,
    end: r.end,
    message: `“${clipQuote(text)}” looks like a misspelling of the controller’s name, written “${clipQuote(name)}” elsewhere${where}: use one spelling.`,
    related,
    fixes: [replaceFix(`Replace with ${name}`, [r], name, true), ...replaceAll],
  }));
}

/** "Acme Ltd" and "Acme Limited" in one policy: one form, spelled two ways. */
function legalFormVariants(doc: PolicyDocument, legal: Array<{ core: string; form: string; formStart: number; end: number }>, core: string, canonicalForm?: string): RawFinding[] {
  const mine = legal.filter((l) => squash(l.core) === squash(core));
  if (mine.length < 2 && !canonicalForm) return [];
  const norm = (f: string) => f.replace(/[.\s]/g, '');
  const counts = new Map<string, number>();
  for (const l of mine) counts.set(norm(l.form), (counts.get(norm(l.form)) ?? 0) + 1);
  const keep = canonicalForm ?? mine.reduce((a, b) => ((counts.get(norm(b.form)) ?? 0) > (counts.get(norm(a.form)) ?? 0) ? b : a)).form;
  const out: RawFinding[] = [];
  for (const l of mine) {
    if (norm(l.form) === norm(keep) || formGroup(l.form) !== formGroup(keep) || formGroup(keep) < 0) continue;
    const others = mine.filter((x) => norm(x.form) === norm(keep));
    out.push({
      start: l.formStart,
      end: l.end,
      message: `Legal form written “${l.form}” here and “${keep}” elsewhere${others.length ? ` (${joinAnd(others.slice(0, 3).map((o) => `line ${lineOf(doc, o.formStart)}`))})` : ''}: use the registered form throughout.`,
      related: others.map((o) => ({ start: o.formStart, end: o.end, message: o.form })),
      fixes: [replaceFix(`Replace with ${keep}`, [{ start: l.formStart, end: l.end }], keep, true)],
    });
  }
  return out;
}

