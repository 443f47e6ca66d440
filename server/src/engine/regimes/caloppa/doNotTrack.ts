// § 22575(b)(5), (b)(7): how the operator responds to browser "Do Not Track" signals.
import { caloppaItem } from './define';

export default caloppaItem({
  name: 'do-not-track',
  paragraph: '(b)(5)',
  title: 'Response to "Do Not Track" signals',
  explanation: 'CalOPPA requires the policy to disclose how the operator responds to web browser "Do Not Track" signals or similar mechanisms (or to link to a program that offers consumers that choice).',
  remedy: 'Say how you respond to "Do Not Track" signals, e.g. "We do not currently respond to Do Not Track signals" or describe what you do.',
  anchorHeadings: [/\bdo not track\b|\bdnt\b/, /\btracking\b/, /\bcookies\b/],
  patterns: {
    cues: ['track', 'dnt', 'global privacy control'],
    any: [/\bdo[- ]not[- ]track\b/, /\bdnt\b/, /\bglobal privacy control\b[^.]{0,80}\b(honou?r|respond|recogni[sz]e|treat)/],
    headings: [/\bdo[- ]not[- ]track\b/],
  },
});
