// Art. 13(2)(b) with Art. 20: the right to data portability.
import { RIGHTS_HEADINGS, gdprItem } from '../framework/defineGdpr';
import { articleCues } from '../framework/match';

export default gdprItem({
  name: 'right-portability',
  title: 'Right to data portability',
  cites: ['13(2)(b)', '20'],
  docArticle: 20,
  explanation: 'People may receive the data they provided in a structured, machine-readable format and have them sent to another controller, where processing is based on consent or contract and automated (Art. 20); the notice must tell them so.',
  remedy: 'Tell people they may receive their data in a structured, commonly used, machine-readable format and have it transmitted to another controller.',
  anchorHeadings: RIGHTS_HEADINGS,
  patterns: {
    cues: ['portab', 'machine', 'another', 'port ', ...articleCues('20')],
    any: [
      /\bportab(le|ility)\b/,
      /\bmachine[- ]readable\b/,
      /\b(transmit|transfer|send)\w*\b[^.]{0,40}\b(to )?another (controller|organi[sz]ation|company|service provider|provider)\b/,
      /\bart(icle)?\.? ?20\b/,
      /\bport\b[^.]{0,30}\b(another|other|a new)\b/,
    ],
  },
});
