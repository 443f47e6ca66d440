// § 1798.130(a)(5): the privacy policy is updated at least once every 12 months, so it must say when it last was.
import { ccpaItem } from './define';
import { DATE, DATED } from '../../rules/framework/cues';


export default ccpaItem({
  name: 'last-updated',
  title: 'Date of last update',
  sections: ['1798.130(a)(5)'],
  explanation: 'A business must update its privacy policy at least once every 12 months; the policy should say when it was last updated so that readers (and regulators) can tell.',
  remedy: 'State the date of the last update near the title, e.g. "Last updated: 1 March 2025".',
  anchorHeadings: [/\b(last updated|effective date|changes)\b/],
  patterns: {
    // The date labels, and for a bare date line the month names and century digits.
    cues: ['updat', 'modif', 'revis', 'review', 'amend', 'chang', 'effective', 'version', 'posted', 'date', 'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec', '19', '20'],
    any: [
      new RegExp(DATED),
      // A date standing alone on its line, with a four-digit year ("03/28/23" alone is too thin).
      new RegExp(`^\\s*(?=[^]{0,30}\\b(19|20)\\d\\d\\b)${DATE}\\s*$`),
      // "This Privacy Policy is dated as of 1 May 2025": the policy's own date, without a label.
      new RegExp(`\\b(policy|notice|statement)\\b[^.]{0,30}\\bdated (as of |on )?${DATE}`),
    ],
  },
});
