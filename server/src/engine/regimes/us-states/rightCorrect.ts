// The right to correct inaccurate data: Va. Code § 59.1-577(A)(2), Tex. Bus. & Com. Code
// § 541.051(b)(2), Minn. Stat. § 325M.14, subd. 1(c), ORS 646A.574(1)(b).
import { usItem, RIGHTS_HEADINGS } from './define';

export default usItem({
  audienceSpecific: true,
  name: 'right-correct',
  title: 'Right to correct',
  refs: [['VA', '59.1-577(A)(2)'], ['TX', '541.051(b)(2)'], ['MN', '325M.14, subd. 1(c)'], ['OR', '646A.574(1)(b)']],
  explanation: 'Consumers may have inaccuracies in their personal data corrected; the notice must explain this right and how to use it.',
  remedy: 'Say that consumers may ask you to correct inaccurate personal data about them.',
  anchorHeadings: RIGHTS_HEADINGS,
  patterns: {
    cues: ['correct', 'rectif', 'inaccura', 'amend'],
    any: [
      /\bright(s)? (to|of) (request )?(the )?(correct|rectif|amend)\w*/,
      /\b(request|ask|require|you (can|may))\b[^.]{0,60}\b(correct|rectif|amend)\w*\b[^.]{0,60}\b(inaccura\w*|personal|data|information)\b/,
      /\b(correct|rectif)\w*\b[^.]{0,30}\binaccura/,
      /\b(correction|rectification) (request|right)s?\b/,
    ],
    unless: [/\b(we|company) (have|has|reserves?|retains?)\b[^.]{0,10}\bright\b/],
    headings: [/\bright to (correct|rectif)\w*/, /\bcorrection\b/],
    listIntro: [/\bright/, /\brequest/, /\byou (may|can|have)\b/],
    inList: [/\b(correct|rectif)\w*\b/],
  },
});
