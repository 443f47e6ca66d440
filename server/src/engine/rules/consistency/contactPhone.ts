// Two or more telephone numbers for the same purpose. Numbers for different countries
// (+1 …, +44 …) are deliberate and not compared.
import { getEntities, ROLE_LABEL } from '../../extract';
import { phoneKey } from '../../extract/phones';
import type { CheckRule, RawFinding } from '../framework/ruleTypes';
import { gdpr, gdprArticleUrl } from '../framework/legal';
import { countWord, divergentValueFindings, groupOccurrences } from './shared';

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
        const groups = groupOccurrences(phones, phoneKey, (p) => p.written);
        out.push(
          ...divergentValueFindings(ctx.doc, groups, {
            message: (all, keep, other) =>
              `${countWord(groups.length)} telephone numbers are given for ${ROLE_LABEL[role]}: ${all}. Use one (${keep.value} is the most used), or say what ${other.value} is for.`,
          }),
        );
      }
    }
    return out;
  },
};
