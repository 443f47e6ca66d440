// Links to the official texts, and legal references as messages print them. One place, so a
// changed URL scheme is one edit.

import type { LegalRef } from '../types';

const EURLEX_GDPR = 'https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=CELEX:32016R0679';

/** EUR-Lex, the official text of Regulation (EU) 2016/679, at the article's anchor. */
export function gdprArticleUrl(article: number): string {
  return `${EURLEX_GDPR}#art_${article}`;
}

export function gdprRecitalUrl(recital: number): string {
  return `${EURLEX_GDPR}#rct_${recital}`;
}

/** The UK GDPR (the retained Regulation (EU) 2016/679 as amended) on legislation.gov.uk. */
export function ukGdprArticleUrl(article: number | string): string {
  return `https://www.legislation.gov.uk/eur/2016/679/article/${article}`;
}

/** A section of the Data Protection Act 2018 on legislation.gov.uk. */
export function dpa2018SectionUrl(section: number | string): string {
  return `https://www.legislation.gov.uk/ukpga/2018/12/section/${section}`;
}

/** California Civil Code section (CCPA/CPRA), on the Legislature's site. */
export function californiaCivilCodeUrl(section: string): string {
  return `https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CIV&sectionNum=${section}`;
}

export function californiaBusinessCodeUrl(section: string): string {
  return `https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=BPC&sectionNum=${section}`;
}

export const COPPA_RULE_URL = 'https://www.ecfr.gov/current/title-16/chapter-I/subchapter-C/part-312';

/** "GDPR Art. 13(2)(b), Art. 17" — for messages. */
export function formatRefs(refs: LegalRef[]): string {
  const byLaw = new Map<string, string[]>();
  for (const r of refs) {
    const list = byLaw.get(r.law) ?? [];
    list.push(r.cite);
    byLaw.set(r.law, list);
  }
  return [...byLaw].map(([law, cites]) => `${law} ${cites.join(', ')}`).join('; ');
}

/**
 * The reference as a one-line message cites it: the first ("GDPR Art. 13(2)(a)", "CCPA
 * § 1798.105", "Va. Code § 59.1-578(C)(1)") and, where that is the information duty of Art. 13
 * or 14 and the rule also cites the article of the right or duty itself, that article too
 * ("GDPR Art. 13(2)(b), Art. 17"). The full list is in the rule's explanation and documentation.
 */
export function shortRef(refs: readonly LegalRef[]): string {
  const r = refs[0];
  if (!r) return '';
  // "CCPA Cal. Civ. Code § 1798.105": the law's short name already says which code; a note after
  // the cite ("§ 42-520(c) (as amended by P.A. 25-113)") is for the explanation.
  const cite = r.cite.replace(/^(?:Cal\. )?(?:Civ\.|Bus\. & Prof\.) Code (?=§)/, '').replace(/ \([^()]*\)$/, '');
  const last = refs[refs.length - 1];
  const own = (r.article === 13 || r.article === 14) && last.law === r.law && last.article !== undefined && last.article !== 13 && last.article !== 14;
  return `${r.law} ${cite}${own ? `, ${last.cite}` : ''}`;
}

/** GDPR refs from compact cites: gdpr('13(2)(b)', '17') → Art. 13(2)(b), Art. 17. */
export function gdpr(...cites: string[]): LegalRef[] {
  return cites.map((c) => ({ law: 'GDPR' as const, cite: `Art. ${c}`, article: Number(/^\d+/.exec(c)?.[0]) }));
}
