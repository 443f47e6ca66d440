// Art. 13(2)(b) with Art. 21: the right to object.
import { RIGHTS_HEADINGS, gdprItem } from '../framework/defineGdpr';
import { articleCues } from '../framework/match';

export default gdprItem({
  name: 'right-objection',
  title: 'Right to object',
  cites: ['13(2)(b)', '21'],
  docArticle: 21,
  explanation: 'People may object to processing based on legitimate interests or public task, and always to direct marketing (Art. 21); the notice must tell them so.',
  remedy: 'Tell people they may object to processing based on legitimate interests and to direct marketing at any time.',
  anchorHeadings: RIGHTS_HEADINGS,
  patterns: {
    cues: ['object', ...articleCues('21')],
    any: [
      /\bright to object\b/,
      /\bobject(ing)? (to|at any time)\b/,
      /\bobjection (to|against|about|regarding)\b/,
      /\b(raise|make|lodge|submit|file) an objection\b/,
      /\bart(icle)?\.? ?21\b/,
    ],
    // Refusing cookies is withholding consent under the ePrivacy rules, not the Art. 21 objection.
    unless: [/\bobject\w* to (the )?(\w+ of )?(these |such |the |our |all )?cookies\b/],
    sectionHeadings: RIGHTS_HEADINGS,
    headings: [/\b(right to )?object(ion)?\b(?! (of|is|are|that|which|code))/],
    listIntro: [/\bright/, /\brequest|\bask us\b/],
    inList: [/\bobject(ion)? (to|at)\b/],
    inSection: [/\bobject(ion)?\b(?! (of|is|are|that|which|code))/],
  },
});
