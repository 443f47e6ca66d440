// The categories of personal data processed: Va. Code § 59.1-578(C)(1), Tex. Bus. & Com. Code
// § 541.102(a)(1), Minn. Stat. § 325M.16, subd. 1(a)(1), and the same line in every state's notice.
import { notRightsListItem, usItem } from './define';

export default usItem({
  name: 'categories-processed',
  title: 'Categories of personal data processed',
  refs: [['VA', '59.1-578(C)(1)'], ['TX', '541.102(a)(1)'], ['MN', '325M.16, subd. 1(a)(1)']],
  explanation: 'Every state privacy notice must list the categories of personal data the controller processes (Texas adds: including any sensitive data).',
  remedy: 'List the categories of personal data you process, e.g. identifiers, contact details, device and online activity data, purchase history, inferences.',
  // An item of the right to know ("- the categories of personal data we collected about you") is no list of ours.
  keep: (ctx, s) => notRightsListItem(ctx, s),
  anchorHeadings: [/\b(data|information) we (collect|process)\b/, /\bcollect/],
  patterns: {
    cues: ['categor', 'collect', 'process', 'obtain', 'gather'],
    any: [
      /\bcategor(y|ies) of (personal (data|information)|information|data)\b[^.]{0,80}\b(we|that we|which we)\b[^.]{0,30}\b(collect|process|obtain|gather)/,
      /\b(we|company)\b[^.]{0,30}\b(collect|process|obtain|gather)\w*\b[^.]{0,40}\b(the following|these|such) (categories|types|kinds)\b/,
      /\b(we|company) (may |also |will )?(collect|process|obtain|gather)\w*\b[^.]{0,80}\b(identifiers|contact (information|data|details)|e-?mail address(es)?|postal address(es)?|phone numbers?|device (identifiers|information|data)|ip address(es)?|browsing (history|data|activity)|purchase history|geolocation|demographic)/,
      /\b(personal (data|information)|information) (we|that we) (collect|process|obtain)\w*\b[^.]{0,40}\b(includes?|including|consists? of|such as|comprises?)\b/,
    ],
    unless: [/\bright to\b|\b(you )?(may|can) (request|ask)\b/],
    headings: [/\b(personal )?(data|information) (that )?we (collect|process)\b/, /\bcategories of personal (data|information)( we (collect|process))?\b/, /\bwhat (personal )?(data|information) (do )?we collect\b/, /\bcollection of (personal )?(data|information)\b/],
  },
});
