// Art. 13(1)(c): the purposes of the processing.
import { gdprItem } from '../framework/defineGdpr';

const HEADINGS = [/\b(how|why) (we|do we) use\b/, /\bpurposes?\b/, /\buse of (your )?(personal )?(data|information)\b/];

export default gdprItem({
  name: 'purposes',
  title: 'Purposes of the processing',
  cites: ['13(1)(c)', '14(1)(c)'],
  docArticle: 13,
  explanation: 'The notice must say what the personal data are used for, purpose by purpose.',
  remedy: 'Say for which purposes you use personal data (e.g. to provide the service, to bill, to send newsletters with consent).',
  anchorHeadings: HEADINGS,
  patterns: {
    cues: ['purpose', 'we use', 'we may use', 'we process', 'we may process', 'in order to', 'so that we can', 'to enable us to'],
    any: [
      /\bpurposes?\b[^.]{0,60}\b(process|processing|use|collect)/,
      /\b(process|processing|use|collect)\b[^.]{0,60}\bpurposes?\b/,
      /\bwe (may )?(use|process)\b[^.]{0,60}\b(data|information)\b[^.]{0,20}\b(to|for|in order to)\b/,
      /\b(in order to|so that we can|to enable us to)\b[^.]{0,40}\b(provide|improve|send|process|manage|deliver|respond)\b/,
    ],
    sectionHeadings: HEADINGS,
    inSection: [/\b(to|for)\b [a-z]+/],
  },
});
