// The right to opt out of targeted advertising and of the sale of personal data: Va. Code
// § 59.1-577(A)(5), § 59.1-578(D), Tex. Bus. & Com. Code § 541.051(b)(5), § 541.103, Minn. Stat.
// § 325M.14, subd. 1(f), ORS 646A.574(1)(d).
import { usItem, RIGHTS_HEADINGS } from './define';

export default usItem({
  audienceSpecific: true,
  name: 'right-opt-out',
  title: 'Right to opt out of targeted advertising and sale',
  refs: [['VA', '59.1-577(A)(5)'], ['VA', '59.1-578(D)'], ['TX', '541.051(b)(5)'], ['MN', '325M.14, subd. 1(f)'], ['OR', '646A.574(1)(d)']],
  explanation: 'Consumers may opt out of the processing of their personal data for targeted advertising and of its sale; a controller that sells or targets ads must disclose it and the way to opt out.',
  remedy: 'Say that consumers may opt out of targeted advertising and of the sale of their personal data, and how (a link, a form, a universal opt-out signal).',
  anchorHeadings: [/\bopt[- ]?out\b/, ...RIGHTS_HEADINGS],
  patterns: {
    cues: ['opt', 'not sell', 'not to sell'],
    any: [
      /\bopt[- ]?(out|outs)\b[^.]{0,100}\b(targeted advertis\w*|sale|sales|sell|selling|sold)\b/,
      /\b(targeted advertis\w*|sale|sales|sell|selling)\b[^.]{0,80}\bopt[- ]?out\b/,
      /\bdo not sell( or share)? my\b/,
      /\b(direct|instruct|tell|ask)\w* (us|the controller)\b[^.]{0,20}\bnot to sell\b/,
    ],
    // Nor another company's opt-out for its own ads ("opt out of targeted advertising from such third parties, visit AdChoices").
    unless: [/\bfrom (such|these|those) third parties\b|\bad ?choices\b/, /^(?![^]{0,400}\b(sale|sell|sold|targeted)\b)[^]{0,400}?\b(nai|daa|network advertising initiative|digital advertising alliance|youradchoices|aboutads)\b/],
    headings: [/\bopt[- ]?out\b.{0,60}\b(sale|sell|targeted)/, /\bdo not sell\b/],
    listIntro: [/\bright/, /\bopt[- ]?out\b/],
    inList: [/\b(targeted advertis|sale of)\w*/],
  },
});
