// § 1798.105, § 1798.130(a)(5)(A): the right to request deletion.
import { ccpaItem, CCPA_RIGHTS_HEADINGS } from './define';
import { notBareHeading, notMinorsRemoval, notRequestMetrics } from './evidence';

export default ccpaItem({
  audienceSpecific: true,
  name: 'right-delete',
  title: 'Right to delete',
  sections: ['1798.105', '1798.130(a)(5)(A)'],
  explanation: 'Consumers may request that the business delete personal information it collected from them (§ 1798.105); the policy must describe this right.',
  remedy: 'Describe the right to request deletion of personal information collected from the consumer, and how to exercise it.',
  // A minor's removal of what they posted (Cal. Bus. & Prof. Code § 22581, the "eraser" rule) is
  // not the consumer's right to have the business delete personal information (§ 1798.105).
  // Nor the yearly request metrics (a count of requests reports on the right, it does not give it).
  keep: (ctx, s) => notBareHeading(ctx, s) && notMinorsRemoval(ctx, s) && notRequestMetrics(s),
  anchorHeadings: CCPA_RIGHTS_HEADINGS,
  patterns: {
    cues: ['delet', 'eras', 'remov'],
    any: [
      /\bright (to|of) (request )?(the )?(delet|eras)\w*/,
      // ("directly" is no request: "we will use that information only to respond directly to that child … and delete it".)
      // Requiring is the consumer's only when it is addressed to the business ("you may require us to
      // delete"), not a duty ("as required by law, we will delete it", "our standards require that
      // data be removed"); nor is a request made of others ("clients are requested to remove such
      // data"), or a "may not".
      /\b(request(?!ed to)|ask|require (us|that we|the company|the business|a business)|direct(?!ly)|would like|wish|want|you (can|may)(?! not))\w*\b[^.]{0,100}\b(delet|eras|remov)\w*\b[^.]{0,120}\b(personal|your|information|data|pi|it|them)\b/,
      /\b(delet|eras)\w* (of )?(your |their |the |any |such )?(personal )?(information|data|pi)\b[^.]{0,60}\b(request|right|we (have )?collected|we hold|about you)\b/,
      /\b(deletion|erasure) (request|right)s?\b/,
      // A list item that is the right itself, its introduction aside: "- delete certain information
      // we have about you", "- erase your personal data".
      /^\W{0,3}(request (the )?)?(delete|erase|deletion of|erasure of) (your |certain |any |the |all |such )?(personal )?(information|data|pi)\b[^.]{0,30}\b(about you|(we|that we|which we) (hold|have|keep|maintain|collected|store))\b|^\W{0,3}(delete|erase) your (personal )?(information|data|pi)\b/,
      /\brequests? (for|to) (deletion|erasure)\b/,
      // Deletion named later in an enumeration of rights or choices: "the right to access and delete
      // personal data", "consumers may delete their record", "the right to request that we (i) … (iii)
      // delete your personal information".
      /\b(rights?|entitled|option|choice|ability|(you|consumers?|users?|residents?|individuals?) (can|may))\b[^.]{0,200}\b(delete|erase) (your |their |the |his or her |any |such |all |certain )?(personal )?(information|data|pi|records?)\b/,
    ],
    unless: [
      /\b(delet|remov|clear|block)\w*\b[^.]{0,20}\bcookies\b/,
      // Browser technologies the reader removes from a device: "set your browser to decline cookies
      // and delete them", "block, delete or disable the technologies", "Flash LSOs".
      /\b(cookies|lsos?|local storage|tracking technologies|technologies)\b[^.]{0,80}\b(delet|remov)\w* (them|it)\b|\b(delet|remov|disabl|block)\w*\b[^.]{0,40}\b(lsos?|local storage|the technologies|tracking technologies|browser history)\b/,
      // The business's own right: "we reserve the right to delete content you post".
      /\b(we|company) (have|has|reserves?|retains?)\b[^.]{0,10}\bright\b/,
    ],
    headings: [/\bright to (request )?(delete|deletion|erasure)\b/, /\berasure\b/, /\b(deletion|delete) (of )?(your |my )?(personal )?(data|information|requests?)\b/],
    listIntro: [/\bright/, /\brequest/, /\bask us\b/],
    inList: [/\b(delet|eras)(e|ion|ure)\b/],
  },
});
