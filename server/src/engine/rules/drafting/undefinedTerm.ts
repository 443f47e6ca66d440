// A capitalised phrase used as if it were defined ("your Account Information", "the Platform")
// that no sentence defines. The reader takes capitals as a promise of a fixed meaning and looks
// for it in vain.
//
// Precision first: capitals are also names (Google Analytics, the App Store), the law's own
// words (Personal Data, Data Protection Officer), headings and titles. A phrase is reported only
// when all of these hold:
//   - a determiner or possessive in lower case stands before it (the, your, our, this …), or "Your"
//     or "Our" opens the sentence, and the sentence is not itself mostly capitalised (a title, a
//     menu path);
//   - its last word is a common drafting noun (Information, Account, Platform, Service …), and
//     every word of it is also written in lower case elsewhere in the draft (a name is not);
//   - it is not the law's own term, not a heading's words, and no form of it is defined;
//   - the draft uses defined terms at all, or writes the phrase this way three times or more.

import { definedTerms } from '../../extract/definedTerms';
import { matchesIn } from '../../extract/scan';
import { gdpr, gdprArticleUrl } from '../../law/legalRefs';
import type { PolicyDocument } from '../../model/document';
import type { CheckRule, RawFinding } from '../framework/ruleTypes';
import { isTermLike } from './termForms';

/**
 * A lower-case determiner, or "Your"/"Our" opening a sentence ("Your Member Profile is created …"),
 * then 1–4 capitalised words ("of"/"and" may join them). Bounded.
 */
const CANDIDATE = /(?:(?<![\p{L}\p{N}])(?:the|your|our|this|these|those|its|their|such|any|each|my)|(?<=^|\n|[.!?][ \t]{1,3})(?:Your|Our))[ \t]{1,2}((?:[A-Z][a-z’'-]{1,25})(?:[ \t]{1,2}(?:(?:of|and)[ \t]{1,2})?[A-Z][a-z’'-]{1,25}){0,3})(?![\p{L}\p{N}])/gu;

/** Nouns a draft defines; the last word of a reported phrase is one of them (singular, lower case). */
const DRAFTING_NOUNS = new Set([
  'account', 'information', 'data', 'platform', 'service', 'site', 'website', 'app', 'application', 'content', 'material',
  'software', 'product', 'program', 'programme', 'offering', 'portal', 'community', 'network', 'tool', 'feature',
  'submission', 'communication', 'profile', 'detail', 'record', 'partner', 'provider', 'affiliate', 'member', 'user',
  'customer', 'client', 'subscriber', 'visitor', 'device', 'request', 'fee', 'order', 'subscription', 'transaction',
  'payment', 'credential', 'identifier', 'activity', 'technology', 'campaign', 'company',
  'entity', 'vendor', 'supplier', 'merchant', 'seller', 'buyer', 'advertiser', 'publisher', 'developer', 'licensor',
  'licensee', 'operator', 'owner', 'administrator', 'participant', 'contributor', 'creator', 'territory', 'period',
  'system', 'solution', 'channel', 'interface', 'document', 'file', 'message', 'listing', 'contract', 'plan', 'event',
]);

/** A sentence that gives undefined capitalised terms the meaning another document defines. Bounded gaps. */
const INCORPORATED_DEFINITIONS = /\bcapitali[sz]ed terms?\b[^.]{0,80}\b(?:not (?:otherwise )?defined|undefined)\b[^.]{0,160}\b(?:meanings?|defined)\b/;

