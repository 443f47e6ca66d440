// Document links for GDPR references: Ctrl+click opens the article on EUR-Lex.
//
// One link per written article number. A citation of one article links as a whole
// ("Art. 6(1)(f) GDPR" → Art. 6). In a list or range, the first link runs from the keyword to
// the first number ("Articles 15" in "Articles 15 to 22") and each further written number links
// to its own article ("22" → Art. 22, "14" in "Art. 13 and Art. 14"); the articles inside a
// range are listed by the hover, since a link has one target. "Regulation (EU) 2016/679" and
// "General Data Protection Regulation" link to the whole Regulation.
//
// References to the draft's own parts ("Section 7", "the section “Your Rights”") link to the
// part they name, as an offset in the same document (the server turns it into a line link).

import type { Analysis } from '../check';
import { gdprArticle } from '../law/articles';
import { GDPR_REGULATION_URL } from './hover';
import { textIndex } from './lawIndex';
import { findCrossReferences, resolveReference } from '../extract/crossReferences';

export interface DocumentLinkResult {
  start: number;
  end: number;
  /** An address outside the draft; absent for a link within it (`targetOffset`). */
  target?: string;
  /** Where in this draft the link leads. */
  targetOffset?: number;
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
  return [...out, ...referenceLinks(analysis)].sort((a, b) => a.start - b.start);
}

/** A reference to one of the draft's parts links to that part (the best match, headings first). */
function referenceLinks(analysis: Pick<Analysis, 'doc'>): DocumentLinkResult[] {
  const doc = analysis.doc;
  const out: DocumentLinkResult[] = [];
  for (const ref of findCrossReferences(doc, textIndex(doc).references)) {
    const targets = resolveReference(doc, ref);
    const t = targets.find((x) => x.exact) ?? targets[0];
    if (!t) continue;
    const title = t.text.length > 60 ? `${t.text.slice(0, 59)}…` : t.text;
    out.push({ start: ref.start, end: ref.end, targetOffset: t.start, tooltip: `Go to “${title}” (line ${doc.lines.lineAt(t.start) + 1})` });
  }
  return out;
}
