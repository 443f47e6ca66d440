// drafting/vague (information): a sentence about what happens to the reader's data that hides
// every fact behind qualifiers — "we may share some of your information with certain partners
// for various purposes" — or an "including but not limited to" that stands where the list
// should be ("… for purposes including, but not limited to, other lawful purposes.").
//
// Precision first; nothing is said when:
// - fewer than two things (the data, the recipients, the purposes, the cases) are left vague;
//   a lone "may" or "certain information" is ordinary drafting;
// - the sentence names no data practice (share, collect, use, keep, …);
// - the sentence states specifics ("such as", "including", "e.g.", "namely", a colon), or its
//   section does for all but one of the things left vague (a sentence giving examples of the
//   recipients, a list introduced by the purposes). Research on privacy policies found a third
//   of vague statements clarified nearby; flagging those would teach the reader to ignore us.
import type { CheckRule, RawFinding } from '../framework/ruleTypes';
import type { PolicyDocument, Sentence } from '../../model/document';
import { gdpr } from '../../law/legalRefs';

type Vagueness = 'data' | 'recipients' | 'purposes' | 'cases';

// A practice that involves the reader's data.
const PRACTICE = /\b(?:shar(?:e|es|ed|ing)|disclos(?:e|es|ed|ing)|sell|sells|sold|transfer(?:s|red|ring)?|collect(?:s|ed|ing)?|us(?:e|es|ed|ing)|process(?:es|ed|ing)?|retain(?:s|ed|ing)?|keep|keeps|kept|stor(?:e|es|ed|ing)|combin(?:e|es|ed|ing)|provid(?:e|es|ed|ing)|receiv(?:e|es|ed|ing)|obtain(?:s|ed|ing)?)\b/;
// A quantifier that counts nothing, before the noun it leaves open (up to two words between:
// "certain of your personal information", "various business purposes").
const VAGUE_NOUN = /\b(some|certain|various|several|numerous|a number of|a variety of|a range of)[ \t]{1,3}(?:of[ \t]{1,3})?(?:(?:your|the|our|their|its|such)[ \t]{1,3})?(?:[a-z][a-z-]{1,19}[ \t]{1,3}){0,2}?(information|data|details|personal data|partners|third parties|third-parties|companies|organi[sz]ations|entities|businesses|vendors|providers|affiliates|advertisers|recipients|parties|purposes|reasons|uses|circumstances|cases|situations|instances)\b/g;
const CLASS: Record<string, Vagueness> = {
  information: 'data', data: 'data', details: 'data', 'personal data': 'data',
  partners: 'recipients', 'third parties': 'recipients', 'third-parties': 'recipients', companies: 'recipients', organisations: 'recipients', organizations: 'recipients', entities: 'recipients', businesses: 'recipients', vendors: 'recipients', providers: 'recipients', affiliates: 'recipients', advertisers: 'recipients', recipients: 'recipients', parties: 'recipients',
  purposes: 'purposes', reasons: 'purposes', uses: 'purposes',
  circumstances: 'cases', cases: 'cases', situations: 'cases', instances: 'cases',
};
// "from time to time": when it happens is left open too.
const VAGUE_WHEN = /\bfrom time to time\b/;
// "may share", "might disclose": whether it happens at all is left open.
const MODAL = /\b(?:may|might|could)[ \t]{1,3}(?:(?:also|sometimes|occasionally|from time to time|be)[ \t]{1,3}){0,2}(?:shar|disclos|sell|transfer|collect|use|process|retain|keep|stor|combin|provid|receiv|obtain)/;
// What a sentence that states specifics is about, per thing left vague.
const ABOUT: Record<Vagueness, RegExp> = {
  data: /\b(?:information|data|details)\b/,
  recipients: /\b(?:partners?|third[ -]part(?:y|ies)|compan(?:y|ies)|organi[sz]ations?|entit(?:y|ies)|businesses|vendors?|providers?|affiliates?|advertisers?|recipients?|processors?)\b/,
  purposes: /\b(?:purposes?|reasons?|uses?|to)\b/,
  cases: /\b(?:circumstances|cases|situations|when|if|where)\b/,
};
// The specifics stated: a list follows or is given.
const SPECIFICS = /\b(?:such as|includ(?:e|es|ing)|e\.g\b|for example|for instance|namely|specifically|as follows|the following|listed|described (?:above|below|in)|set out)\b|:/;
// "including but not limited to" with nothing listed after it: the sentence ends, or ends after
// more vagueness ("… including but not limited to other lawful purposes.").
const OPEN_LIST = /\bincluding,?[ \t]{1,3}(?:but[ \t]{1,3})?(?:not[ \t]{1,3}limited[ \t]{1,3}to|without limitation),?[ \t]{0,3}(?=(?:(?:any|other|various|similar|all)[ \t]{1,3}(?:other[ \t]{1,3})?(?:[a-z]{2,20}[ \t]{1,3}){0,2}?(?:purposes|reasons|information|data|parties|uses))?[ \t]{0,3}[.!]?[ \t]{0,3}$)/;

