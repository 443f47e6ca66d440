// Document links for GDPR references: Ctrl+click opens the article on EUR-Lex.
//
// One link per written article number. A citation of one article links as a whole
// ("Art. 6(1)(f) GDPR" → Art. 6). In a list or range, the first link runs from the keyword to
// the first number ("Articles 15" in "Articles 15 to 22") and each further written number links
// to its own article ("22" → Art. 22, "14" in "Art. 13 and Art. 14"); the articles inside a
// range are listed by the hover, since a link has one target. "Regulation (EU) 2016/679" and
// "General Data Protection Regulation" link to the whole Regulation.

import type { Analysis } from '../check';
import { gdprArticle } from '../law/articles';
import { GDPR_REGULATION_URL } from './hover';
import { textIndex } from './lawIndex';

export interface DocumentLinkResult {
  start: number;
  end: number;
  target: string;
  tooltip: string;
}

/** Needs the text only: the model of a version whose check is still running will do. */
export function documentLinks(analysis: Pick<Analysis, 'doc'>): DocumentLinkResult[] {
  const out: DocumentLinkResult[] = [];
  for (const ref of textIndex(analysis.doc).references) {
    if (ref.numbers.length === 0) {
      out.push({ start: ref.start, end: ref.end, target: GDPR_REGULATION_URL, tooltip: 'Regulation (EU) 2016/679 (GDPR) on EUR-Lex' });
      continue;
    }
    ref.numbers.forEach((n, i) => {
      const a = gdprArticle(n.article);
      if (!a) return;
      const start = i === 0 ? ref.start : n.start;
      const end = ref.numbers.length === 1 ? ref.end : n.end;
      out.push({ start, end, target: a.url, tooltip: `Art. ${a.number} GDPR — ${a.title} (EUR-Lex)` });
    });
  }
  return out;
}
