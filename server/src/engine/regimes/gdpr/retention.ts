// Art. 13(2)(a) / 14(2)(a): how long the data are stored, or the criteria that decide it.
//
// The transparency guidelines of the Article 29 Working Party (WP260 rev.01, endorsed by the EDPB)
// say a generic statement that data are kept "as long as necessary for the purposes" does not
// meet this point. So a sentence counts only if it gives a period ("for 24 months"), an event that
// ends storage ("until you close your account", "deleted at the end of the contract") or concrete
// criteria ("statutory retention periods under tax law", "limitation periods for legal claims",
// "the criteria we use include …"). "As long as necessary" on its own addresses the item without
// meeting it: it makes the item insufficient (the `partial` patterns), not missing.
import { gdprItem } from './define';

const HEADINGS = [/\b(retention|retain|how long|storage period|keep(ing)? your|store|storing)\b/];

/** Storing, keeping or deleting: the sentence speaks of storage. */
const STORE = String.raw`\b(retain|retention|keep|kept|stor(e|ed|es|ing|age)|hold|holds|holding|held|maintain|delet|eras|anonymi|pseudonymi|destroy|purg|dispos|archiv|remov|discard)\w*\b`;
/** Deleting, erasing, anonymising: the end of storage. */
const END = String.raw`\b(delet|eras|anonymi|destroy|purg|dispos|remov|discard)\w*\b`;
/** Keeping, in its word forms (not deleting). */
const KEEP = String.raw`\b(retain|retains|retained|retaining|keep|keeps|keeping|kept|stor(e|ed|es|ing)|hold|holds|holding|held|maintain|maintains|maintained|archived)\b`;
/** What a need-based statement ties storage to: "as long as necessary", "no longer than needed", "the time required". */
const NEED = String.raw`(necessar\w*|need|needs|needed|requir\w*|appropriate|relevant|useful|reasonabl\w*|permitted|justified|legitimate|entitled)`;
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

const UNLESS = [
  // The grounds of the right to erasure ("no longer necessary") are not a storage period.
  // ("right after deletion" is a time, not a right.)
  /\bright (to|of)\b[^.]{0,40}\b(erasure|erase|delete|deletion|be forgotten)\b/,
  // The time we take to answer a request is not how long we keep data.
  /\b(respond|reply|answer|acknowledge|fulfil|fulfill|action|complete|process)\w* (to )?(your |such |the |all |any |a |every )?(request|requests|inquir\w*|enquir\w*)\b/,
  /\bwithin \S{1,12} (\w+ )?days? of (receiving|receipt|your request|the request)\b/,
  // A cookie that lasts until you clear it or close the browser says nothing of the data we keep.
  /\bcookies?\b[\s\S]{0,160}\b((until|when|once) you (delete|clear|remove|close)|end of (the |a |your |each )?(browser |browsing )?session|close (your |the )?(web )?browser)\b/,
];

/** We, our servers or the app as the subject of a denial of keeping: "we do not store", "our servers never keep". */
const WE_NOT = String.raw`\b(we|i|our (servers?|apps?|application|systems?|company|team)|the (app|application|service|company|developer))( (do|does|did|will|shall|would|can))?( not|n't| never)( (\w+) (or|and|nor))?( \w+)? `;
/** A denial qualified by a time ("do not keep it longer than necessary", "after use"): not a plain denial. */
const NOT_A_DENIAL = String.raw`(?![^.]{0,60}\b(longer|beyond|more than|after|once|unless|except|until|other than|than)\b)`;

