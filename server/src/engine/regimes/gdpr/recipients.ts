// Art. 13(1)(e): the recipients or categories of recipients.
//
// Addressed when the text names who receives the data or their categories (service providers,
// advertisers, analytics, affiliates, authorities), names third-party services that collect data
// (an SDK list: "the app uses third-party services that may collect information: Google Analytics,
// AdMob"), names a processor in any role ("hosted by X", "payments are processed by X"), or denies
// sharing. Not by the recipient of a message, users sharing with the public, or a bare "we do not sell".
import { gdprItem } from './define';

const HEADINGS = [/\b(shar(e|ing)|disclos|recipients?|third part|who (we|do we) (share|give))/];

/** Giving data to someone, in its word forms (not "providers", "password", "sellers"). */
const GIVE = String.raw`\b(share|shares|shared|sharing|disclose|discloses|disclosed|disclosing|disclosure|transfer|transfers|transferred|transferring|transmit|transmits|transmitted|transmitting|provide|provides|provided|providing|pass|passes|passed|passing|sell|sells|selling|sold|rent|rents|rented|renting|make available|made available)\b(?! (you|yourself|users?|visitors|customers|us)\b| (to|with) (us|you)\b)`;
/** "To" or "with" introducing whom, not an infinitive ("safeguards to protect", "necessary to comply"). */
const TO_WHOM = String.raw`\b(with|to)\b(?! (protect|help|improve|ensure|comply|provide|make|keep|prevent|detect|enable|allow|assist|support|offer|deliver|perform|process|operate|maintain|analy[sz]e|understand|personali[sz]e|show|serve|send|respond|fulfil|fulfill|facilitate|manage|administer|run|conduct|carry|verify|investigate|enforce|establish|exercise|defend|meet|do|be|use|access|collect|identify|contact|create)\b)`;
/** Collecting or receiving data (not merely "used by"). */
const COLLECTS_DATA = String.raw`\b(collect|collects|collected|collecting|collection|receive|receives|received|access|accesses|process|processes|processed|gather|gathers|obtain|obtains|track|tracks|store|stores|stored)\b`;
/** Categories of recipients. */
const RECIPIENT = String.raw`\b(third[- ]part(y|ies)|service providers?|processors?|sub-?processors?|vendors?|partners?|affiliates?|subsidiaries|group companies|authorities|law enforcement|contractors|suppliers|advertisers|advertising (partners?|networks?|companies|providers?|platforms?|services?)|ad networks?|analytics (providers?|services?|companies|partners?)|payment (processors?|providers?|gateways?|services?)|hosting (providers?|companies|services?)|government (agencies|bodies|authorities)|regulators|courts?|agencies|auditors|(professional )?advisers|advisors|insurers|banks)\b`;
/** Well-known third-party services that receive personal data from apps and sites (in groups of
 * at most 14 names, so that each pattern keeps its own literal prefilter). */
const SERVICE_GROUPS = [
  String.raw`\b(google analytics|google play services|firebase|crashlytics|admob|adsense|google ads|google mobile ads|google tag manager|facebook sdk|facebook pixel|facebook analytics|facebook ads|facebook login)\b`,
  String.raw`\b(meta pixel|unity ads|applovin|ironsource|appsflyer|mixpanel|amplitude|sentry|bugsnag|onesignal|hotjar|stripe|paypal|braintree)\b`,
  String.raw`\b(amazon web services|aws|cloudflare|mailchimp|sendgrid|intercom|zendesk|hubspot|salesforce|twilio|vungle|chartboost|mopub|inmobi)\b`,
  String.raw`\b(yandex metrica|expo)\b`,
];
/** Collecting, receiving or processing data: what a third-party service does with it. */
const COLLECTS = String.raw`\b(collect|collects|collected|collecting|receive|receives|received|access|accesses|process|processes|processed|gather|gathers|obtain|obtains|track|tracks|store|stores|stored|use|uses|used)\b`;

