// Oregon and Minnesota: the consumer may obtain a list of the specific third parties to which the
// controller has disclosed personal data: ORS 646A.574(1)(a)(B), Minn. Stat. § 325M.14, subd. 1(h).
import { usItem, stateRequirement, RIGHTS_HEADINGS } from './define';

export default usItem({
  audienceSpecific: true,
  name: 'right-third-party-list',
  title: 'Right to a list of specific third parties (Oregon, Minnesota)',
  refs: [['OR', '646A.574(1)(a)(B)'], ['MN', '325M.14, subd. 1(h)']],
  explanation: 'Oregon and Minnesota consumers may obtain a list of the specific third parties (by name, not by category) to which the controller has disclosed their personal data, or any personal data.',
  remedy: 'Say that Oregon and Minnesota consumers may request a list of the specific third parties to which you have disclosed their personal data.',
  anchorHeadings: [/\b(oregon|minnesota)\b/, ...RIGHTS_HEADINGS],
  patterns: {
    cues: ['list', 'specific third part'],
    any: [/\blist of (the )?(specific |individual |named )?(third parties|recipients|companies)\b[^.]{0,80}\b(disclos|shar|sold|sell|provided|received)\w*/, /\bspecific third parties\b/],
    listIntro: [/\bright/, /\brequest/],
    inList: [/\blist of\b[^.]{0,40}\b(third parties|recipients)\b/],
  },
  requirement: (ctx) => stateRequirement(ctx, ['OR', 'MN'], 'Oregon or Minnesota'),
});
