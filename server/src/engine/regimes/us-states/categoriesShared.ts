// The categories of personal data shared with third parties: Va. Code § 59.1-578(C)(4), Tex. Bus. &
// Com. Code § 541.102(a)(4) ("if applicable"), Minn. Stat. § 325M.16, subd. 1(a)(4).
import { usItem } from './define';

export default usItem({
  name: 'categories-shared',
  title: 'Categories of personal data shared with third parties',
  refs: [['VA', '59.1-578(C)(4)'], ['TX', '541.102(a)(4)'], ['MN', '325M.16, subd. 1(a)(4)']],
  explanation: 'The notice must say which categories of personal data the controller shares with (or sells to) third parties, or that it shares none.',
  remedy: 'Say which categories of personal data you share with third parties (e.g. identifiers and device data with advertising partners), or state that you do not share personal data with third parties.',
  anchorHeadings: [/\bshar/, /\bdisclos/, /\bthird part/],
  patterns: {
    cues: ['shar', 'disclos', 'sell', 'sold', 'provide'],
    // "We do not share (or sell) personal data with third parties": a complete answer when true.
    strong: [/\b(we|company) (do|does|will) not (share|sell|disclose)\b[^.]{0,40}\b(personal (data|information)|your (data|information))\b[^.]{0,40}\bthird parties\b(?![^.]{0,80}\b(except|unless|other than)\b)/],
    any: [
      /\bcategor(y|ies) of (personal (data|information)|information|data)\b[^.]{0,100}\b(share|shared|disclose|disclosed|sell|sold)\b/,
      /\b(we|company) (may |also )?(share|disclose|sell|provide)\w*\b[^.]{0,40}\b(the following|these|such) (categories|types)\b/,
      /\b(we|company) (may |also )?(share|disclose|sell)\w*\b[^.]{0,30}\b(your )?(identifiers|contact (information|data|details)|names?|e-?mail address(es)?|device (identifiers|data|information)|browsing|purchase|inferences|geolocation|commercial information|(personal|online) activity)\b[^.]{0,100}\b(with|to)\b/,
    ],
    unless: [/\bright to\b|\bopt[- ]?out\b|\b(you )?(may|can) (request|ask)\b/],
  },
});