export default gdprItem({
  name: 'recipients',
  title: 'Recipients of the personal data',
  cites: ['13(1)(e)', '14(1)(e)'],
  docArticle: 13,
  explanation: 'The notice must name who receives the personal data, or the categories of recipients (e.g. hosting providers, payment processors, authorities).',
  remedy: 'Say to whom you disclose personal data: named recipients or categories (service providers, group companies, authorities).',
  anchorHeadings: HEADINGS,
  patterns: {
    cues: [
      'shar', 'disclos', 'transfer', 'transmit', 'provid', 'pass', 'sell', 'sold', 'rent', 'made available', 'make available', 'recipient',
      'third part', 'third-part', 'hosted', 'behalf', 'processed by', 'processed through', 'processed via', 'handled by', 'handled through', 'handled via', 'managed by', 'managed through', 'managed via', 'carried out by', 'carried out through', 'carried out via', 'stored by', 'stored through', 'stored via',
      'google', 'firebase', 'crashlytics', 'admob', 'adsense', 'facebook', 'meta pixel', 'unity', 'applovin', 'ironsource', 'appsflyer',
      'mixpanel', 'amplitude', 'sentry', 'bugsnag', 'onesignal', 'hotjar', 'stripe', 'paypal', 'braintree', 'amazon web services', 'aws',
      'cloudflare', 'mailchimp', 'sendgrid', 'intercom', 'zendesk', 'hubspot', 'salesforce', 'twilio', 'vungle', 'chartboost', 'mopub', 'inmobi', 'yandex', 'expo',
    ],
    any: [
      // "We share your data with service providers", "disclosed to the tax authorities".
      new RegExp(`${GIVE}[^.]{0,80}${TO_WHOM}[^.]{0,60}${RECIPIENT}(?! (websites?|sites|links?|platforms?)\\b)`),
      // The word "recipients" in the sense of Art. 13(1)(e): "the recipients of your personal data",
      // "categories of recipients", "our recipients" (not the recipient of a message, a gift or a payment).
      /\bcategor(y|ies) of recipients?\b/,
      /\brecipients? (or categories of recipients )?(of|to whom) (your |the |such |any )?(personal )?(data|information)\b/,
      /\b(our|the following|these|such|any|other|third-party|third party|external|possible|potential) recipients?\b/,
      /\brecipients? (include|are|is|may be|will be|such as)\b|\brecipients?\s*:/,
      // "We do not share your personal data with third parties" says there are none; "we do not
      // sell your data" or "we do not share data obtained through other sites" says nothing of who receives.
      /\bwe (do not|don't|never|will not|won't|shall not)( ever)? (share|sell|disclose|rent|pass|transfer|provide)\b[^.]{0,80}\b(with|to)\b[^.]{0,20}\b(third[- ]part|anyone|anybody|any (other )?(one|person|company|companies|organi[sz]ations?|entit)|outside|others\b|other (companies|organi[sz]ations|parties|entities))/,
      /\bwe (do not|don't|never|will not|won't|shall not)( ever)? (share|disclose|pass on|transfer)( (your|any))?( personal)? (data|information|pii)( (to|with) anyone)?\s?[.;]?$/,
      // Third-party services that collect data: "the app uses third-party services that may collect
      // information used to identify you", "third-party code and libraries that collect information".
      // (The third party collects, not we: "through a third-party network such as X, we may collect" is a source.)
      new RegExp(`\\bthird[- ]part(y|ies)\\b[^.]{0,20}\\b(services?|providers?|sdks?|companies|vendors?|partners?|plugins?|networks?)\\b(?:(?!\\bwe\\b)[^.]){0,80}${COLLECTS_DATA}`),
      // "These third parties have access to your personal information".
      /\bthird[- ]part(y|ies)\b[^.]{0,60}\b(have|has|get|gain|given|granted|receive)\b[^.]{0,20}\baccess to (your|the|their|users'?|such|this)\b/,
      // "We may employ third-party companies and individuals", "we engage third-party vendors".
      /\b(employ|engage|use|hire|retain|contract)\w*\b[^.]{0,20}\bthird[- ]party (companies|individuals|service providers|vendors|contractors|processors|providers)\b/,
      // A named service that receives data: "we use Google Analytics", "AdMob may collect information".
      // (Three patterns, so that each is tried only on sentences naming a service.)
      ...SERVICE_GROUPS.flatMap((g) => [
        new RegExp(`${g}[^.]{0,120}${COLLECTS}`),
        new RegExp(`\\b(use|uses|using|integrat\\w*|implement\\w*|employ\\w*|embed\\w*|rely on|relies on)\\b[^.]{0,40}${g}`),
        new RegExp(`\\b(collected|processed|stored|received|handled) (by|through|via|with) ${g}`),
      ]),
      // A processor in any role: "hosted by X", "payments are processed by X".
      /\bhosted (by|on|with|at) (?!(us|you|your|our|we|this|it|them|the (app|device|servers?|website|site)|(secure |dedicated |cloud |remote )?servers?)\b)[a-z0-9]/,
      /\b(payments?|transactions?|billing|card (details|data|information)|purchases?)\b[^.]{0,60}\b(processed|handled|managed|carried out) (by|through|via) (?!(us|you|we|our|the (app|user)|your)\b)[a-z0-9]/,
      /\b(processed|stored|handled) (by|through|via) (a |an |the |our )?(third|external|outside|independent|payment|hosting|cloud|service|trusted)\b/,
      // Processors named by their role, acting for us (Art. 28; a processor is a recipient, Art. 4(9)):
      // "our hosting provider and our crash-reporting service process your data on our behalf".
      /\b(providers?|processors?|vendors?|contractors?|suppliers?|services?|partners?|compan(y|ies)|agenc(y|ies))\b[^.]{0,60}\b(process|store|host|handle|hold|receive|access)\w*\b[^.]{0,60}\bon (our|its|the controller's) behalf\b/,
    ],
    unless: [
      // Users sharing with the public or with each other: "members often share information with the
      // general public" (unless the sentence goes on to say what we share).
      /\b(you|users?|members?|visitors?|participants?)\b( [a-z]+){0,3} (share|post|disclose|publish)\w*\b[^.]{0,80}\b(general public|publicly|other (users|members|participants)|user community)\b(?![^.]{0,120}\bwe\b)/,
      // The right to data portability: "request the transfer of your data to you or a third party".
      /\b(request|ask for|obtain)\w*( the)? transfer\b|\bportab/,
      // What the right of access lets you learn ("the recipients to whom the data have been disclosed").
      /\b(right (of|to) (access|obtain|know|request|be informed)|you (can|may) (request|ask for|obtain) (information|details|confirmation))\b[^.]{0,120}\brecipients?\b/,
    ],
    sectionHeadings: HEADINGS,
    inSection: [/\b(provider|processor|partner|affiliate|authorit|vendor|third)/],
    // "We may share your information with:" followed by a list of recipients.
    listIntro: [
      new RegExp(`${GIVE}[^.:]{0,120}(?<!\\b(necessary|needed|required|order|able|used|have|want|need|intend|likely|reasonably) )${TO_WHOM}( [a-z'-]+){0,5}\\s*[:\\u2013\\u2014-]\\s*$`),
      // "We may share your information:" followed by "- with service providers".
      new RegExp(`${GIVE}[^.:]{0,60}\\b(data|information|details)\\s*[:\\u2013\\u2014-]\\s*$`),
      // "Third parties we work with:", not "we collect data from third parties, such as:" (a source).
      /^(?![^.]{0,200}\b(from|receive|received|obtain|obtained)\b)[^.]{0,200}\b(third[- ]part(y|ies)|recipients?)\b[^.]{0,80}[:\u2013\u2014-]\s*$/,
      /\bwho (we|do we) (share|disclose|give)\b[^.]{0,60}[:\u2013\u2014-]\s*$/,
    ],
    inList: [new RegExp(RECIPIENT), ...SERVICE_GROUPS.map((g) => new RegExp(g)), /\b(\w+ companies|(hosting|delivery|payment|insurance|courier|shipping|cloud|analytics|marketing|advertising|technology|software|group|affiliated|partner|other|outside|external) company|organi[sz]ations?|entities|providers?|agencies|bodies|institutions|operators|platforms?|networks?|merchants|carriers|couriers|developers|publishers)\b/],
  },
});
