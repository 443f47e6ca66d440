// Art. 14(2)(f): where data were not obtained from the person, their source.
import { gdprItem } from '../framework/defineGdpr';
import { cuedSentences, cueList } from '../framework/match';

/** Data obtained other than from the person: from partners, public sources, other users. */
const INDIRECT = /\b(obtain|receive|collect|get|acquire|purchase|buy)\w*\b[^.]{0,60}\b(about you )?from\b[^.]{0,40}\b(third[- ]part|partners?|public|other (sources|users|companies)|social (media|networks)|data (brokers|providers)|affiliates|advertisers|service providers)/;
/** INDIRECT needs "from": only sentences with it are tried. */
const INDIRECT_CUES = cueList(['from']);

export default gdprItem({
  name: 'data-source',
  title: 'Source of the personal data',
  cites: ['14(2)(f)'],
  docArticle: 14,
  explanation: 'Where personal data were not obtained from the person, the notice must say where they came from, and whether from publicly accessible sources.',
  remedy: 'Say where the data come from (e.g. "from you directly, from our business partners, and from public registers").',
  anchorHeadings: [/\b(source|how we (collect|obtain)|information we (collect|receive))\b/],
  patterns: {
    // "Receive the data you provided to us in a machine-readable format" is portability, not a source.
    unless: [/\b(portab\w*|machine-readable|structured, commonly used)\b/],
    cues: ['from', 'via', 'through', 'you provide', 'you give', 'you submit', 'you enter', 'provided by you', 'automatically', 'you have', 'you gave', 'you share', 'you to', 'when you'],
    any: [
      /\b(from|via|through) (third[- ]part(y|ies)|our partners|business partners|publicly available|public sources|other sources|social (media|networks)|data brokers|affiliates|service providers)\b/,
      /\b(obtain|receive|collect|get)\b[^.]{0,60}\b(from|about you from)\b[^.]{0,40}\b(third|partners?|public|other|sources?|social)\b/,
      /\b(you (provide|give|submit|enter)|provided by you|directly from you)\b/,
      /\b(collect|gather)\w*\b[^.]{0,40}\bautomatically\b/,
      // Where the data come from the person or their use of the service.
      /\b(information|data) (that )?you (have )?(provide|provided|give|gave|submit|submitted|enter|entered|share|shared)\b/,
      /\b(ask|asks|asked|require|requires) you to (provide|give|submit|enter)\b/,
      /\bautomatically (stored|collected|recorded|logged|generated|received|gathered)\b/,
      /\b(we|company) (may )?(collect|receive|obtain)\w*\b[^.]{0,60}\bwhen you\b/,
    ],
  },
  requirement: (ctx) => {
    const indirect = ctx.options.profile.indirectSources;
    if (indirect === true) return { required: 'always', because: 'the processing profile declares data from other sources' };
    if (indirect === false) return { required: 'not-applicable', because: 'the processing profile declares that all data come from the person' };
    if (cuedSentences(ctx, INDIRECT_CUES).some((s) => INDIRECT.test(s.norm))) return { required: 'always', because: 'the text says that some data come from other sources' };
    return { required: 'conditional', because: 'required where data are obtained other than from the person (Art. 14)' };
  },
});