const WHAT: Record<Vagueness, string> = {
  data: 'which data',
  recipients: 'which recipients or their categories',
  purposes: 'for which purposes',
  cases: 'in which cases',
};

/**
 * Whether the section states the specifics of one vague thing: another sentence that gives
 * examples or a list of it ("partners such as …", "for the following purposes:"), or a list
 * introduced by a sentence about it.
 */
function clarifiedInSection(doc: PolicyDocument, index: number, cls: Vagueness): boolean {
  const section = doc.sentences[index].section;
  const about = ABOUT[cls];
  for (let k = index - 1; k >= 0 && doc.sentences[k].section === section; k--) if (states(doc, k, about)) return true;
  for (let k = index + 1; k < doc.sentences.length && doc.sentences[k].section === section; k++) if (states(doc, k, about)) return true;
  return false;
}

function states(doc: PolicyDocument, k: number, about: RegExp): boolean {
  const s = doc.sentences[k];
  if (s.listItem) return false;
  const introducesList = !!doc.sentences[k + 1]?.listItem && doc.sentences[k + 1].section === s.section;
  return (introducesList || SPECIFICS.test(s.norm)) && about.test(s.norm);
}

export function vagueFindings(doc: PolicyDocument): RawFinding[] {
  const out: RawFinding[] = [];
  doc.sentences.forEach((s, i) => {
    const n = s.norm;
    const open = n.includes('including') ? OPEN_LIST.exec(n) : null;
    // Not when the list follows as list items (the sentence ends at the line break before them).
    if (open && !doc.sentences[i + 1]?.listItem) {
      out.push(at(s, open.index, open[0].trimEnd().length, '“Including but not limited to” stands where the list should be: name what it covers, then say the list may grow.'));
      return;
    }
    if (!/\b(?:some|certain|various|several|numerous|number of|variety of|range of)\b/.test(n) || !PRACTICE.test(n)) return;
    const vague = new Map<Vagueness, { start: number; end: number }>();
    VAGUE_NOUN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = VAGUE_NOUN.exec(n))) {
      const cls = CLASS[m[2]];
      if (cls && !vague.has(cls)) vague.set(cls, { start: m.index, end: m.index + m[0].length });
    }
    if (VAGUE_WHEN.test(n) && !vague.has('cases')) {
      const w = VAGUE_WHEN.exec(n)!;
      vague.set('cases', { start: w.index, end: w.index + w[0].length });
    }
    const modal = MODAL.test(n);
    if (!openEnough(vague, modal) || SPECIFICS.test(n) || !/\b(?:we|us|our)\b/.test(n)) return;
    // Two things or more must stay open after what the section says elsewhere.
    for (const cls of [...vague.keys()]) if (clarifiedInSection(doc, i, cls)) vague.delete(cls);
    if (!openEnough(vague, modal)) return;
    const first = [...vague.values()].sort((a, b) => a.start - b.start)[0];
    const last = [...vague.values()].sort((a, b) => b.end - a.end)[0];
    const asks = (['data', 'recipients', 'purposes', 'cases'] as Vagueness[]).filter((c) => vague.has(c)).map((c) => WHAT[c]);
    out.push(at(s, first.start, last.end - first.start, `Vague: the reader cannot tell what happens to their data; say ${joinAnd(asks)} (Art. 12(1), 13(1) GDPR).`));
  });
  return out;
}

/**
 * Two of the data, the recipients and the purposes left open, and a third thing: the third of
 * them, the cases, or a "may" that leaves open whether it happens at all. On the dev corpora a
 * looser test (any two open things) was right about one time in three: "in some cases we may
 * provide self-service tools" is ordinary drafting.
 */
function openEnough(vague: Map<Vagueness, unknown>, modal: boolean): boolean {
  const core = (vague.has('data') ? 1 : 0) + (vague.has('recipients') ? 1 : 0) + (vague.has('purposes') ? 1 : 0);
  return core >= 2 && core + (vague.has('cases') ? 1 : 0) + (modal ? 1 : 0) >= 3;
}

function at(s: Sentence, offset: number, length: number, message: string): RawFinding {
  return { start: s.start + offset, end: s.start + offset + length, message };
}

function joinAnd(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export const vague: CheckRule = {
  kind: 'check',
  id: 'drafting/vague',
  family: 'drafting',
  title: 'Vague statement about the use of data',
  refs: gdpr('12(1)', '13(1)(c)', '13(1)(e)'),
  defaultSeverity: 'information',
  docUrl: 'https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=CELEX:32016R0679#art_12',
  explanation:
    'Qualifiers such as “may”, “some”, “certain” and “various” let a sentence say nothing definite: the reader cannot tell which data are used, who receives them or why. The European data protection authorities name these words as falling short of the clear and plain language Art. 12(1) GDPR requires. Name the categories of data, the recipients or their categories and the purposes; an open list (“including but not limited to”) may extend a list but not replace it. Turn the rule off with "privacyPolicy.rules": {"drafting/vague": "off"}.',
  run(ctx) {
    return vagueFindings(ctx.doc);
  },
};
