// § 22575(b)(4): the policy identifies its effective date.
import { caloppaItem } from '../framework/defineCaloppa';
import { DATE } from '../framework/cues';

const LABEL = String.raw`\b(effective|last (updated?|modified|revised|amended|changed)|(revision|version|updated|revised|modified|posted) (date|as of|on)|updated|revised|date of (last )?(revision|update))\b`;

export default caloppaItem({
  name: 'effective-date',
  paragraph: '(b)(4)',
  title: 'Effective date of the policy',
  explanation: 'CalOPPA requires the privacy policy of a website or online service that collects personal information from California residents to identify its effective date.',
  remedy: 'State the policy’s effective date near the title, e.g. "Effective date: 1 March 2025".',
  anchorHeadings: [/\b(effective|last updated|changes)\b/],
  patterns: {
    any: [new RegExp(`${LABEL}[^.]{0,40}?(${DATE}|\\b(19|20)\\d\\d\\b)`)],
  },
});
