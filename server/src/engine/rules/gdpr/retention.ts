// Art. 13(2)(a) / 14(2)(a): how long the data are stored, or the criteria that decide it.
//
// The transparency guidelines of the Article 29 Working Party (WP260 rev.01, endorsed by the EDPB)
// say a generic statement that data are kept "as long as necessary for the purposes" does not
// meet this point. So a sentence counts only if it gives a period ("for 24 months"), an event that
// ends storage ("until you close your account", "deleted at the end of the contract") or concrete
// criteria ("statutory retention periods under tax law", "limitation periods for legal claims",
// "the criteria we use include …"); "as long as necessary" on its own does not.
import { gdprItem } from '../framework/defineGdpr';

const HEADINGS = [/\b(retention|retain|how long|storage period|keep(ing)? your|store|storing)\b/];

/** Storing, keeping or deleting: the sentence speaks of storage. */
const STORE = String.raw`\b(retain|retention|keep|kept|stor(e|ed|es|ing|age)|hold|holds|holding|held|maintain|delet|eras|anonymi|pseudonymi|destroy|purg|dispos|archiv|remov)\w*\b`;
/** Deleting, erasing, anonymising: the end of storage. */
const END = String.raw`\b(delet|eras|anonymi|destroy|purg|dispos|remov)\w*\b`;
const NUM = String.raw`(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|eighteen|twenty|twenty-four|thirty|sixty|ninety|a hundred)`;
/** A length of time: "24 months", "thirteen (13) months", "10-year", "6 (+1) years"; not an age or a rate. */
const PERIOD = String.raw`(?<!\b(every|per|each|under|over|aged?) )\b${NUM}( ?\([^)\n]{1,6}\))?[- ]((calendar|business|working|full|consecutive|additional|further) )?(hour|day|week|month|year)s?\b(?! (old|of age|a (day|week|year)))`;
/** The event that ends storage: closing the account, the end of the contract, withdrawing consent. */
const EVENT = String.raw`(account|contract|subscription|membership|relationship|agreement|registration|profile|session|employment|engagement|tenancy|booking|order|warranty|guarantee|competition|promotion|proceedings|litigation)`;
const TRIGGER = [
  String.raw`\buntil (such time as |the time )?you(r)?\b`,
  String.raw`\buntil (the )?(end|termination|expiry|expiration|closure|deletion|cancellation|conclusion|completion) of (?!(the |its |their |such |these |those )?(purpose|processing|need))`,
  String.raw`\bas long as (your|the|an?|you have an?|you hold an?|you keep your) (active |open |customer |user )?${EVENT}`,
  String.raw`\bas long as you (use|have|maintain|remain|are|continue|stay|hold|keep|do not|don't|subscribe|are subscribed)\b`,
  String.raw`\bas long as we have an? (\w+ )?(relationship|contract|agreement) with you\b`,
  String.raw`\bfor the (duration|term|life|lifetime|length) of (your|the|our|this|any|each) (\w+ )?${EVENT}`,
].join('|');
/** The end of storage tied to an event: "deleted when you close your account", "erased at the end of the contract". */
const ENDS_ON = String.raw`\b(when|once|after|if|as soon as|upon|on|at|following|with) (you (close|delete|cancel|terminate|deactivate|remove|end|stop|leave) (your |the |an? |using )?(\w+ )?${EVENT}|you (unsubscribe|withdraw (your )?consent|revoke (your )?consent|opt out)|(your|the) (\w+ )?${EVENT} (is |has been |are |have been )?(closed|deleted|cancell?ed|terminated|ended|ends|expires|deactivated|removed)|(the )?(end|termination|expiry|expiration|closure|deletion|cancellation|conclusion|completion) of (your|the|our|this|that|a|any) (\w+ )?${EVENT}|(account|contract|subscription|membership) (closure|deletion|termination|cancellation|expiry))\b`;
/** Laws and legal periods that decide storage: retention duties under tax or commercial law, limitation periods. */
const LAW = String.raw`\b((statutory|legal|regulatory|mandatory|legally (required|mandated|prescribed)) (retention|storage|record[- ]keeping|archiving|preservation|documentation) (periods?|requirements?|obligations?|rules?|dut(y|ies)|deadlines?)|(tax|commercial|accounting|bookkeeping|fiscal|company|corporate|employment|labou?r|social security|anti-money[- ]laundering|money[- ]laundering|banking|financial services|insurance|medical|health ?care) (laws?|legislation|codes?|regulations?|rules|requirements|obligations|provisions|purposes|reasons|records)|(limitation|prescription) periods?|statutes? of limitations?|claims? (could|can|may) no longer (arise|be (brought|made|raised|asserted))|time[- ]barred)\b`;
/** Criteria named as such, or what decides the period. */
const CRITERIA = String.raw`\b(criteria|criterion|factors)\b`;
const DECIDED_BY = String.raw`\b(depend(s|ing)?|determined|decided|based|var(y|ies|ying)( depending)?) (on|upon|by|according to)\b[^.]{0,80}\b(nature|types?|kinds?|categor(y|ies)|sensitivity|amount|volume|legal|laws?|statutory|contracts?|risks?)\b`;

