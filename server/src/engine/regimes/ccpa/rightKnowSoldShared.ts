// § 1798.115: the right to know what is sold or shared, and to whom, and what is disclosed for a business purpose.
import { ccpaItem, CCPA_RIGHTS_HEADINGS } from './define';
import { notBareHeading } from './evidence';

export default ccpaItem({
  audienceSpecific: true,
  name: 'right-know-sold-shared',
  title: 'Right to know what is sold, shared or disclosed',
  sections: ['1798.115', '1798.130(a)(5)(A)'],
  explanation: 'Consumers may request the categories of personal information sold, shared or disclosed for a business purpose, and the categories of third parties who received it (§ 1798.115); the policy must describe this right.',
  remedy: 'Describe the right to know the categories of personal information sold, shared or disclosed for a business purpose, and the categories of recipients.',
  keep: notBareHeading,
  anchorHeadings: CCPA_RIGHTS_HEADINGS,
  patterns: {
    cues: ['sold', 'shar', 'disclos', 'sell', 'sale'],
    any: [
      /\bcategor(y|ies) of (third parties|recipients|persons)\b[^.]{0,120}\b(sold|shared|disclosed|sells?|shares?|discloses?|sharing|selling)\b/,
      /\b(sold|shared|disclosed|sells?|shares?|discloses?)\b[^.]{0,120}\bcategor(y|ies) of (third parties|recipients)\b/,
      /\b(sold|shared|disclosed)\b[^.]{0,30}\b(or|and) (sold|shared|disclosed)\b[^.]{0,60}\bbusiness purpose\b/,
      // Asking what was disclosed to third parties (including under § 1798.83, "Shine the Light").
      // Information *about* the disclosures, not any request that mentions your information ("request
      // restriction of your personal information, and … opt out of the sale … to third parties").
      /\b(request|obtain|ask)\w*\b[^.]{0,60}\b(information|details|a list)\b[^.]{0,20}\b(about|regarding|concerning|on|of)\b[^.]{0,80}\b(disclos\w*|shar\w*|sold|sale)\b[^.]{0,60}\bthird parties\b/,
      // The right to know, where it reaches what is sold, shared or disclosed.
      /\b(right to (know|request|access|obtain|receive)|request (that we|us to) disclose)\b[^.]{0,200}\b(sold|sells?|selling|shared|shares|disclosed|discloses?)\b/,
      // A long enumeration that ends with the recipients: "the right to request details about … the
      // categories … the sources … and the entities to which we disclose this personal information".
      /\bright to (know|request|access|obtain|receive)\b[^.]{0,320}\b(entities|third parties|recipients|persons|companies|businesses) (to which|to whom|with which|with whom) (we|it|the business) (sold|sells?|shared|shares?|disclosed|discloses?)\b/,
    ],
    unless: [
      // The business's own chart of recipients is the disclosure of its practice, not the right to
      // ask for it: "below is a chart of … the categories of third parties", and its column header
      // "Categories of third parties to whom we may disclose personal information" (a right-to-know
      // item names the recipients of what *was* disclosed, not what may be).
      /\b(chart|table)\b[^.]{0,20}\b(below|above|describes|lists|shows|sets out)\b|\b(below|above) is a (chart|table)\b|^\W{0,3}categor(y|ies) of (third parties|recipients)\b[^.]{0,30}\bwe may\b/,
    ],
    headings: [/\bright to know\b.{0,60}\b(sold|shared|disclosed)\b/, /\b(sold|shared|disclosed)\b.{0,40}\bright to know\b/],
    listIntro: [/\bright/, /\brequest/, /\bdisclose to you\b/],
    inList: [/\b(sold|shared|disclosed|sells|shares|discloses)\b/],
  },
});
