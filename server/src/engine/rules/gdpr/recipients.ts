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
      // Not the recipient of a message, a gift or a payment ("between you and the recipient").
      /(?<!\b(you and|sender and|to|from|with) (the|a|an|your|each|its|their) )\brecipients?\b(?! of (your |the |a |an |our |this |each )?(messages?|e-?mails?|newsletters?|gifts?|invitations?|texts?|sms|payments?|referrals?|cards?|notifications?|mail|parcels?|packages?)\b)/,
      // "We do not share your personal data with third parties" says there are none; "we do not
      // sell your data" or "we do not share data obtained through other sites" says nothing of who receives.
      /\bwe (do not|don't|never|will not|won't|shall not)( ever)? (share|sell|disclose|rent|pass|transfer|provide)\b[^.]{0,80}\b(with|to)\b[^.]{0,20}\b(third[- ]part|anyone|anybody|any (other )?(one|person|company|companies|organi[sz]ations?|entit)|outside|others\b|other (companies|organi[sz]ations|parties|entities))/,
      /\bwe (do not|don't|never|will not|won't|shall not)( ever)? (share|disclose|pass on|transfer)( (your|any))?( personal)? (data|information|pii)( (to|with) anyone)?\s?[.;]?$/,
    ],
    unless: [
      // Users sharing with the public or with each other: "members often share information with the
      // general public" (unless the sentence goes on to say what we share).
      /\b(you|users?|members?|visitors?|participants?)\b( [a-z]+){0,3} (share|post|disclose|publish)\w*\b[^.]{0,80}\b(general public|publicly|other (users|members|participants)|user community)\b(?![^.]{0,120}\bwe\b)/,
    ],
    sectionHeadings: HEADINGS,
    inSection: [/\b(provider|processor|partner|affiliate|authorit|vendor|third)/],
  },
});
