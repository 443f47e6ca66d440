// The controller's name: its legal name with legal form ("SeqOps AB"), the core name without
// the form ("SeqOps"), and the short names it defines ((“Seqster,” “we,” “us”)). A declared
// organisation name (settings, .privacy-policy.json, front matter) wins over the text.

import type { PolicyDocument } from '../model/document';
import type { TextRange } from '../types';
import { squash } from './domains';
import { Anchor, matchesIn, matchesNear } from './scan';

/** Legal forms, longest first so that "Pty Ltd" wins over "Ltd". Compared without dots/commas. */
const LEGAL_FORMS = [
  '(Pty) Ltd', '(Pty) Limited', 'Pty. Ltd.', 'Pty Ltd', 'Pty Limited', 'Pte. Ltd.', 'Pte Ltd', 'Pvt. Ltd.', 'Pvt Ltd', 'Private Limited', 'PRIVATE LIMITED',
  'Co., Ltd.', 'Co., Ltd', 'Co.,Ltd.', 'Co. Ltd.', 'Co. Ltd', 'Sdn. Bhd.', 'Sdn Bhd', 'FZ-LLC', 'FZ LLC', 'FZCO', 'FZE', 'FZC', 'K.K.', 'OÜ', 'UAB', 'JSC', 'PJSC',
  's.r.o.', 'a.s.', 'd.o.o.', 'Kft.', 'Zrt.', 'Ltda.', 'Ltda', 'Lda.', 'S.L.U.', 'SLU', 'Sàrl', 'Sagl', 'BVBA', 'SPRL', 'KGaA', 'GbR', 'OHG', 'e.K.', 'e.V.', 'PLLC', 'L.P.', 'PBC',
  'LIMITED', 'LTD', 'INC', 'CORP', 'Sp. z o.o.', 'S.p.A.', 'S.r.l.', 'S.R.L.', 'S.A.S.', 'S.A.R.L.', 'SARL', 'L.L.C.', 'L.L.P.',
  'Incorporated', 'Corporation', 'Limited', 'GmbH & Co. KG', 'GmbH', 'Gmbh', 'gGmbH', 'S.A.', 'B.V.', 'N.V.', 'S.L.', 'S.E.',
  'Inc.', 'Inc', 'LLC', 'LLP', 'Ltd.', 'Ltd', 'PLC', 'plc', 'Corp.', 'Corp', 'ApS', 'Aps', 'A/S', 'AB', 'AG', 'AS', 'ASA', 'Oy', 'Oyj', 'SAS', 'SRL', 'Srl', 'SpA', 'BV', 'NV', 'SA', 'SE', 'KG', 'UG',
];

