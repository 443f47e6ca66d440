// Art. 13(2)(b) with Art. 21: the right to object.
import { RIGHTS_HEADINGS, gdprItem } from '../framework/defineGdpr';
import { articleCues } from '../framework/match';

/** "prevent the processing of your data for direct marketing", "stop us using your information for marketing". */
const MARKETING_USE = /\b((prevent|stop|opt[- ]?out of|object to|restrict) (the |any |further )?(processing|use) of\b[^.]{0,50}|(prevent|stop) us (from )?(using|processing)\b[^.]{0,40})\bfor (the purposes? of |purposes of )?(direct[- ]?)?marketing\b/;

export default gdprItem({
  name: 'right-objection',
  title: 'Right to object',
  cites: ['13(2)(b)', '21'],
  docArticle: 21,
  explanation: 'People may object to processing based on legitimate interests or public task, and always to direct marketing (Art. 21); the notice must tell them so.',
  remedy: 'Tell people they may object to processing based on legitimate interests and to direct marketing at any time.',
  anchorHeadings: RIGHTS_HEADINGS,
  patterns: {
    cues: ['object', 'marketing', ...articleCues('21')],
    any: [
      /\bright to object\b/,
      /\bobject(ing)? (to|at any time)\b/,
      /\bobjection (to|against|about|regarding)\b/,
      /\b(raise|make|lodge|submit|file) an objection\b/,
      /\bart(icle)?\.? ?21\b/,
      // Art. 21(2)/(3) in other words: stopping the use of one's data for direct marketing. Leaving
      // a mailing list ("unsubscribe", "opt out of emails") is not enough: it must be the processing.
      MARKETING_USE,
      /\b(do not|don't|not) (wish|want) us to (use|process)\b[^.]{0,40}\bfor (direct[- ]?)?marketing\b[^.]{0,100}\b(opt[- ]?out|object|stop)\b/,
    ],
    // Refusing cookies is withholding consent under the ePrivacy rules, not the Art. 21 objection.
    unless: [/\bobject\w* to (the )?(\w+ of )?(these |such |the |our |all )?cookies\b/],
    sectionHeadings: RIGHTS_HEADINGS,
    headings: [/\b(right to )?object(ion)?\b(?! (of|is|are|that|which|code))/],
    listIntro: [/\bright/, /\brequest|\bask us\b/],
    inList: [/\bobject(ion)? (to|at)\b/, MARKETING_USE],
    inSection: [/\bobject(ion)?\b(?! (of|is|are|that|which|code))/],
  },
});
