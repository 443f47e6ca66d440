// § 1798.130(a)(5): the privacy policy is updated at least once every 12 months, so it must say when it last was.
import { ccpaItem } from '../framework/defineCcpa';
import { DATE } from '../framework/cues';

const DATE_LABEL = String.raw`\b(last (updated?|modified|revised|reviewed|amended|changed|revision|modification)|(effective|revision|version|updated|revised|modified|posted) (date|as of|on|from)|effective|updated|revised|date of (last )?(revision|update|this (policy|notice|statement)))\b`;

export default ccpaItem({
  name: 'last-updated',
  title: 'Date of last update',
  sections: ['1798.130(a)(5)'],
  explanation: 'A business must update its privacy policy at least once every 12 months; the policy should say when it was last updated so that readers (and regulators) can tell.',
  remedy: 'State the date of the last update near the title, e.g. "Last updated: 1 March 2025".',
  anchorHeadings: [/\b(last updated|effective date|changes)\b/],
  patterns: {
    any: [new RegExp(`${DATE_LABEL}[^.]{0,40}?(${DATE}|\\b(19|20)\\d\\d\\b)`), new RegExp(`^\\s*${DATE}\\s*$`)],
  },
});
