// A defined term written in another form ("personal information" where "Personal Data" is
// defined, "Service" where "Services" is), or used before the sentence that defines it. A hint:
// the reader may still understand, but a defined term earns its precision only when it is
// written the same way every time.
import { definedTerms, sentenceCase } from '../../extract/definedTerms';
import { sentenceAt } from '../../extract/scan';
import { gdpr, gdprArticleUrl } from '../../law/legalRefs';
import type { CheckRule, RawFinding } from '../framework/ruleTypes';
import { lineOf, replaceFix } from '../consistency/shared';
import type { PolicyDocument, Sentence } from '../../model/document';
import { isTermLike, otherForms } from './termForms';

/** Occurrences listed as related places of one finding. */
const MAX_RELATED = 20;

/** Terms that name a right or the document itself: used in titles and links before any definition. */
const TITLE_TERM = /^right[ \t]+(?:to|of)\b|^terms\b|\b(?:policy|notice|statement|terms)$/i;

const POINTS_TO_DEFINITION = /^[’'s]{0,2},?[ \t]{0,2}\(?(?:each[ \t]{1,2})?(?:as[ \t]{1,2})?(?:defined|described|specified|explained|set[ \t]out)[ \t]{1,2}(?:below|herein|hereinbelow|hereinafter|later|in)\b/i;

/** An item of a menu or a table of contents pasted into the text: a few words between " - " separators. */
function menuItem(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 50), start);
  const after = text.slice(end, end + 50);
  const left = Math.max(before.lastIndexOf(' - '), before.lastIndexOf('\n'));
  const rightDash = after.indexOf(' - ');
  const rightLine = after.indexOf('\n');
  const right = rightDash < 0 ? rightLine : rightLine < 0 ? rightDash : Math.min(rightDash, rightLine);
  if (left < 0 || right < 0) return false;
  const dashed = before.startsWith(' - ', left) || (rightDash >= 0 && rightDash === right);
  const segment = before.slice(left + 1) + text.slice(start, end) + after.slice(0, right);
  return dashed && segment.trim().split(/\s+/).length <= 6 && !/[.,;:]/.test(segment);
}

/** A navigation menu or a table of contents pasted as a sentence: mostly capitalised words. */
function titleHeavy(doc: PolicyDocument, s: Sentence): boolean {
  const words = doc.text.slice(s.start, Math.min(s.end, s.start + 400)).split(/\s+/).filter((w) => /^[A-Za-z]/.test(w) && w.length > 3);
  return words.length >= 4 && words.filter((w) => /^[A-Z]/.test(w)).length / words.length > 0.5;
}

/** No sentence (a heading line), or a short sentence of capitalised words only. */
function runInHeading(doc: PolicyDocument, s: Sentence | undefined): boolean {
  if (!s) return true;
  const words = doc.text.slice(s.start, s.end).replace(/[.:]$/, '').split(/\s+/);
  return words.length <= 6 && words.every((w) => /^[A-Z0-9&(]/.test(w) || /^(?:of|and|or|the|for|to|in|on|with|your|our|we)$/.test(w));
}

export const inconsistentTerm: CheckRule = {
  kind: 'check',
  id: 'drafting/inconsistent-term',
  family: 'drafting',
  title: 'Defined term written another way',
  refs: gdpr('12(1)'),
  defaultSeverity: 'hint',
  docUrl: gdprArticleUrl(12),
  explanation:
    'Once a policy defines a term, every other wording invites the question whether something else is meant: “personal information” beside a defined “Personal Data”, “Service” beside “Services”. Write the defined term as defined, and define it before its first use (or in a definitions section). Art. 12(1) GDPR asks for clear and plain language.',
  run(ctx) {
    const doc = ctx.doc;
    const index = definedTerms(doc);
    const out: RawFinding[] = [];
    for (const [term, forms] of otherForms(doc)) {
      const def = index.terms.get(term)!.definitions[0];
      // One finding per wording, on its first occurrence, the others related: a policy that
      // says "personal information" forty times needs one note, and one fix for all of them.
      const byWording = new Map<string, typeof forms>();
      for (const f of forms) (byWording.get(f.written) ?? byWording.set(f.written, []).get(f.written)!).push(f);
      for (const [written, list] of byWording) {
        const first = list[0];
        const more = list.length > 1 ? ` (${list.length} times)` : '';
        out.push({
          start: first.start,
          end: first.end,
          message: `“${written}”${more} where the policy defines “${term}” (line ${lineOf(doc, def.start)}): use the defined term.`,
          related: [{ start: def.start, end: def.end, message: `“${term}” is defined here` }, ...list.slice(1, MAX_RELATED).map((r) => ({ start: r.start, end: r.end, message: `“${written}” again` }))],
          fixes: [replaceFix(`Write “${term}”`, [first], term, true), ...(list.length > 1 ? [replaceFix(`Write “${term}” for all ${list.length}`, list, term)] : [])],
        });
      }
    }
    // Used before its definition: the reader meets the term before learning what it means. A
    // definitions section may come last by design; a heading or title is not a use in prose.
    for (const t of index.terms.values()) {
      const def = t.definitions[0];
      // Only capitalised terms of art: a phrase defined in lower case ("sale") is also an ordinary
      // word; a right's name and the policy's own name are titles; a short name of a company
      // given right after its full name ("eBay Inc. (“eBay”)") names it, whatever came before.
      if (!isTermLike(t) || def.inDefinitionsSection || t.term[0] !== t.term[0].toUpperCase() || TITLE_TERM.test(t.term) || sentenceCase(t.term)) continue;
      if (doc.text.slice(def.sentence.start, def.start - 1).includes(t.term)) continue;
      // A run-in heading ("Device Identifiers. We collect …") is a title, not a use in prose.
      // The definition in the same paragraph comes soon enough.
      const defParagraph = sentenceAt(doc, def.start)?.paragraph;
      // Once a use points to the definition ("… specified below"), the reader has been told.
      const pointer = t.uses.findIndex((u) => u.start < def.sentence.start && POINTS_TO_DEFINITION.test(doc.text.slice(u.end, u.end + 40)));
      const early = t.uses.find((u, i) => {
        if (u.start >= def.sentence.start || (pointer >= 0 && i >= pointer)) return false;
        // At a sentence or list item's start the capital says nothing ("Information about …").
        if (sentenceAt(doc, u.start)?.start === u.start || /(?:^|\n)[ \t]*(?:[-*•·][ \t]+)?$/.test(doc.text.slice(Math.max(0, u.start - 8), u.start))) return false;
        const s = sentenceAt(doc, u.start);
        // The definition a few lines on ("Log Data: - “Log Data” refers to …") comes soon enough.
        if (runInHeading(doc, s) || s!.paragraph === defParagraph || def.sentence.start - u.end < 300 || titleHeavy(doc, s!) || menuItem(doc.text, u.start, u.end)) return false;
        // "your Authorized Agent (defined below)", "the Age Requirements specified hereinbelow": the drafter points to the definition.
        return !POINTS_TO_DEFINITION.test(doc.text.slice(u.end, u.end + 40));
      });
      if (!early) continue;
      out.push({
        start: early.start,
        end: early.end,
        message: `“${t.term}” is used before its definition on line ${lineOf(doc, def.start)}: define it at its first use.`,
        related: [{ start: def.start, end: def.end, message: `“${t.term}” is defined here` }],
      });
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
