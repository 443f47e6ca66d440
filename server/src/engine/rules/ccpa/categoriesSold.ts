// § 1798.115(c)(1), § 1798.130(a)(5)(C): the categories sold or shared in the preceding 12 months, or the statement that none were.
import { ccpaItem, SELL } from '../framework/defineCcpa';
import { NOT } from '../framework/cues';

export default ccpaItem({
  name: 'categories-sold',
  title: 'Categories of personal information sold or shared',
  sections: ['1798.115(c)(1)', '1798.130(a)(5)(C)'],
  explanation: 'The policy must list the categories of personal information the business sold or shared (for cross-context behavioural advertising) in the preceding 12 months, or state that it has not sold or shared any.',
  remedy: 'List the categories you sold or shared in the last 12 months and to which categories of third parties, or state plainly that you do not sell or share personal information.',
  anchorHeadings: [/\b(sell|sale|sold|shar)/, /\bcalifornia\b/],
  patterns: {
    any: [
      // The sale position stated negatively is a disclosure: "we do not sell your personal information".
      new RegExp(`\\b${NOT}\\b[^.]{0,40}\\b(sell|sold|rent|share)\\b[^.]{0,80}\\b(personal|information|data)\\b`),
      new RegExp(`\\bcategor(y|ies)\\b[^.]{0,100}\\b(have )?(been )?${SELL}\\b`),
      new RegExp(`\\b(sold|sell|sells|selling)\\b[^.]{0,80}\\bcategor(y|ies)\\b`),
      /\b(we|company)\b[^.]{0,40}\b(sell|sells|sold|may sell|license|rent)\b[^.]{0,60}\b(personal (information|data)|information|data)\b/,
      /\bsale of (your |their |consumers' )?(personal )?(information|data)\b/,
      /\bin the (preceding|past|last) (12|twelve) months\b[^.]{0,80}\b(sold|sell|shared)\b/,
    ],
    unless: [/\b(sell|sale)\b[^.]{0,40}\b(business|company|assets|merger|acquisition|bankruptcy)\b/],
  },
});