export default gdprItem({
  name: 'retention',
  title: 'Storage period',
  cites: ['13(2)(a)', '14(2)(a)'],
  docArticle: 13,
  explanation: 'The notice must say how long personal data are kept or, where no fixed period is possible, the criteria used to decide it.',
  remedy:
    'State how long each category of data is kept, or the criteria that decide it (e.g. "for the duration of the contract and 6 years thereafter, as required by tax law", "until you close your account"). ' +
    'Saying only that data are kept "as long as necessary" for the purposes is not enough: the transparency guidelines of the Article 29 Working Party (WP260, endorsed by the EDPB) require the period or the criteria themselves.',
  anchorHeadings: HEADINGS,
  patterns: {
    cues: ['retain', 'retention', 'keep', 'kept', 'store', 'storing', 'storage', 'hold', 'held', 'maintain', 'delet', 'eras', 'anonymi', 'pseudonymi', 'destroy', 'purg', 'dispos', 'archiv', 'remov', 'criteri', 'factors'],
    unless: [
      // The grounds of the right to erasure ("no longer necessary") are not a storage period.
      // ("right after deletion" is a time, not a right.)
      /\bright (to|of)\b[^.]{0,40}\b(erasure|erase|delete|deletion|be forgotten)\b/,
      // The time we take to answer a request is not how long we keep data.
      /\b(respond|reply|answer|acknowledge|fulfil|fulfill|action|complete|process)\w* (to )?(your |such |the |all |any |a |every )?(request|requests|inquir\w*|enquir\w*)\b/,
      /\bwithin \S{1,12} (\w+ )?days? of (receiving|receipt|your request|the request)\b/,
      // A cookie that lasts until you clear it or close the browser says nothing of the data we keep.
      /\bcookies?\b[\s\S]{0,160}\b((until|when|once) you (delete|clear|remove|close)|end of (the |a |your |each )?(browser |browsing )?session|close (your |the )?(web )?browser)\b/,
    ],
    any: [
      // A period: "we keep invoices for ten years", "access logs are deleted after 90 days".
      new RegExp(`${STORE}[^.]{0,120}${PERIOD}`),
      new RegExp(`${PERIOD}[^.]{0,120}${STORE}`),
      // An event that ends storage.
      new RegExp(`${STORE}[^.]{0,120}(${TRIGGER})`),
      new RegExp(`(${TRIGGER})[^.]{0,80}${END}`),
      new RegExp(`${END}[^.]{0,80}${ENDS_ON}`),
      new RegExp(`${ENDS_ON}[^.]{0,80}${END}`),
      // "Unless you request the deletion of your account, we retain your data."
      new RegExp(`\\bunless you\\b[^.]{0,30}\\b(delet|clos|cancel|terminat|deactivat)\\w* (of )?(your |the )?(\\w+ )?${EVENT}[^.]{0,80}${STORE}`),
      // Criteria: retention duties under a law, limitation periods, criteria named as such.
      new RegExp(`${STORE}[^.]{0,150}${LAW}`),
      new RegExp(`${LAW}[^.]{0,100}${STORE}`),
      new RegExp(`${STORE}[^.]{0,80}${CRITERIA}|${CRITERIA}[^.]{0,80}(${STORE}|\\bhow long\\b)`),
      // "To determine the appropriate retention period, we consider the amount, nature and sensitivity of the data".
      new RegExp(`\\b(determin|decid|set|establish|assess)\\w*\\b[^.]{0,40}\\b((retention|storage) periods?|how long (we|to) (keep|retain|store|hold))\\b[^.]{0,60}\\b(consider|take into account|taking into account|look at|weigh)\\b`),
      new RegExp(`\\b(retention|storage) (periods?|times?|durations?)\\b[^.]{0,40}${DECIDED_BY}|\\bhow long we (keep|retain|store|hold)\\b[^.]{0,40}${DECIDED_BY}|\\b(length of time|period of time|time period|periods?) (for which |that |during which )?we (keep|retain|store|hold)\\b[^.]{0,40}${DECIDED_BY}`),
    ],
    sectionHeadings: HEADINGS,
    // Under a retention heading the storage word may be in the heading: a period, an event or criteria suffice.
    inSection: [
      new RegExp(PERIOD),
      new RegExp(TRIGGER),
      new RegExp(LAW),
      new RegExp(CRITERIA),
      new RegExp(DECIDED_BY),
      // Criteria in plain words: "we think about what type of information it is, how sensitive it is and any legal requirements".
      /\b(consider|think about|take into account|taking into account|look at|weigh)\b[^.]{0,60}\b(type|nature|amount|sensitiv\w*|categor(y|ies)|legal (requirements|obligations))\b/,
    ],
  },
});