/** What follows a run-in heading's first words up to its full stop: capitalised words and small joining words ("Your Communications with Us."). */
const RUN_IN_HEADING_REST = /^(?:[ \t]{1,2}(?:[A-Z][\w’'-]{0,25}|with|to|of|and|for|on|in|about|from|by)){0,4}[ \t]{0,2}[.:]/;

/** A lower-case word after the phrase that makes it the name of part of a screen or site. */
const UI_WORD_AFTER = /^[ \t]{1,2}(?:page|pages|section|tab|button|link|menu|screen|settings|option|icon|field|area|panel|window|dashboard|portal)\b/;

/** Plain English words that qualify a drafting noun ("Usage Data", "Customer Information"): never a brand. */
const COMMON_WORDS = new Set([
  ...DRAFTING_NOUNS, 'usage', 'personal', 'mobile', 'contact', 'location', 'log', 'registration', 'billing', 'marketing',
  'technical', 'financial', 'health', 'public', 'private', 'business', 'professional', 'optional', 'additional', 'other',
  'online', 'digital', 'connected', 'linked', 'shared', 'sensitive', 'aggregate', 'anonymous', 'third-party', 'trip', 'travel',
  'learning', 'student', 'parent', 'child', 'employee', 'job', 'order', 'shipping', 'delivery', 'purchase', 'loyalty', 'reward',
]);

/** Words of a document's or a page's title: "our Terms of Use", "the Cookie Policy", "the Privacy Settings page". */
const DOCUMENT_WORDS = new Set(['terms', 'policy', 'notice', 'agreement', 'statement', 'conditions', 'addendum', 'settings', 'preferences', 'center', 'centre', 'page', 'dashboard', 'tab', 'menu', 'button', 'link']);

/** Ordinary phrases often written with capitals: a team, a kind of company. */
const COMMON_NAMES = new Set(['customer service', 'customer support', 'customer care', 'internet service provider', 'help center', 'support team']);

/** The laws' own defined terms and bodies: capitalised because the statute defines them, not the draft. */
const LAW_WORDS = new Set([
  'personal data', 'personal information', 'sensitive personal information', 'sensitive personal data', 'sensitive data',
  'special category data', 'personal data breach', 'data breach', 'biometric data', 'biometric information', 'genetic data',
  'health data', 'deidentified information', 'de-identified information', 'aggregate consumer information', 'publicly available information',
  'precise geolocation data', 'service provider', 'data controller', 'data processor', 'joint controller', 'data subject',
  'data protection officer', 'supervisory authority', 'third party', 'business', 'contractor', 'consumer', 'consumer health data',
  'european commission', 'commission', 'union', 'member state', 'controller', 'processor', 'recipient', 'representative',
  'personally identifiable information', 'protected health information', 'covered entity', 'business associate',
  'information commissioner', 'attorney general', 'data protection authority', 'authorized agent', 'data broker',
]);

export const undefinedTerm: CheckRule = {
  kind: 'check',
  id: 'drafting/undefined-term',
  family: 'drafting',
  title: 'Capitalised term never defined',
  refs: gdpr('12(1)'),
  defaultSeverity: 'warning',
  docUrl: gdprArticleUrl(12),
  explanation:
    'Capital letters tell the reader that a term has a meaning fixed somewhere in the text. When no sentence fixes it, the reader cannot tell what “your Account Information” covers, and a court may read it against the drafter. Define the term where it first appears (“… (your “Account Information”)”), or write it in lower case as an ordinary phrase. Art. 12(1) GDPR asks for intelligible, clear and plain language.',
  run(ctx) {
    const doc = ctx.doc;
    // "Capitalised terms not defined in this Policy have the meaning given in our Terms": the
    // draft hands its undefined terms to another document, which this check cannot read.
    if (INCORPORATED_DEFINITIONS.test(doc.norm)) return [];
    const index = definedTerms(doc);
    const defined = new Set<string>();
    for (const t of index.terms.keys()) {
      const k = singular(t.toLowerCase());
      defined.add(k);
    }
    const usesDefinedTerms = [...index.terms.values()].some(isTermLike);
    const headingWords = doc.headings.map((h) => doc.norm.slice(h.start, h.end));
    const ordinary = new OrdinaryWords(doc);
    /** Whether a phrase (as written) can be a term at all: decided once per phrase. */
    const termLike = (phrase: string, key: string): boolean => {
      const words = phrase.split(' ');
      // The title of a document ("Terms of Service", "Cookie Policy") or a team ("Customer Service") is a name.
      if (words.some((w) => DOCUMENT_WORDS.has(w.toLowerCase())) || COMMON_NAMES.has(key)) return false;
      // "Sale of Personal Information", "Processing of …": the law's phrases; a phrase with "of" is rarely a term.
      if (words.includes('of') || [...LAW_WORDS].some((l) => key.startsWith(`${l} `))) return false;
      // "Products and Services": each side a drafting noun, or it is a name ("Personalization and Data").
      if (words.includes('and') && !words.every((w) => w === 'and' || w === 'of' || DRAFTING_NOUNS.has(singular(w.toLowerCase())))) return false;
      const head = singular(words[words.length - 1].toLowerCase());
      if (!DRAFTING_NOUNS.has(head) || LAW_WORDS.has(key) || LAW_WORDS.has(phrase.toLowerCase())) return false;
      if (defined.has(key)) return false;
      // Every word a plain English word: a common drafting word, or one the draft also writes in lower case.
      if (!words.every((w) => w === 'and' || COMMON_WORDS.has(singular(w.toLowerCase())) || ordinary.has(w.toLowerCase()))) return false;
      return !headingWords.some((h) => h.includes(phrase.toLowerCase()));
    };
    const verdict = new Map<string, boolean>();
    const found = new Map<string, Array<{ start: number; end: number; written: string }>>();
    for (const { m, start } of matchesIn(doc, CANDIDATE)) {
      const whole = m[1].replace(/[’']s$/, '');
      const wholeStart = start + m[0].length - m[1].length;
      // "the Website Content (as defined in our Terms of Use)": defined in another document;
      // "the Connected Accounts section", "our Platform page": the name of a screen or a page.
      const after = doc.text.slice(wholeStart + whole.length, wholeStart + whole.length + 30);
      if (/^[ \t]{0,2}\(?(?:as|which[ \t]{1,2}(?:is|are))[ \t]{1,2}defined\b/i.test(after) || UI_WORD_AFTER.test(after)) continue;
      // "Your Rights Regarding Personal Information. California residents …": a run-in heading.
      if (/^[YO]/.test(m[0]) && RUN_IN_HEADING_REST.test(after)) continue;
      // "Products and Services": each side is a phrase of its own ("Service" may be defined, "Website" not).
      const split = /\band\b/.test(whole) && DRAFTING_NOUNS_JOINED.test(whole) ? splitAnd(whole, wholeStart) : [];
      const parts = split.length > 1 && split.every((p) => DRAFTING_NOUNS.has(singular(p.phrase.split(/[ \t]+/).pop()!.toLowerCase()))) ? split : [{ phrase: whole, at: wholeStart }];
      for (const { phrase: raw, at: pStart } of parts) {
        const phrase = raw.replace(/[ \t]+/g, ' ');
        const key = singular(phrase.toLowerCase());
        let ok = verdict.get(phrase);
        if (ok === undefined) {
          ok = termLike(phrase, key);
          verdict.set(phrase, ok);
        }
        if (!ok || inHeading(doc, pStart) || titleHeavySentence(doc, pStart)) continue;
        const list = found.get(key) ?? found.set(key, []).get(key)!;
        list.push({ start: pStart, end: pStart + raw.length, written: phrase });
      }
    }
    const out: RawFinding[] = [];
    for (const list of found.values()) {
      if (!usesDefinedTerms && list.length < 3) continue;
      const first = list[0];
      out.push({
        start: first.start,
        end: first.end,
        message: `“${first.written}” is capitalised like a defined term, but no sentence defines it: define it or write it in lower case (Art. 12(1)).`,
        // A few other uses, not all: each related location is a row of its own in the Problems panel.
        related: list.slice(1, 4).map((r) => ({ start: r.start, end: r.end, message: `“${r.written}” again` })),
      });
    }
    return out;
  },
};

/** Two or more capitalised drafting nouns joined by "and" ("Site and Apps"), not a name that contains "and". */
const DRAFTING_NOUNS_JOINED = /^[A-Z][a-z’'-]{1,25}(?:[ \t]{1,2}[A-Z][a-z’'-]{1,25})?[ \t]{1,2}and[ \t]{1,2}[A-Z]/;

function splitAnd(whole: string, at: number): Array<{ phrase: string; at: number }> {
  const out: Array<{ phrase: string; at: number }> = [];
  let offset = 0;
  for (const part of whole.split(/([ \t]{1,2}and[ \t]{1,2})/)) {
    if (!/^[ \t]{1,2}and[ \t]{1,2}$/.test(part) && part.length > 0) out.push({ phrase: part, at: at + offset });
    offset += part.length;
  }
  return out;
}

function singular(s: string): string {
  if (/ies$/.test(s)) return `${s.slice(0, -3)}y`;
  if (/(?:ss|us|is)$/.test(s)) return s;
  return s.replace(/s$/, '');
}

function inHeading(doc: PolicyDocument, offset: number): boolean {
  const hs = doc.headings;
  let lo = 0;
  let hi = hs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (hs[mid].end < offset) lo = mid + 1;
    else if (hs[mid].start > offset) hi = mid - 1;
    else return true;
  }
  return false;
}

/** A sentence whose words are mostly capitalised is a title, a menu path or a list of names. */
function titleHeavySentence(doc: PolicyDocument, offset: number): boolean {
  const line = doc.lines.lineAt(offset);
  const from = Math.max(doc.lines.lineStarts[line], offset - 150);
  const to = Math.min(doc.lines.lineEnd(line), offset + 150);
  const words = doc.text.slice(from, to).split(/\s+/).filter((w) => /^[A-Za-z]/.test(w) && w.length > 3);
  if (words.length < 4) return true; // a short line: a caption, a label, a heading the model did not take
  const caps = words.filter((w) => /^[A-Z]/.test(w)).length;
  return caps / words.length > 0.5;
}

/** Whether a word is also written in lower case, as a plain word, somewhere in the draft (a name never is). */
class OrdinaryWords {
  private readonly known = new Map<string, boolean>();
  constructor(private readonly doc: PolicyDocument) {}
  has(word: string): boolean {
    let v = this.known.get(word);
    if (v === undefined) {
      const esc = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const stem = `(?:${esc(word)}|${esc(singular(word))}(?:s|es)?)`;
      // Not inside an address or a URL ("google.com"): a plain word has no dot, slash or @ beside it.
      const re = new RegExp(`(?<![\\p{L}\\p{N}./@_-])${stem}(?![\\p{L}\\p{N}/@_-]|\\.[\\p{L}\\p{N}])`, 'u');
      v = re.test(this.doc.text);
      this.known.set(word, v);
    }
    return v;
  }
}
