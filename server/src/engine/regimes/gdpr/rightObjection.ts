// Art. 13(2)(b) with Art. 21: the right to object.
import { RIGHTS_HEADINGS, gdprItem } from './define';
import { articleCues } from '../../rules/framework/match';

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
    cues: ['object', 'marketing', 'oppos', ...articleCues('21')],
    any: [
      /\bright to object\b/,
      // With the grounds between verb and object: "object, on grounds relating to your situation, to processing".
      /\bobject(s|ed|ing)?\b,[^.]{0,80}\bto (the |our |any |such |further )?(processing|use of|us (processing|using))\b/,
      // The same right in the wording of other languages' laws: "oppose the processing", "right of opposition".
      /\b(oppose|opposing) (to )?(the |our |any |such |further )?(processing|use of)\b|\bright (of|to) opposition\b|\bopposition (to|against) (the |our |any )?(processing|use)\b/,
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
    unless: [
      /\bobject\w* to (the )?(\w+ of )?(these |such |the |our |all )?cookies\b/,
      // Disagreeing with the terms or the notice: "if you object to these terms, do not use the app".
      /\bobject\w* to (any of )?(these|the|our|this|such|any) (\w+ )?(terms|policy|changes?|notice|agreement|modifications?|amendments?|revisions?|updates?|conditions|version)\b/,
      // Walking away instead: "if you object to this, do not install the app", "we will object to improper legal requests".
      /\bobject\w* to\b[^.]{0,80}\b(do not|don't|should not|please do not) (install|use|download|access|register)\b|\bobject\w* to\b[^.]{0,80}\b(stop using|cease using|discontinue (your )?use of) (the|our|this)\b/,
      /\bwe (will |may |might |can |also )*object\b/,
    ],
    sectionHeadings: RIGHTS_HEADINGS,
    headings: [/\b(right to )?object(ion)?\b(?! (of|is|are|that|which|code|storage|store|oriented|detection|recognition|files?))/],
    listIntro: [/\bright/, /\brequest|\bask us\b/],
    inList: [/\bobject(ion)? (to|at)\b/, MARKETING_USE],
    inSection: [/\bobject(ion)?\b(?! (of|is|are|that|which|code|storage|store|oriented|detection|recognition|files?))/],
  },
});
