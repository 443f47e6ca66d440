// Shared by the date rules: the policy's dates, its latest date, how to print a date.
import { getEntities, latestPolicyDate, PolicyDate } from '../../extract';
import type { RuleContext } from '../framework/ruleTypes';

export function policyDates(ctx: RuleContext): { all: PolicyDate[]; latest?: PolicyDate } {
  const all = getEntities(ctx).dates;
  return { all, latest: latestPolicyDate(all) };
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function formatDate(d: Date): string {
  return `${d.getUTCDate()} ${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

export const DAY = 86_400_000;
/** 25 May 2018, the day the GDPR applies from (Art. 99(2)). */
export const GDPR_APPLIES = new Date(Date.UTC(2018, 4, 25));
