// The right to confirm processing and access the data: Va. Code § 59.1-577(A)(1), Tex. Bus. & Com.
// Code § 541.051(b)(1), Minn. Stat. § 325M.14, subd. 1(b), ORS 646A.574(1)(a)(A), (C).
import { usItem, RIGHTS_HEADINGS } from './define';

export default usItem({
  audienceSpecific: true,
  name: 'right-access',
  title: 'Right to confirm and access',
  refs: [['VA', '59.1-577(A)(1)'], ['TX', '541.051(b)(1)'], ['MN', '325M.14, subd. 1(b)'], ['OR', '646A.574(1)(a)']],
  explanation: 'Consumers may confirm whether the controller processes their personal data and access it; the notice must explain this right and how to use it.',
  remedy: 'Say that consumers may confirm whether you process their personal data and access it.',
  anchorHeadings: RIGHTS_HEADINGS,
  patterns: {
    cues: ['access', 'confirm', 'know'],
    any: [
      // ("The right to know" what is processed, not "users have the right to know many facts" about someone.)
      /\bright(s)? (to|of) (request )?(confirm|access|know)\b(?= (what|whether|about|the|your|if|which|where|how|who|whom|in|under|for|and|or|personal|categories|specific|information|data|to)\b|\s*($|[.,;:)"\u2019'\u201d-]))/,
      /\bconfirm\w*\b[^.]{0,40}\bwhether\b[^.]{0,60}\b(process|collect|us(e|ing))\w*/,
      /\b(request|ask|obtain|you (can|may))\b[^.]{0,30}\baccess\b[^.]{0,40}\b(to|of) (your |the |their )?(personal )?(data|information)\b/,
    ],
    unless: [/\b(we|company) (have|has|reserves?|retains?)\b[^.]{0,10}\bright\b/, /\b(unauthori[sz]ed|prevent|restrict|limit)\w* access\b/, /\baccess (our|the|this) (site|website|services?|app|platform|products?)\b/, /\bfollowing rights\b[^.]{0,200}\b(recipients|purposes of the processing)\b/],
    headings: [/\bright to (confirm|access|know)\b/, /\baccess (to )?(your )?(personal )?(data|information)\b/],
    listIntro: [/\bright/, /\brequest/, /\byou (may|can|have)\b/],
    inList: [/\b(access|confirm)\w*\b/],
  },
});
