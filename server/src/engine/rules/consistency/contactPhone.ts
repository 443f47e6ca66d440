// Two telephone numbers for the same purpose that differ by a digit or two swapped digits:
// one of them is a typing slip. Different numbers (toll-free and local, one per office or
// country) are common and deliberate, and are not compared.
import { getEntities, ROLE_LABEL } from '../../extract';
import { phoneKey } from '../../extract/phones';
import type { CheckRule, RawFinding } from '../framework/ruleTypes';
import { gdpr, gdprArticleUrl } from '../../law/legalRefs';
import { countWord, divergentValueFindings, groupOccurrences } from './shared';
import { clipQuote } from '../../text/quote';

export const contactPhone: CheckRule = {
  kind: 'check',
  id: 'consistency/contact-phone',
  family: 'consistency',
  title: 'Inconsistent telephone number',
  refs: gdpr('13(1)(a)'),
  defaultSeverity: 'warning',
  docUrl: gdprArticleUrl(13),
  explanation:
    'The controller’s contact details must be unambiguous (Art. 13(1)(a)). Two numbers for the same purpose, often a leftover of an earlier version, leave the reader unsure which one to call.',
  run(ctx) {
    const ent = getEntities(ctx);
    if (ctx.options.organization.phone) return []; // canonical-detail compares with the declared number
    const out: RawFinding[] = [];
    for (const role of ['general', 'privacy', 'dpo', 'representative'] as const) {
      const byCountry = new Map<string, typeof ent.phones>();
      for (const p of ent.phones.filter((x) => x.role === role)) byCountry.set(p.country, [...(byCountry.get(p.country) ?? []), p]);
      for (const phones of byCountry.values()) {
        const all = groupOccurrences(phones, phoneKey, (p) => p.written);
        const groups = all.filter((g) => all.some((h) => h !== g && oneSlipApart(g.key, h.key)));
        out.push(
          ...divergentValueFindings(ctx.doc, groups, {
            message: (list, keep, other) =>
              `${countWord(groups.length)} numbers for ${ROLE_LABEL[role]} differ by one digit, probably a slip: check ${clipQuote(other.value)} (${clipQuote(keep.value)} is the most used).`,
          }),
        );
      }
    }
    return out;
  },
};

/** Same length and one digit changed, or two neighbouring digits swapped. */
function oneSlipApart(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  const diff: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff.push(i);
  if (diff.length === 1) return true;
  return diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]];
}
