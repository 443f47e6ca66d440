// A defined term written in another form ("personal information" where "Personal Data" is
// defined, "Service" where "Services" is), or used before the sentence that defines it. A hint:
// the reader may still understand, but a defined term earns its precision only when it is
// written the same way every time.
import { definedTerms, sentenceAt } from '../../extract/definedTerms';
import { gdpr, gdprArticleUrl } from '../../law/legalRefs';
import type { CheckRule, RawFinding } from '../framework/ruleTypes';
import { lineOf, replaceFix } from '../consistency/shared';
import { isTermLike, otherForms } from './termForms';

/** Per term, at most this many other-form findings (each with its quick fix). */
const MAX_PER_TERM = 50;

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
      for (const f of forms.slice(0, MAX_PER_TERM)) {
        out.push({
          start: f.start,
          end: f.end,
          message: `“${f.written}” where the policy defines “${term}” (line ${lineOf(doc, def.start)}): use the defined term.`,
          related: [{ start: def.start, end: def.end, message: `“${term}” is defined here` }],
          fixes: [replaceFix(`Write “${term}”`, [f], term, true)],
        });
      }
    }
    // Used before its definition: the reader meets the term before learning what it means. A
    // definitions section may come last by design; a heading or title is not a use in prose.
    for (const t of index.terms.values()) {
      const def = t.definitions[0];
      if (!isTermLike(t) || def.inDefinitionsSection) continue;
      const early = t.uses.find((u) => u.start < def.sentence.start && sentenceAt(doc, u.start) !== undefined);
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