/** Spellings of one form; a different spelling within a group is a variant, another group is another entity. */
const FORM_GROUPS: string[][] = [
  ['inc', 'incorporated'], ['llc'], ['llp'], ['ltd', 'limited'], ['ptyltd', '(pty)ltd', 'ptylimited', '(pty)limited'], ['plc'], ['corp', 'corporation'],
  ['pteltd'], ['pvtltd', 'privatelimited'], ['coltd'], ['sdnbhd'], ['fzllc', 'fz-llc'], ['fzco'], ['fze'], ['fzc'], ['kk'], ['oü'], ['uab'], ['jsc'], ['pjsc'],
  ['sro'], ['doo'], ['kft'], ['zrt'], ['ltda'], ['lda'], ['slu'], ['sàrl'], ['sagl'], ['bvba'], ['sprl'], ['kgaa'], ['gbr'], ['ohg'], ['ek'], ['ev'], ['pllc'], ['lp'], ['pbc'],
  ['gmbh'], ['ggmbh'], ['gmbhcokg'], ['aps'], ['a/s'], ['ab'], ['ag'], ['as'], ['asa'], ['oy'], ['oyj'], ['sas'], ['sarl'],
  ['srl'], ['spa'], ['bv'], ['nv'], ['sa'], ['se'], ['sl'], ['kg'], ['ug'], ['spzoo'],
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
export const LEGAL_FORM_SOURCE = LEGAL_FORMS.map(escape).join('|');

const WORD = "[A-Z0-9\\u00c0-\\u00de][\\w&'\\u2019\\u00c0-\\u024f.-]{0,30}";
/** Up to four capitalised words, then an optional comma and a legal form. */
// Not before an upper-case word of a sentence ("… WILL BE LIMITED TO …", "PROVIDED AS IS").
const LEGAL_NAME = new RegExp(`(?<![\\w&])((?:${WORD} ){0,3}${WORD}),? (${LEGAL_FORM_SOURCE})(?![\\w/])(?! (?:IS|TO|IN|BY|AND|OR|OF|THE|FOR|ON|AT|AS|WITH|FROM)\\b)`, 'g');
/**
 * Every legal name has a space and its form at most 4 × 32 characters after its start, and the
 * expression reads nothing after the form's next character. Tried at every capital letter of a
 * long text it was the costliest expression of the extraction; near a form it is cheap.
 */
const NEAR_FORM: Anchor = { re: new RegExp(` (?=${LEGAL_FORM_SOURCE})`, 'g'), before: 4 * 32, span: 4 * 32 + 1 + 13 + 2, behind: 1 };
/** "we", "us" or "our" in quotes inside a parenthesis (its first 200 characters). */
const PRONOUN_INSIDE = String.raw`(?=[^()\n]{0,200}?[\u201c"\u2018'\/](?:[Ww][Ee]|[Uu][Ss]|[Oo][Uu][Rr])[\u201d"\u2019'\/, ])`;
/** A name followed by a parenthesis that defines "we/us" (and perhaps short names). */
const DEFINITION = new RegExp(`(?<![\\w&])((?:${WORD},? ){0,4}${WORD}) \\(${PRONOUN_INSIDE}([^()\\n]{2,200})\\)`, 'g');
/** Its " (" comes at most 5 × 33 characters after its start; it ends within 200 more. */
// Only a parenthesis that names "we", "us" or "our" matches, so only those are anchors (one
// window tried per defining parenthesis, not per parenthesis of the text).
const NEAR_PARENTHESIS: Anchor = {
  re: new RegExp(` \\(${PRONOUN_INSIDE}`, 'g'),
  before: 5 * 33,
  span: 5 * 33 + 2 + 200 + 2,
  behind: 1,
  startsWith: (c) => (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0xde),
};
/** "The terms “Biosero,” “we,” and “us” …" */
const TERMS_DEFINITION = /\b(?:[Tt]he terms?|[Rr]eferences to) [\u201c"\u2018']([A-Z][^\u201c\u201d"\n]{1,40}?),?[\u201d"\u2019']/g;
const QUOTED = /[\u201c"\u2018']([^\u201c\u201d"\u2018\u2019'\n]{1,40}?)[,.]?[\u201d"\u2019']/g;
const PRONOUNS = /^(?:we|us|our|ours|you|your|the company|company)$/i;
const LEADING_STOPWORDS = /^(?:(?:The|This|That|These|Our|We|By|And|Of|In|At|To|For|With|From|Between|If|When|Contact|Dear|About|Welcome|Thank|Thanks|Hi|Please|Copyright|©|Privacy|Policy|Notice|Statement) )+/;

export interface LegalNameMention extends TextRange {
  name: string;
  core: string;
  form: string;
  formStart: number;
}

export interface ControllerName {
  /** The full legal name when known ("Seqster PDM, Inc."), else the name as used. */
  legalName: string;
  /** Without the legal form ("Seqster PDM"). */
  core: string;
  legalForm?: string;
  /** Names the policy defines for the controller ("Seqster"), pronouns excluded. */
  shortNames: string[];
  /** Where the name was defined or first written, when found in the text. */
  at?: TextRange;
  source: 'declared' | 'definition' | 'legal-name' | 'title';
}

export function findLegalNames(doc: PolicyDocument): LegalNameMention[] {
  const out: LegalNameMention[] = [];
  for (const { m, start, end } of matchesNear(doc, LEGAL_NAME, NEAR_FORM)) {
    // "… in England. Contact Brackenfield Ltd": the name starts after the last sentence end.
    const lastSentence = m[1].split(/[.!?] /).pop() ?? m[1];
    const stripped = lastSentence.replace(LEADING_STOPWORDS, '');
    if (!stripped || !/^[A-Z0-9\u00c0-\u00de]/.test(stripped)) continue;
    const nameStart = start + (m[1].length - stripped.length);
    const formStart = end - m[2].length;
    out.push({ start: nameStart, end, name: doc.text.slice(nameStart, end), core: stripped.replace(/[,.]$/, ''), form: m[2], formStart });
  }
  return out;
}

export function formGroup(form: string): number {
  const k = form.toLowerCase().replace(/[.,\s]/g, '').replace(/&/g, '');
  return FORM_GROUPS.findIndex((g) => g.includes(k));
}

// Compiled once: splitLegalForm runs for every legal-name mention.
const TRAILING_FORM = new RegExp(`^(.{1,120}?),? (${LEGAL_FORM_SOURCE})$`);

export function splitLegalForm(name: string): { core: string; form?: string } {
  const m = TRAILING_FORM.exec(name.trim());
  return m ? { core: m[1].replace(/,$/, ''), form: m[2] } : { core: name.trim() };
}

/** `legal`: findLegalNames(doc), when the caller has it already. */
export function findControllerName(doc: PolicyDocument, declared?: string, legal: LegalNameMention[] = findLegalNames(doc)): ControllerName | undefined {
  const shortNames = new Set<string>();
  let defined: { name: string; at: TextRange } | undefined;
  for (const { m, start } of matchesNear(doc, DEFINITION, NEAR_PARENTHESIS)) {
    const inner = m[2];
    // Only the parenthesis that defines "we"/"us" names the controller.
    if (!/[\u201c"\u2018'/](?:we|us|our)[\u201d"\u2019'/, ]/i.test(inner) || defined) continue;
    QUOTED.lastIndex = 0;
    let q: RegExpExecArray | null;
    while ((q = QUOTED.exec(inner))) {
      const s = q[1].trim().replace(/,$/, '');
      if (!PRONOUNS.test(s) && /^[A-Z]/.test(s)) shortNames.add(s);
    }
    if (!defined) {
      const name = m[1].replace(LEADING_STOPWORDS, '');
      if (name) defined = { name, at: { start: start + m[1].length - name.length, end: start + m[1].length } };
    }
    if (defined) break; // later parentheses cannot change anything
  }
  for (const { m } of matchesIn(doc, TERMS_DEFINITION)) if (!PRONOUNS.test(m[1])) shortNames.add(m[1].trim());

  if (declared) {
    const { core, form } = splitLegalForm(declared);
    // A defined short name spelled like the declared name ("Nordlys" for "NordLys AS") is the name, not another.
    return { legalName: declared, core, legalForm: form, shortNames: [...shortNames].filter((s) => squash(s) !== squash(core)), source: 'declared' };
  }
  if (defined) {
    const { core, form } = splitLegalForm(defined.name);
    // "SeqOps (“we”…)" early, "SeqOps AB" at the end: take the form from the legal name.
    const withForm = form ? undefined : legal.find((l) => l.core === core);
    return { legalName: withForm ? withForm.name : defined.name, core, legalForm: form ?? withForm?.form, shortNames: [...shortNames].filter((s) => s !== core), at: defined.at, source: 'definition' };
  }
  const fromShort = [...shortNames][0];
  if (fromShort) {
    const l = legal.find((x) => x.core.includes(fromShort));
    if (l) return { legalName: l.name, core: l.core, legalForm: l.form, shortNames: [...shortNames].filter((s) => s !== l.core), at: l, source: 'legal-name' };
  }
  // Without a definition, the legal name named most often near the top (later ones are often processors).
  const early = legal.filter((l) => l.start < 1500);
  if (early.length > 0) {
    const counts = new Map<string, number>();
    for (const l of legal) counts.set(l.core, (counts.get(l.core) ?? 0) + 1);
    const best = early.reduce((a, b) => ((counts.get(b.core) ?? 0) > (counts.get(a.core) ?? 0) ? b : a));
    return { legalName: best.name, core: best.core, legalForm: best.form, shortNames: [...shortNames], at: best, source: 'legal-name' };
  }
  // "Acme Privacy Policy" as the title.
  if (doc.title) {
    const t = /^[#\s]*([A-Z][\w&'\u2019.-]{1,30}(?: [A-Z][\w&'\u2019.-]{1,30}){0,2})(?:'s|\u2019s)? (?:Privacy|Data Protection|Cookie)/.exec(doc.text.slice(doc.title.start, doc.title.end));
    if (t && !/^(?:Website|Online|Our|The|General|Global|Customer|Employee|Candidate|App|Mobile)$/i.test(t[1])) {
      return { legalName: t[1], core: t[1], shortNames: [...shortNames], at: { start: doc.title.start + t.index + t[0].indexOf(t[1]), end: doc.title.start + t.index + t[0].indexOf(t[1]) + t[1].length }, source: 'title' };
    }
  }
  return undefined;
}
