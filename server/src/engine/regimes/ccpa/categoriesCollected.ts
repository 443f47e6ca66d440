// § 1798.110(c)(1), § 1798.130(a)(5)(B): the categories of personal information collected in the preceding 12 months.
import { ccpaItem } from './define';
import { notBareHeading, notRightToKnowItem } from './evidence';

/** The statutory categories of § 1798.140(v); a policy that lists two of them is listing categories. */
const STATUTORY = String.raw`(identifiers|commercial information|biometric information|internet or (other )?(similar |electronic ){0,2}network activity|geolocation data|audio, electronic|professional or employment|education information|inferences drawn|sensitive personal information|characteristics of protected classifications)`;

export default ccpaItem({
  name: 'categories-collected',
  title: 'Categories of personal information collected',
  sections: ['1798.110(c)(1)', '1798.130(a)(5)(B)'],
  explanation: 'The policy must list the categories of personal information the business has collected about consumers in the preceding 12 months.',
  remedy: 'List the categories you collect (identifiers, commercial information, internet activity, geolocation, professional information, inferences…), in the statute’s terms where they fit.',
  // An item of the right to know ("- the categories of personal information we disclosed about
  // you") is what the consumer may ask for, not the business's own list.
  keep: (ctx, s) => notBareHeading(ctx, s) && notRightToKnowItem(ctx, s),
  anchorHeadings: [/\b(information|data) (we collect|collected)\b/, /\bcollect/],
  patterns: {
    cues: ['categor', 'collect', 'gather', 'obtain', 'receive', 'identifiers', 'commercial information', 'biometric', 'network activity', 'geolocation', 'audio', 'professional', 'education', 'inferences', 'sensitive', 'protected classifications'],
    any: [
      /\bcategor(y|ies) of (personal )?(information|data)\b[^.]{0,80}\b(we|company|collect|collected)\b/,
      /\b(collect|collected|collects|gather|gathered|obtain|obtained|receive)\b[^.]{0,60}\b(following|these|the|certain|several) (categories|types|kinds)\b/,
      new RegExp(`\\b${STATUTORY}\\b[^]{0,300}\\b${STATUTORY}\\b`),
      /\b(we|company|us)\b[^.]{0,30}\b(collect|collects|gather|obtain|receive)\w*\b[^.]{0,100}\b(name|e-?mail|postal address|phone|telephone|ip address|job title|employer|device|browser|cookies)\b/,
      /\b(information|data) (that )?(we|company) (may )?(collect|gather|obtain)\w*\b[^.]{0,40}\b(includes?|including|such as|consists?|are|is)\b/,
    ],
    // The right to know asks for the categories; it does not state them ("you may request the
    // categories of personal information we collected about you").
    unless: [/\b(right to|you (may|can|have the right to)|request|ask (us )?(for|to))\b[^.]{0,40}\b(know|request|obtain|receive|disclose|access)?\b[^.]{0,20}\bcategor(y|ies) of (personal )?(information|data)\b(?![^.]{0,120}\b(include|including|such as|are|is|:)\b)/],
    sectionHeadings: [/\b(information|data)\b.{0,30}\bcollect/, /\bcollect\w*\b.{0,30}\b(information|data)\b/],
    inSection: [/\b(name|e-?mail|address|phone|identifiers?|ip address|device|location|employer|title)\b/],
  },
});
