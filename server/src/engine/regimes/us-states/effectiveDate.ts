// The date of the notice: Minn. Stat. § 325M.16, subd. 1(a)(8) (the date it was last updated); the
// other states' notices carry one by practice, and a consumer needs it to know which text applied.
import { DATE, DATED } from '../../rules/framework/cues';
import { usItem } from './define';

export default usItem({
  name: 'effective-date',
  title: 'Effective date',
  refs: [['MN', '325M.16, subd. 1(a)(8)']],
  explanation: 'Minnesota requires the notice to give the date it was last updated; every state notice should carry its effective date so that consumers know which version applied.',
  remedy: 'State the date the notice was last updated or took effect, e.g. "Last updated: 1 March 2026".',
  anchorHeadings: [/\b(last updated|effective date|changes)\b/],
  patterns: {
    cues: ['updat', 'modif', 'revis', 'review', 'amend', 'chang', 'effective', 'version', 'posted', 'date'],
    any: [new RegExp(DATED), new RegExp(`\\b(policy|notice|statement)\\b[^.]{0,30}\\bdated (as of |on )?${DATE}`)],
    // A cookie tool's own date is not the notice's.
    unless: [/\bcookie (declaration|consent|banner)\b|\bcookiebot\b/],
  },
});
