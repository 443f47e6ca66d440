// The categories of personal data shared with third parties: Va. Code § 59.1-578(C)(4), Tex. Bus. &
// Com. Code § 541.102(a)(4) ("if applicable"), Minn. Stat. § 325M.16, subd. 1(a)(4).
import { notRightsListItem, usItem } from './define';

export default usItem({
  name: 'categories-shared',
  title: 'Categories of personal data shared with third parties',
  refs: [['VA', '59.1-578(C)(4)'], ['TX', '541.102(a)(4)'], ['MN', '325M.16, subd. 1(a)(4)']],
  explanation: 'The notice must say which categories of personal data the controller shares with (or sells to) third parties, or that it shares none.',
  remedy: 'Say which categories of personal data you share with third parties (e.g. identifiers and device data with advertising partners), or state that you do not share personal data with third parties.',
  // An item of what the consumer may ask for ("- the categories of recipients") is no disclosure.
  keep: (ctx, s) => notRightsListItem(ctx, s),
  anchorHeadings: [/\bshar/, /\bdisclos/, /\bthird part/],
  patterns: {
    cues: ['shar', 'disclos', 'sell', 'sold', 'provide'],
    // "We do not share (or sell) personal data with third parties": a complete answer when true.
    strong: [/^(?![^]{0,300}\b(except|unless|other than|apart from|for their (own )?(direct )?marketing|shine the light)\b)[^]{0,200}?\b(we|company) (do|does|will) not (share|sell|disclose)\b[^.]{0,40}\b(personal (data|information)|your (data|information))\b[^.]{0,40}\b(with|to) (any )?(other )?third parties\b/],
    any: [
      /\bcategor(y|ies) of (personal (data|information)|information|data)\b[^.]{0,100}\b(share|shared|disclose|disclosed|sell|sold)\b/,
      /\b(we|company) (may |also )?(share|disclose|sell|provide)\w*\b[^.]{0,40}\b(the following|these|such) (categories|types)\b/,
      /\b(we|company) (may |also )?(share|disclose|sell)\w*\b[^.]{0,30}\b(your )?(identifiers|contact (information|data|details)|names?|e-?mail address(es)?|device (identifiers|data|information)|browsing|purchase|inferences|geolocation|commercial information|(personal|online) activity)\b[^.]{0,100}\b(with|to)\b/,
    ],
    // Nor an item of what the consumer may ask for ("the categories we sold about you").
    unless: [/\bright to\b|\bopt[- ]?out\b|\b(you )?(may|can) (request|ask)\b|\babout (you|that|the|a) ([a-z]+ )?(resident|consumer|individual)s?\b|\babout you\b|\bwe will (also )?(identify|provide|disclose|tell)\b/],
  },
});
