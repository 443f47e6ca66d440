// Art. 13(1)(c): the purposes of the processing.
import { gdprItem } from '../framework/defineGdpr';

// "What we collect and why": a heading that asks why is about purposes.
const HEADINGS = [/\b(how|why) (we|do we) use\b/, /\bpurposes?\b/, /\buse of (your )?(personal )?(data|information)\b/, /\band why\b|^why\b/];
// What personal data are used for, as verbs a drafter writes after "to".
const PURPOSE_VERBS = '(provide|send|deliver|process|manage|improve|respond|contact|create|administer|operate|fulfil|fulfill|bill|invoice|verify|personali[sz]e|analy[sz]e|comply|prevent|protect|secure|notify|communicate|answer|handle|run|maintain)';

export default gdprItem({
  name: 'purposes',
  title: 'Purposes of the processing',
  cites: ['13(1)(c)', '14(1)(c)'],
  docArticle: 13,
  explanation: 'The notice must say what the personal data are used for, purpose by purpose.',
  remedy: 'Say for which purposes you use personal data (e.g. to provide the service, to bill, to send newsletters with consent).',
  anchorHeadings: HEADINGS,
  patterns: {
    cues: ['purpose', 'we use', 'we may use', 'we process', 'we may process', 'in order to', 'so that we can', 'to enable us to', 'we collect', 'we may collect'],
    any: [
      /\bpurposes?\b[^.]{0,60}\b(process|processing|use|collect)/,
      /\b(process|processing|use|collect)\b[^.]{0,60}\bpurposes?\b/,
      /\bwe (may )?(use|process)\b[^.]{0,60}\b(data|information)\b[^.]{0,20}\b(to|for|in order to)\b/,
      /\b(in order to|so that we can|to enable us to)\b[^.]{0,40}\b(provide|improve|send|process|manage|deliver|respond)\b/,
      // "We collect your name and e-mail address to send you our newsletter."
      new RegExp(`\\bwe (may )?collect\\b[^.]{0,80}\\b(to|in order to|so that we can) ${PURPOSE_VERBS}\\b`),
    ],
    sectionHeadings: HEADINGS,
    inSection: [/\b(to|for)\b [a-z]+/],
  },
});
