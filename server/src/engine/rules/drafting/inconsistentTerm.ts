// A defined term written in another form ("personal information" where "Personal Data" is
// defined, "Service" where "Services" is), or used before the sentence that defines it. A hint:
// the reader may still understand, but a defined term earns its precision only when it is
// written the same way every time.
import { definedTerms, sentenceAt } from '../../extract/definedTerms';
import { gdpr, gdprArticleUrl } from '../../law/legalRefs';
import type { CheckRule, RawFinding } from '../framework/ruleTypes';
import { lineOf, replaceFix } from '../consistency/shared';
import type { PolicyDocument, Sentence } from '../../model/document';
import { isTermLike, otherForms } from './termForms';

/** Occurrences listed as related places of one finding. */
const MAX_RELATED = 20;

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
      if (!isTermLike(t) || def.inDefinitionsSection) continue;
      // A run-in heading ("Device Identifiers. We collect …") is a title, not a use in prose.
      // The definition in the same paragraph comes soon enough.
      const defParagraph = sentenceAt(doc, def.start)?.paragraph;
      const early = t.uses.find((u) => {
        if (u.start >= def.sentence.start) return false;
        const s = sentenceAt(doc, u.start);
        return !runInHeading(doc, s) && s!.paragraph !== defParagraph;
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
