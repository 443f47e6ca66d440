// What the defined-term rules share: the other forms in which a defined term is written
// ("personal data" or "personal information" where "Personal Data" is defined; "Service" where
// "Services" is), found once per document. A form is the same notion in other words; the
// unused-definition rule stays quiet about a term written only in such forms, and the
// inconsistent-term rule reports them.

import { DefinedTerm, DefinedTermIndex, definedTerms, sentenceCase } from '../../extract/definedTerms';
import { sentenceAt } from '../../extract/scan';
import { proseRanges, sectionIndexAt } from '../../extract/scan';
import type { PolicyDocument } from '../../model/document';
import type { TextRange } from '../../types';

export interface OtherForm extends TextRange {
  /** The defined term the form stands for. */
  term: string;
  /** As written. */
  written: string;
}

/** The data family: each of these names the same notion; a policy should keep to the one it defines. */
const DATA_SYNONYMS = ['personal data', 'personal information', 'personally identifiable information'];

const CACHE = new WeakMap<PolicyDocument, Map<string, OtherForm[]>>();

/** Other forms per defined term (only terms that have some), in text order. */
export function otherForms(doc: PolicyDocument): Map<string, OtherForm[]> {
  let out = CACHE.get(doc);
  if (!out) {
    out = findOtherForms(doc);
    CACHE.set(doc, out);
  }
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function findOtherForms(doc: PolicyDocument): Map<string, OtherForm[]> {
  const index = definedTerms(doc);
  const out = new Map<string, OtherForm[]>();
  const definedLower = new Set([...index.terms.keys()].map((t) => t.toLowerCase()));
  // Per lower-case form: the term it stands for and a test of the written text.
  const wanted = new Map<string, { term: string; accept: (written: string, before: string, at: number, after: string) => boolean }>();
  for (const t of index.terms.values()) {
    if (!isTermLike(t)) continue;
    const lower = t.term.toLowerCase();
    const words = t.term.split(/\s+/);
    // Lower case: a phrase of two words or more anywhere ("personal data"); a single word only
    // after "our" ("our services"), or after "your" when the definition is about the reader's own
    // thing ("Account means the account you create"), as a single word is so often meant in its
    // plain sense ("your country" beside a defined "Country" that names one state).
    const lowerForm = (w: string, before: string, after: string) => w === w.toLowerCase() && (words.length > 1 || (/\bour[ \t]$/i.test(before) && !COMPOUND_AFTER.test(after)));
    // Not for: a right's name ("Right to Know") or a document's ("Privacy Policy": "their privacy
    // policy" is another's), the law's own words ("third parties" in their legal sense), a term
    // in sentence case ("Flash cookies": its lower-case form is the term), or a definition made
    // for a section on a US law ("For purposes of this section, …").
    if (/^right[ \t]+(?:to|of)\b|^terms\b|\b(?:policy|notice|statement|terms)$/i.test(t.term) || LAW_TERMS.test(lower) || sentenceCase(t.term)) continue;
    if (inUsLawSection(doc, t.definitions[0].start) || /\bpurposes[ \t]of[ \t]this[ \t]section\b/i.test(doc.text.slice(t.definitions[0].sentence.start, t.definitions[0].start))) continue;
    wanted.set(lower, { term: t.term, accept: (w, before, _at, after) => lowerForm(w, before, after) });
    // The data family: only for a capitalised definition (a term in lower case is a plain phrase
    // explained, not a term of art), and not in a section on a US law, whose own word
    // "personal information" a policy rightly uses there.
    for (const syn of DATA_SYNONYMS) {
      if (lower.replace(/s$/, '') !== syn || words.length < 2 || t.term[0] !== t.term[0].toUpperCase()) continue;
      for (const other of DATA_SYNONYMS) {
        if (other !== syn && !definedLower.has(other)) wanted.set(other, { term: t.term, accept: (_w, before, at, after) => !inUsLawSection(doc, at) && !/\b(?:sell|share)[ \t]my[ \t]$/i.test(before) && !CAPITALISED_BEFORE.test(before) && !DEFINED_HERE.test(after) });
      }
    }
  }
  if (wanted.size === 0) return out;
  const forms = [...wanted.keys()].sort((a, b) => b.length - a.length).map((f) => escape(f).replace(/ /g, '[ \\t]{1,3}'));
  const re = new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${forms.join('|')})(?![\\p{L}\\p{N}_-])`, 'gu');
  const uses = new Set<number>();
  for (const t of index.terms.values()) for (const s of [...t.uses, ...t.definitions]) uses.add(s.start);
  for (const r of proseRanges(doc)) {
    const slice = doc.norm.slice(r.start, r.end);
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(slice))) {
      const start = r.start + m.index;
      if (uses.has(start)) continue; // the term itself
      const w = wanted.get(m[0].replace(/[ \t]+/g, ' '));
      if (!w) continue;
      const written = doc.text.slice(start, start + m[0].length);
      if (written === w.term) continue; // the term itself, where the index took it for part of a longer name
      const before = doc.text.slice(Math.max(0, start - 40), start);
      const after = doc.text.slice(start + m[0].length, start + m[0].length + 20);
      if (inDefiningSentence(doc, index, w.term, start) || !w.accept(written, before, start, after) || inQuotes(doc, start, start + m[0].length)) continue;
      const list = out.get(w.term) ?? out.set(w.term, []).get(w.term)!;
      list.push({ term: w.term, start, end: start + m[0].length, written });
    }
  }
  return out;
}

/** A term worth holding the text to: not a short name given to a party, not an abbreviation. */
export function isTermLike(t: DefinedTerm): boolean {
  return !t.definitions.every((d) => d.partyName) && !/^[A-Z0-9.&-]{2,}$/.test(t.term);
}

const US_LAW_HEADING = /californi|ccpa|cpra|nevada|virginia|colorado|connecticut|utah|texas|oregon|u\.?s\.? (?:state|resident)|united states|state (?:privacy|law)|your state/;

function inUsLawSection(doc: PolicyDocument, offset: number): boolean {
  const i = sectionIndexAt(doc, offset);
  for (let k = i; k >= 0 && k > i - 3; k--) {
    const h = doc.sections[k]?.heading;
    if (h && US_LAW_HEADING.test(doc.norm.slice(h.start, h.end))) return true;
  }
  return false;
}

/** “personal information” in quotes (spaces allowed inside) is a mention of the words, not a use. */
function inQuotes(doc: PolicyDocument, start: number, end: number): boolean {
  const before = /["'][ \t]?$/.test(doc.norm.slice(Math.max(0, start - 2), start));
  const after = /^[ \t]?["']/.test(doc.norm.slice(end, end + 2));
  return before && after;
}

/** “This privacy policy (“Privacy Policy”)”: the long form being named in the defining sentence itself. */
function inDefiningSentence(doc: PolicyDocument, index: DefinedTermIndex, term: string, at: number): boolean {
  const s = sentenceAt(doc, at);
  return !!s && index.terms.get(term)!.definitions.some((d) => d.sentence.start === s.start && at < d.start);
}

/** The law's own words: in lower case they carry their legal sense, whatever the draft defines. */
const LAW_TERMS = /^(?:third[ -]part(?:y|ies)|service[ -]providers?|processors?|controllers?|business(?:es)?|consumers?|company)$/;
/** "Client Personal Information": the words are part of a longer capitalised name (not a sentence start). */
const CAPITALISED_BEFORE = /[a-z,;][ \t][A-Z][A-Za-z]{1,30}[ \t]$/;
/** "Personally Identifiable Information (“PII”)": the words are being defined themselves. */
const DEFINED_HERE = /^[ \t]{0,2}\([ \t]?(?:the[ \t])?["“‘']/;

/** After "our service": a lower-case noun makes a compound ("our service providers"), not the term. */
const COMPOUND_AFTER = /^[ \t](?!(?:and|or|to|in|on|for|with|is|are|was|were|may|will|can|we|you|that|which|from|by|at|as|of|if|when|where|so|but|through|under|within|without|via|has|have|does|do)\b)[a-z]/;
