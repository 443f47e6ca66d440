// A policy last updated before 25 May 2018 was not written for the GDPR.
import type { CheckRule } from '../framework/ruleTypes';
import { gdpr, gdprArticleUrl } from '../../law/legalRefs';
import { GDPR_APPLIES, policyDates } from './dates';

export const preGdprDate: CheckRule = {
  kind: 'check',
  id: 'consistency/pre-gdpr-date',
  family: 'consistency',
  title: 'Policy dated before the GDPR applied',
  refs: gdpr('99(2)', '13'),
  defaultSeverity: 'warning',
  docUrl: gdprArticleUrl(99),
  explanation:
    'The GDPR applies from 25 May 2018 (Art. 99(2)). A policy last updated before then was written for the old national laws and almost certainly lacks information Art. 13 and 14 now require. Review it against Art. 13 and 14 and update the date; if it has been reviewed since, the date itself is out of date.',
  run(ctx) {
    if (!ctx.options.regimes.includes('gdpr')) return [];
    const { latest } = policyDates(ctx);
    if (!latest || latest.latest.getTime() >= GDPR_APPLIES.getTime()) return [];
    return [
      {
        start: latest.start,
        end: latest.end,
        message: `Last updated ${latest.written}, before the GDPR applied on 25 May 2018: review it against Art. 13 and 14 and update the date.`,
      },
    ];
  },
};