/** The data in general words: "the information", "your personal data", "any such data" (not "passwords" or "card numbers"). */
const ANY_DATA = String.raw`\b(the|this|that|such|these|those|your|any|any such)( personal| user)? (data|information|info|pii)\b`;
/** Other senses of keeping and holding: "hold responsible", "keep track", "stored in plain text". */
const NOT_KEPT_SENSE = String.raw`(?! (ourselves|you|track|responsible|liable|accountable|confidential|secret|private|up to date|in mind|in (plain|clear)))`;

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
    cues: ['retain', 'retention', 'keep', 'kept', 'store', 'storing', 'storage', 'hold', 'held', 'maintain', 'delet', 'eras', 'anonymi', 'pseudonymi', 'destroy', 'purg', 'dispos', 'archiv', 'remov', 'discard', 'criteri', 'factors'],
    unless: UNLESS,
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
      // A period without end: "comments are retained indefinitely".
      new RegExp(`${KEEP}[^.]{0,60}\\b(indefinitely|forever|in perpetuity|permanently)\\b(?! (delet|eras|remov|destroy))`),
      // Discarded straight after use: storage that ends at once.
      new RegExp(`${END}[^.]{0,30}\\b(immediately|instantly|right|directly|promptly) (after|once|when|upon|following)\\b`),
      // A plain denial: nothing is kept ("we do not retain any personal data").
      new RegExp(`${WE_NOT}(retain|store|keep|hold) (any|your) (personal |user )?(data|information|info|pii)\\b${NOT_A_DENIAL}`),
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
  // Statements that address storage without a period or criteria: "as long as necessary", "no
  // longer than needed", "deleted when no longer needed", "we do not store your card details".
  // Under WP260 these fall short of Art. 13(2)(a); they make the item insufficient, not missing.
  partial: {
    cues: ['retain', 'retention', 'keep', 'kept', 'store', 'storing', 'storage', 'hold', 'held', 'maintain', 'delet', 'eras', 'anonymi', 'pseudonymi', 'destroy', 'purg', 'dispos', 'remov', 'discard', 'archiv'],
    unless: [
      ...UNLESS,
      // Not collecting children's data is not a storage period.
      /\b(child|children|minors?|kids)\b/,
      // The grounds of the rights to restriction and objection ("we no longer need the data, but you
      // need it for a claim") and the exemptions from a request are not a storage period.
      /\b(restrict|limit)\w* (the )?(processing|use)\b|\bobject\w* to\b|\bexempt\w* from\b/,
      // A request for erasure with its exception ("have it deleted where we need not retain it") is the right, not a period.
      /\b(ask|asking|request|requesting)\b[^.]{0,30}\b(delet|eras)\w*|\bhave (it|them|your (\w+ )?(data|information)) (deleted|erased)\b/,
    ],
    any: [
      // "We retain your data as long as necessary", "kept only so long as we need it".
      new RegExp(`${KEEP}[^.]{0,100}\\b(as|so) long as\\b[^.]{0,40}\\b${NEED}\\b`),
      new RegExp(`\\b(as|so) long as\\b[^.]{0,40}\\b${NEED}\\b[^.]{0,60}${KEEP}`),
      // "We will not keep your data longer than necessary", "no longer than is required".
      new RegExp(`${KEEP}[^.]{0,100}\\blonger than\\b[^.]{0,30}\\b${NEED}\\b`),
      // "For the period necessary", "the least amount of time required", "long enough to".
      new RegExp(`${KEEP}[^.]{0,100}\\b(period|time|duration|timeframe|time frame)\\b[^.]{0,25}\\b${NEED}\\b`),
      new RegExp(`${KEEP}[^.]{0,100}\\blong enough\\b`),
      // "For a limited period", "for a reasonable time", "for a shorter period of time".
      new RegExp(`${KEEP}[^.]{0,80}\\b(for|during|within) (a|an|the) (limited|reasonable|short|shorter|longer|certain|specific|defined|appropriate|necessary) (period|time|amount|duration)\\b`),
      // "Stored only temporarily", "temporarily kept in a cache".
      /\b(stored|retained|kept|held|store|retain|keep|hold)( only)? temporarily\b|\btemporarily (stored|retained|kept|held|store|retain|keep|hold)\b/,
      // "Deleted when no longer needed", "when we no longer need it, we erase it".
      new RegExp(`${END}[^.]{0,80}\\bno (longer|further|ongoing)\\b[^.]{0,30}\\b${NEED}\\b`),
      new RegExp(`\\bno (longer|further|ongoing)\\b[^.]{0,30}\\b${NEED}\\b[^.]{0,80}${END}`),
      // "Deleted once the purpose has been fulfilled".
      new RegExp(`${STORE}[^.]{0,80}\\b(once|when|after|as soon as)\\b[^.]{0,30}\\bpurposes?\\b[^.]{0,30}\\b(fulfill?ed|achieved|served|met|accomplished|completed|satisfied|attained)\\b`),
      // "We will cease to retain your data".
      new RegExp(`\\b(cease|stop)\\w* (to )?${KEEP}`),
      // Keeping tied to a legal duty in general words: "we retain data to comply with our legal obligations".
      new RegExp(`\\b(retain|retains|retained|retaining|retention|kept)\\b[^.]{0,80}\\b(legal|statutory|regulatory) (obligations?|requirements?|duty|duties)\\b|\\b(legal|statutory|regulatory) (obligations?|requirements?|duty|duties)\\b[^.]{0,60}\\b(retain|retention)\\b`),
      // The period named, but only as depending on the purposes.
      /\b(retention|storage) (periods?|times?|durations?)\b[^.]{0,60}\b(depend|var(y|ies)|determined|based)\w*/,
      // A denial for the data in general words: "we do not store the information", "such data are not retained".
      new RegExp(`${WE_NOT}(retain|store|keep|hold) ${ANY_DATA}`),
      new RegExp(`${ANY_DATA}[^.]{0,40}\\b(is|are|will be|be|gets?)( not| never)( be)? (retained|stored|kept|held)\\b${NOT_KEPT_SENSE}`),
    ],
  },
  partialLacks: 'Retention "as long as necessary" alone is not enough (WP260): give the period, or the criteria that decide it.',
});
