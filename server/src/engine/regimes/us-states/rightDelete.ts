// The right to delete: Va. Code § 59.1-577(A)(3), Tex. Bus. & Com. Code § 541.051(b)(3), Minn.
// Stat. § 325M.14, subd. 1(d), ORS 646A.574(1)(c).
import { usItem, RIGHTS_HEADINGS } from './define';

export default usItem({
  audienceSpecific: true,
  name: 'right-delete',
  title: 'Right to delete',
  refs: [['VA', '59.1-577(A)(3)'], ['TX', '541.051(b)(3)'], ['MN', '325M.14, subd. 1(d)'], ['OR', '646A.574(1)(c)']],
  explanation: 'Consumers may have their personal data deleted (provided by them or, in most states, obtained about them); the notice must explain this right and how to use it.',
  remedy: 'Say that consumers may ask you to delete personal data about them.',
  anchorHeadings: RIGHTS_HEADINGS,
  patterns: {
    cues: ['delet', 'eras'],
    any: [
      /\bright(s)? (to|of) (request )?(the )?(delet|eras)\w*/,
      /\b(request|ask|require (us|that we)|direct(?!ly)|you (can|may)(?!not| not))\w*\b[^.]{0,80}\b(delet|eras)\w*\b[^.]{0,80}\b(personal|your|their|data|information|it|them)\b/,
      /\b(deletion|erasure) (request|right)s?\b/,
      /\b(rights?|entitled)\b[^.]{0,160}\b(delete|erase) (your |their |the |any |such |all |certain )?(personal )?(data|information|records?)\b/,
    ],
    unless: [
      /\b(delet|remov|clear|block)\w*\b[^.]{0,20}\bcookies\b|\bcookies\b[^.]{0,60}\bdelet\w* (them|it)\b/,
      /\b(we|company) (have|has|reserves?|retains?)\b[^.]{0,10}\bright\b/,
      /\b(lsos?|local storage|browser history|flash)\b/,
      // Service providers that help the business answer requests: "to assist us in responding to requests for deletion".
      /\b(assist|help)\w* us\b[^.]{0,20}\b(respond|process|handl)\w*\b[^.]{0,30}\brequests?\b/,
    ],
    headings: [/\bright to (request )?(delete|deletion|erasure)\b/, /\bdeletion\b/],
    listIntro: [/\bright/, /\brequest/, /\byou (may|can|have)\b/],
    inList: [/\b(delet|eras)(e|ion|ure)\b/],
  },
});
