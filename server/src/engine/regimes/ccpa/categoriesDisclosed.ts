// § 1798.115(c)(2), § 1798.130(a)(5)(C): the categories disclosed for a business purpose in the preceding 12 months.
import { ccpaItem } from './define';
import { notBareHeading, notRightToKnowItem } from './evidence';

const RECIPIENTS = String.raw`(business purposes?|service providers?|contractors?|third[- ]part(y|ies)|affiliates?|subsidiaries|vendors?|partners?|processors?|law enforcement|government)`;

export default ccpaItem({
  name: 'categories-disclosed',
  title: 'Categories of personal information disclosed for a business purpose',
  sections: ['1798.115(c)(2)', '1798.130(a)(5)(C)'],
  explanation: 'The policy must list the categories of personal information disclosed for a business purpose in the preceding 12 months (or state that none were), and to whom.',
  remedy: 'List the categories you disclosed for a business purpose in the last 12 months and the categories of recipients (service providers, contractors, affiliates…).',
  // An item of the right to know ("- the categories of personal information we disclosed about
  // you") is what the consumer may ask for, not the business's own list.
  keep: (ctx, s) => notBareHeading(ctx, s) && notRightToKnowItem(ctx, s),
  anchorHeadings: [/\b(disclos|shar)\w*\b/, /\bcalifornia\b/],
  patterns: {
    cues: ['disclos', 'shar', 'provid', 'transfer', 'categor'],
    any: [
      new RegExp(`\\b(disclose|disclosed|discloses|disclosing|disclosure|share|shared|shares|sharing|provide|provided|transfer\\w*)\\b[^.]{0,100}\\b(with|to) (our |its |certain |the following |these )?((categories|types|kinds) of )?${RECIPIENTS}\\b`),
      // A table heading or list introduction: "Categories of third parties with whom this information is shared".
      new RegExp(`\\bcategor(y|ies) of (recipients|${RECIPIENTS})\\b[^.]{0,60}\\b(shared|disclosed|provided|made available)\\b`),
      /\bcategor(y|ies)\b[^.]{0,100}\bdisclos\w*/,
      /\bdisclos\w*\b[^.]{0,60}\bbusiness purpose\b/,
      // "We may share all the categories of information listed above with other companies":
      // the categories (all of them) and to whom. Not "disclose the categories … to you".
      /\b(disclos|shar)\w* (all |each of |any of |some of |certain )?(the |these |those )?(above |following )?categor(y|ies) of (personal )?(information|data|pi)\b[^.]{0,80}\b(with|to) (?!you\b)/,
    ],
    // Describing the right to know ("you have the right to know … the categories of third parties
    // with whom it was shared") is not the business's own disclosure.
    // Nor is the statute's duty described in general ("a covered business must disclose the
    // categories of personal information it collected").
    unless: [/\bright(s)? to (know|request|access|obtain)\b|\b(can|may) request (information|details|a list)\b|\b(covered |a |any )business(es)? (must|shall|is required to)\b|\bthe (ccpa|cpra|law|act|statute) (requires|provides|obliges)\b/],
    sectionHeadings: [/\b(disclos|shar)\w*\b/, /\bwho we\b/, /\bthird part/],
    inSection: [new RegExp(`\\b${RECIPIENTS}\\b`)],
  },
});
