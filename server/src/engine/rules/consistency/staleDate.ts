// CCPA: the privacy policy must be updated at least once every 12 months.
import type { CheckRule } from '../framework/ruleTypes';
import { californiaCivilCodeUrl } from '../../law/legalRefs';
import { DAY, policyDates } from './dates';

export const staleDate: CheckRule = {
  kind: 'check',
  id: 'consistency/stale-date',
  family: 'consistency',
  title: 'Policy not reviewed in the last 12 months',
  refs: [{ law: 'CCPA', cite: 'Civ. Code § 1798.130(a)(5)' }],
  defaultSeverity: 'warning',
  docUrl: californiaCivilCodeUrl('1798.130'),
  explanation:
    'The CCPA requires a business to update its online privacy policy at least once every 12 months (Civ. Code § 1798.130(a)(5)). A date older than that shows the review is overdue: review the policy and change the date to the date of the review.',
  run(ctx) {
    if (!ctx.options.regimes.includes('ccpa')) return [];
    const { latest } = policyDates(ctx);
    if (!latest) return [];
    const now = ctx.options.now.getTime();
    if (latest.latest.getTime() >= now - 365 * DAY) return [];
    const months = Math.floor((now - latest.latest.getTime()) / (30.44 * DAY));
    return [
      {
        start: latest.start,
        end: latest.end,
        message: `Last updated ${latest.written}, about ${months} months ago: the CCPA requires a review at least once every 12 months (Civ. Code § 1798.130(a)(5)).`,
      },
    ];
  },
};
