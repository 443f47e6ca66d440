// Art. 13(2)(a): how long the data are stored, or the criteria that decide it.
import { gdprItem } from '../framework/defineGdpr';

const HEADINGS = [/\b(retention|retain|how long|storage period|keep(ing)? your|store|storing)\b/];

export default gdprItem({
  name: 'retention',
  title: 'Storage period',
  cites: ['13(2)(a)', '14(2)(a)'],
  docArticle: 13,
  explanation: 'The notice must say how long personal data are kept or, where no fixed period is possible, the criteria used to decide it.',
  remedy: 'State how long each category of data is kept, or the criteria that decide it (e.g. "for the duration of the contract and 6 years thereafter for tax purposes").',
  anchorHeadings: HEADINGS,
  patterns: {
    cues: ['retain', 'retention', 'keep', 'store', 'kept', 'delet', 'eras', 'anonymi', 'destroy', 'storage'],
    // The grounds of the right to erasure ("no longer necessary") are not a storage period.
    unless: [/\bright\b[^.]{0,40}\b(erasure|erase|delete|deletion|be forgotten)\b/],
    any: [
      /\b(retain|retention|keep|store|stored|kept|retained)\b[^.]{0,100}\b(as long as|for ((at least|a minimum of|a maximum of|approximately|about|around|up to) )?(a period|the period|the duration|no longer|up to|\d+|one|two|three|four|five|six|seven|ten|twelve)|until|no longer than|only as long)\b/,
      /\bretention (period|policy|schedule)s?\b/,
      /\b(retain|keep|store|hold)\w*\b[^.]{0,80}\b(least amount of time|minimum (period|time|amount of time)|no longer than (is )?(necessary|needed|required))\b/,
      /\b(delete|erase|anonymi[sz]e|destroy)\w*\b[^.]{0,80}\b(after|within|once|when)\b[^.]{0,60}\b(no longer|\d+|period|expire|termination|end)/,
      /\b(storage|retention) (period|duration|time)\b/,
    ],
    sectionHeadings: HEADINGS,
    inSection: [/\b(long|longer|period|periods|time|years?|months?|days?|until|delete|criteria)\b/],
  },
});
