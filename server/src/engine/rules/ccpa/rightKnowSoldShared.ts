// § 1798.115: the right to know what is sold or shared, and to whom, and what is disclosed for a business purpose.
import { ccpaItem, CCPA_RIGHTS_HEADINGS } from '../framework/defineCcpa';

export default ccpaItem({
  audienceSpecific: true,
  name: 'right-know-sold-shared',
  title: 'Right to know what is sold, shared or disclosed',
  sections: ['1798.115', '1798.130(a)(5)(A)'],
  explanation: 'Consumers may request the categories of personal information sold, shared or disclosed for a business purpose, and the categories of third parties who received it (§ 1798.115); the policy must describe this right.',
  remedy: 'Describe the right to know the categories of personal information sold, shared or disclosed for a business purpose, and the categories of recipients.',
  anchorHeadings: CCPA_RIGHTS_HEADINGS,
  patterns: {
    cues: ['sold', 'shar', 'disclos', 'sell'],
    any: [
      /\bcategor(y|ies) of (third parties|recipients|persons)\b[^.]{0,120}\b(sold|shared|disclosed|sells?|shares?|discloses?|sharing|selling)\b/,
      /\b(sold|shared|disclosed|sells?|shares?|discloses?)\b[^.]{0,120}\bcategor(y|ies) of (third parties|recipients)\b/,
      /\b(sold|shared|disclosed)\b[^.]{0,30}\b(or|and) (sold|shared|disclosed)\b[^.]{0,60}\bbusiness purpose\b/,
      // Asking what was disclosed to third parties (including under § 1798.83, "Shine the Light").
      /\b(request|obtain|ask)\w*\b[^.]{0,60}\binformation\b[^.]{0,80}\b(disclos\w*|shar\w*|sold|sale)\b[^.]{0,60}\bthird parties\b/,
      // The right to know, where it reaches what is sold, shared or disclosed.
      /\b(right to (know|request|access|obtain)|request (that we|us to) disclose)\b[^.]{0,120}\b(sold|sell|shared|disclosed|disclose)\b/,
    ],
    headings: [/\bright to know\b.{0,60}\b(sold|shared|disclosed)\b/, /\b(sold|shared|disclosed)\b.{0,40}\bright to know\b/],
    listIntro: [/\bright/, /\brequest/, /\bdisclose to you\b/],
    inList: [/\b(sold|shared|disclosed|sells|shares|discloses)\b/],
  },
});
