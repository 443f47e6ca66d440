// Art. 13(1)(e): the recipients or categories of recipients.
import { gdprItem } from '../framework/defineGdpr';

const HEADINGS = [/\b(shar(e|ing)|disclos|recipients?|third part|who (we|do we) (share|give))/];

export default gdprItem({
  name: 'recipients',
  title: 'Recipients of the personal data',
  cites: ['13(1)(e)', '14(1)(e)'],
  docArticle: 13,
  explanation: 'The notice must name who receives the personal data, or the categories of recipients (e.g. hosting providers, payment processors, authorities).',
  remedy: 'Say to whom you disclose personal data: named recipients or categories (service providers, group companies, authorities).',
  anchorHeadings: HEADINGS,
  patterns: {
    cues: ['shar', 'disclos', 'transfer', 'transmit', 'provid', 'pass', 'sell', 'rent', 'recipient'],
    any: [
      /\b(share|sharing|shared|disclose|disclosed|disclosure|transfer|transmit|provide|pass|sell|rent)\w*\b[^.]{0,80}\b(with|to)\b[^.]{0,60}\b(third[- ]part(y|ies)|service providers?|processors?|vendors?|partners?|affiliates?|subsidiaries|group companies|authorities|law enforcement|contractors|suppliers|advertis\w+|analytics providers?)\b/,
      /\brecipients?\b/,
      /\b(we (do not|don't|never) (share|sell|disclose|rent))\b/,
    ],
    sectionHeadings: HEADINGS,
    inSection: [/\b(provider|processor|partner|affiliate|authorit|vendor|third)/],
  },
});
