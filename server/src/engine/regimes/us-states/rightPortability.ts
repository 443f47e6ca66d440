// The right to a portable copy: Va. Code § 59.1-577(A)(4), Tex. Bus. & Com. Code § 541.051(b)(4),
// Minn. Stat. § 325M.14, subd. 1(e), ORS 646A.574(1)(a)(C), (2).
import { usItem, RIGHTS_HEADINGS } from './define';

export default usItem({
  audienceSpecific: true,
  name: 'right-portability',
  title: 'Right to data portability',
  refs: [['VA', '59.1-577(A)(4)'], ['TX', '541.051(b)(4)'], ['MN', '325M.14, subd. 1(e)'], ['OR', '646A.574(2)']],
  explanation: 'Consumers may obtain a copy of their personal data in a portable and, where feasible, readily usable format that they can pass to another controller.',
  remedy: 'Say that consumers may obtain a copy of their personal data in a portable, readily usable format.',
  anchorHeadings: RIGHTS_HEADINGS,
  patterns: {
    cues: ['portab', 'copy', 'readily usable', 'machine-readable', 'machine readable'],
    any: [
      /\bportability\b/,
      /\bportable\b[^.]{0,60}\b(format|copy|form)\b|\b(copy|data|information)\b[^.]{0,40}\bportable\b/,
      /\b(obtain|receive|request|get|ask for)\w*\b[^.]{0,30}\b(a )?copy of (your |the |their |all )?(personal )?(data|information)\b/,
      /\breadily usable\b|\bmachine[- ]readable\b/,
    ],
    unless: [/\bcopy of (this|our|the) (policy|notice|terms)\b/, /\bhealth insurance portability\b|\bhipaa\b/],
    headings: [/\bportability\b/],
    listIntro: [/\bright/, /\brequest/, /\byou (may|can|have)\b/],
    inList: [/\bportability\b|\bportable\b[^.]{0,60}\bformat\b|\bcopy of\b/],
  },
});
