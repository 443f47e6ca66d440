// § 1798.105, § 1798.130(a)(5)(A): the right to request deletion.
import { ccpaItem, CCPA_RIGHTS_HEADINGS } from '../framework/defineCcpa';

export default ccpaItem({
  audienceSpecific: true,
  name: 'right-delete',
  title: 'Right to delete',
  sections: ['1798.105', '1798.130(a)(5)(A)'],
  explanation: 'Consumers may request that the business delete personal information it collected from them (§ 1798.105); the policy must describe this right.',
  remedy: 'Describe the right to request deletion of personal information collected from the consumer, and how to exercise it.',
  anchorHeadings: CCPA_RIGHTS_HEADINGS,
  patterns: {
    cues: ['delet', 'eras', 'remov'],
    any: [
      /\bright (to|of) (request )?(the )?(delet|eras)\w*/,
      /\b(request|ask|require|direct|would like|wish|want|you (can|may))\w*\b[^.]{0,100}\b(delet|eras|remov)\w*\b[^.]{0,120}\b(personal|your|information|data|pi|it|them)\b/,
      /\b(delet|eras)\w* (of )?(your |their |the |any |such )?(personal )?(information|data|pi)\b[^.]{0,60}\b(request|right|we (have )?collected|we hold|about you)\b/,
      /\b(deletion|erasure) (request|right)s?\b/,
      /\brequests? (for|to) (deletion|erasure)\b/,
      // Deletion named later in an enumeration of rights or choices: "the right to access and delete
      // personal data", "consumers may delete their record", "the right to request that we (i) … (iii)
      // delete your personal information".
      /\b(rights?|entitled|option|choice|ability|(you|consumers?|users?|residents?|individuals?) (can|may))\b[^.]{0,200}\b(delete|erase) (your |their |the |his or her |any |such |all |certain )?(personal )?(information|data|pi|records?)\b/,
    ],
    unless: [
      /\b(delet|remov|clear|block)\w*\b[^.]{0,20}\bcookies\b/,
      // The business's own right: "we reserve the right to delete content you post".
      /\b(we|company) (have|has|reserves?|retains?)\b[^.]{0,10}\bright\b/,
    ],
    headings: [/\bright to (request )?(delete|deletion|erasure)\b/, /\berasure\b/, /\b(deletion|delete) (of )?(your |my )?(personal )?(data|information|requests?)\b/],
    listIntro: [/\bright/, /\brequest/, /\bask us\b/],
    inList: [/\b(delet|eras)(e|ion|ure)\b/],
  },
});
