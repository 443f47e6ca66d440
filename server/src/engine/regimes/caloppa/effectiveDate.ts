// § 22575(b)(4): the policy identifies its effective date.
import { caloppaItem } from './define';
import { DATED } from '../../rules/framework/cues';


export default caloppaItem({
  name: 'effective-date',
  paragraph: '(b)(4)',
  title: 'Effective date of the policy',
  explanation: 'CalOPPA requires the privacy policy of a website or online service that collects personal information from California residents to identify its effective date.',
  remedy: 'State the policy’s effective date near the title, e.g. "Effective date: 1 March 2025".',
  anchorHeadings: [/\b(effective|last updated|changes)\b/],
  patterns: {
    // The date labels, and for a bare date line the month names and century digits.
    cues: ['updat', 'modif', 'revis', 'review', 'amend', 'chang', 'effective', 'version', 'posted', 'date', 'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec', '19', '20'],
    any: [new RegExp(DATED)],
  },
});
