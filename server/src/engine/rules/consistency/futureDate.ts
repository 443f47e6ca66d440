// A policy date after today: a typing slip, or a date written for a later publication.
import type { CheckRule, RawFinding } from '../framework/ruleTypes';
import { DAY, formatDate, policyDates } from './dates';

export const futureDate: CheckRule = {
  kind: 'check',
  id: 'consistency/future-date',
  family: 'consistency',
  title: 'Policy date in the future',
  refs: [],
  defaultSeverity: 'warning',
  docUrl: 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=BPC&sectionNum=22575',
  explanation:
    'A “last updated” date after today is usually a typing slip (a wrong year). It misstates which version of the policy is in force: correct the date. An effective date ahead of publication is fine when the policy is published before it applies.',
  run(ctx) {
    const now = ctx.options.now.getTime();
    const out: RawFinding[] = [];
    for (const d of policyDates(ctx).all) {
      if (d.earliest.getTime() <= now + DAY) continue;
      const effective = /effective|in (?:effect|force)|valid/i.test(d.cue);
      out.push({
        start: d.start,
        end: d.end,
        message: effective
          ? `Effective date ${formatDate(d.earliest)} is after today (${formatDate(ctx.options.now)}): correct it, unless the policy is published ahead of it.`
          : `“${d.cue} ${d.written}” is after today (${formatDate(ctx.options.now)}): a policy cannot have been updated in the future.`,
      });
    }
    return out;
  },
};
