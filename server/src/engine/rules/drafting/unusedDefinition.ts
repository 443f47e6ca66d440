// A term defined and never used again: the definition is dead weight, and often a sign that the
// text was edited after the definitions were written (the term renamed, the passage removed).
import { definedTerms } from '../../extract/definedTerms';
import { gdpr, gdprArticleUrl } from '../../law/legalRefs';
import type { CheckRule, RawFinding } from '../framework/ruleTypes';
import type { TextRange } from '../../types';
import { otherForms } from './termForms';

const LABEL_START = /^(?:limit|stop|opt|reset|allow|block|accept|reject|manage|delete|turn|enable|disable|do|don[’']t|sign|log|click|tap|select|unsubscribe|contact|request|right[ \t]+(?:to|of))\b/i;

/** Whether the lower-case term occurs in `norm` (whole words) outside the sentences that define it. */
function writtenElsewhere(norm: string, lower: string, defining: TextRange[]): boolean {
  for (let i = norm.indexOf(lower); i >= 0; i = norm.indexOf(lower, i + 1)) {
    if (defining.some((r) => r.start <= i && i < r.end)) continue;
    const before = norm[i - 1] ?? ' ';
    const after = norm[i + lower.length] ?? ' ';
    if (!/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after)) return true;
  }
  return false;
}

export const unusedDefinition: CheckRule = {
  kind: 'check',
  id: 'drafting/unused-definition',
  family: 'drafting',
  title: 'Defined term never used',
  refs: gdpr('12(1)'),
  defaultSeverity: 'information',
  docUrl: gdprArticleUrl(12),
  explanation:
    'A definition the text never uses again makes the reader hold a meaning for nothing, and usually means the text was changed after the definitions were written. Remove the definition, or use the term where the text means it. Art. 12(1) GDPR asks for concise, intelligible information.',
  run(ctx) {
    const doc = ctx.doc;
    const index = definedTerms(doc);
    const forms = otherForms(doc);
    const out: RawFinding[] = [];
    const usedGroups = new Set<number>();
    for (const t of index.terms.values()) if (t.uses.length > 0 || forms.has(t.term)) for (const d of t.definitions) usedGroups.add(d.group);
    const reportedGroups = new Set<number>();
    for (const t of index.terms.values()) {
      // A party's short name beside "we" ("Acme", "we") is a name, not a term. An abbreviation
      // ("SCCs") defined and never used is reported like any term.
      if (t.uses.length > 0 || t.definitions.every((d) => d.partyName) || forms.has(t.term)) continue;
      // A term in lower case ("profiling") is a phrase explained in passing, not a term of art.
      if (t.term[0] === t.term[0].toLowerCase()) continue;
      // Written again in another case ("Opt-in" defined, "opt-in" used): used, if not as defined.
      if (writtenElsewhere(doc.norm, t.term.toLowerCase(), t.definitions.map((d) => d.sentence))) continue;
      // A button or setting quoted ("Limit Ad Tracking") and a right's other name ("Right to Delete") are labels, not terms.
      if (LABEL_START.test(t.term)) continue;
      const d = t.definitions[0];
      // Alternatives defined together ("Clear GIFs" or "Web Beacons"): one used is enough; all unused, one finding.
      if (usedGroups.has(d.group) || reportedGroups.has(d.group)) continue;
      reportedGroups.add(d.group);
      out.push({ start: d.start, end: d.end, message: `“${t.term}” is defined here but never used: remove the definition or use the term (Art. 12(1)).` });
    }
    return out;
  },
};
