// No "last updated" or "effective" date. CalOPPA requires an effective date and the CCPA a
// yearly update that only a date makes visible; under the GDPR alone it is good practice.
import type { CheckRule } from '../framework/ruleTypes';
import { californiaBusinessCodeUrl } from '../../law/legalRefs';
import { formatDate, policyDates } from './dates';

export const missingDate: CheckRule = {
  kind: 'check',
  id: 'consistency/missing-date',
  family: 'consistency',
  title: 'No “last updated” date',
  refs: [
    { law: 'CalOPPA', cite: 'Bus. & Prof. Code § 22575(b)(4)' },
    { law: 'CCPA', cite: 'Civ. Code § 1798.130(a)(5)' },
  ],
  defaultSeverity: 'warning',
  docUrl: californiaBusinessCodeUrl('22575'),
  explanation:
    'CalOPPA requires the policy to state its effective date, and the CCPA requires the policy to be updated at least once every 12 months, which readers can only see from a date. Under the GDPR a date tells data subjects (and a supervisory authority) which version applied when. Add a line such as “Last updated: [date]” under the title.',
  run(ctx) {
    const { all } = policyDates(ctx);
    if (all.length > 0) return [];
    const doc = ctx.doc;
    const anchor = doc.title ?? doc.headings[0];
    const start = anchor ? anchor.start : 0;
    const end = anchor ? anchor.end : doc.lines.lineEnd(0);
    const californian = ctx.options.regimes.includes('ccpa') || ctx.options.regimes.includes('caloppa');
    const line = `Last updated: ${formatDate(ctx.options.now)}`;
    const eol = doc.lines.preferredEol();
    return [
      {
        start,
        end,
        message: californian
          ? 'No effective or “last updated” date: CalOPPA requires an effective date, and the CCPA a yearly review; add one under the title.'
          : 'No “last updated” date: add one under the title, so readers can tell which version applied when.',
        // Graded by regime; a severity the user configured still wins (check.ts).
        severity: californian ? undefined : 'information',
        fixes: anchor
          ? [{ title: `Add “${line}” under the title`, kind: 'quickfix', edits: [{ start: end, end, newText: `${eol}${eol}${line}` }], isPreferred: true }]
          : [],
      },
    ];
  },
};
