// The claims a sentence makes on the topics where drafts contradict themselves: selling data,
// sharing it for others' marketing, transfers out of the EEA/UK, retention periods, children,
// cookies and automated decisions. A claim is typed (topic, denial or affirmation, and what it is
// about) so that the rule (../contradiction.ts) compares like with like.
//
// Precision first: a sentence that hedges (a condition, an exception, a question, a right being
// described, a hypothesis) makes no claim here. An affirmation must carry no negation at all,
// so that "we never sell your data or share it with advertisers" is never read as sharing.
// Every pattern runs on one sentence's normalised text with bounded gaps only.

import type { Sentence } from '../../../model/document';
import type { RuleContext } from '../../framework/ruleTypes';
import { cuedSentences, cueList, listIntroductions } from '../../framework/match';
import { scopeOf } from '../../framework/scope';
import { NON_ADEQUATE_COUNTRIES, NON_ADEQUATE_FORMS, nonAdequateCountry } from '../../../law/adequacy';

export type Topic = 'sale' | 'sharing' | 'transfer' | 'retention' | 'children' | 'cookies' | 'automated';

export interface Claim {
  topic: Topic;
  /** Retention periods are all affirmations; two differing ones conflict. */
  polarity: 'deny' | 'affirm';
  sentence: Sentence;
  /** The words to quote, as offsets into the text. */
  start: number;
  end: number;
  /** sale: 'ordinary', or the statute whose definition of a sale the passage uses ("may be considered a 'sale' under the CCPA"). */
  sense?: string;
  /** transfer (affirm): the country named. */
  country?: string;
  /** retention: the data category, the period in days, its bound and what it runs from. */
  category?: string;
  days?: number;
  bound?: 'exact' | 'max' | 'min';
  anchor?: string;
  /** children: the age under which the statement applies (undefined: children in general). */
  age?: number;
  /** cookies: what a denial covers ('any', 'advertising', 'analytics'); what an affirmation names. */
  kind?: string;
  tool?: string;
}

// ---- shared hedges --------------------------------------------------------------------------

/** Any negation: an affirmation has none. */
const NEGATION = /\b(not|never|no|neither|nor|none|nothing|without|cannot|refrain)\b|n't\b/;
/** Conditions, exceptions and hypotheses: the statement is not absolute, so it contradicts nothing. */
const CONDITION = /\b(unless|except|excepting|exception|other than|apart from|aside from|save for|if|in the event|in case|should (we|you)|provided that|only (where|when|if)|subject to (your|applicable|any|the (conditions|terms|exceptions|limitations))|with (your |the )?(prior |explicit |express |affirmative |verifiable |verified )?(consent|permission|agreement|authori[sz]ation)|only (with|after|once)|where you have (agreed|consented|opted)|opt(ed)?[- ]in|would|could|might|without (either )?(your|first|asking|prior|the|their|our|express|explicit)|where (otherwise )?(permitted|required|allowed|necessary|applicable|appropriate)|you (have )?(agreed|consented)|(upon|on) (receipt of )?your (consent|request|instructions?)|generally|in general|typically|usually|normally|ordinarily|in principle)\b/;
/** Rights and requests described: "you have the right to know whether we sell…". */
const RIGHTS_TALK = /\b(right to|(know|ask|tell you|learn|find out) whether|right not to|not to be subject(ed)? to|rights? (of|under)|your rights|entitle[sd]?|request (that|information|a list|us to)|may (ask|request)|can (ask|request)|opt[- ]out|do not sell (or share )?my|shine the light|1798\.83|a list of|civil code|law (requires|permits|allows))\b|^\W{0,6}not be subject(ed)? to\b/;
/** Questions (an FAQ heading in prose: "Do we sell your data?"), and the indirect ones of a rights list ("whether we sell…"). */
const QUESTION = /\?|^\W{0,6}whether\b|^\W{0,4}(do|does|did|will|can|is|are) (we|you|i|the|our|my|this)\b|\b(do|does|did|have|has|will|can|are) we (sell|sold|share|shared|disclose|disclosed|transfer|use|collect|make|keep)\b/;
/** A contrast inside the quoted span: the negation before it does not reach what follows. */
const CONTRAST = /\b(but|however|although|though|while|whereas|yet|instead)\b/;

/** A list item whose introduction negates: "We never: - sell your data; - …". */
function negatedByIntroduction(ctx: RuleContext, s: Sentence): boolean {
  if (!s.listItem) return false;
  const intro = listIntroductions(ctx).get(s);
  return intro !== undefined && NEGATION.test(intro.norm);
}

/** Nothing hedges the sentence: no condition, question or description of a right, nor a list of rights it is an item of. */
// Asked only of sentences a topic's own pattern matched, once per sentence: the hedges are long
// alternations, and most cued sentences match no topic pattern.
function plain(ctx: RuleContext, s: Sentence): boolean {
  const cache = ctx.memo('drafting.plainSentences', () => new Map<number, boolean>());
  let is = cache.get(s.start);
  if (is === undefined) {
    const intro = s.listItem ? listIntroductions(ctx).get(s) : undefined;
    is = !CONDITION.test(s.norm) && !QUESTION.test(s.norm) && !RIGHTS_TALK.test(s.norm) && (intro === undefined || !RIGHTS_TALK.test(intro.norm));
    cache.set(s.start, is);
  }
  return is;
}

function affirmable(ctx: RuleContext, s: Sentence): boolean {
  return plain(ctx, s) && !NEGATION.test(s.norm) && !negatedByIntroduction(ctx, s);
}

function span(s: Sentence, m: RegExpExecArray): { start: number; end: number } {
  return { start: s.start + m.index, end: s.start + m.index + m[0].length };
}

/** A denial's negation reaches its object: no contrast word between them. */
function denial(re: RegExp, s: Sentence): RegExpExecArray | null {
  const m = re.exec(s.norm);
  return m && !CONTRAST.test(m[0]) ? m : null;
}

// ---- sale -----------------------------------------------------------------------------------

const SALE_CUES = cueList(['sell', 'sold', 'rent', 'sale', 'licens', 'trade', 'exchange for', 'return for']);
const DETERMINERS = String.raw`(the|your|our|their|any|all|such|this|that|these|users'|customers'|members'|visitors'|consumers'|subscribers'|of)`;
/** "We do not sell your personal information", "we will never sell or rent your data". */
/** Only a denial about personal information in general: "such information" points at a narrower set. */
const GENERAL = String.raw`(the|your|our|any|all|users'?|customers'?|members'?|visitors'?|consumers'?|subscribers'?|clients'?|user|customer|member|client|of)`;
const DENY_SALE = new RegExp(
  String.raw`\b(?!you\b|please\b|click\b|if\b|do\b|does\b)[a-z]+ (do not|does not|don't|doesn't|will not|won't|never|shall not|have not|has not|did not)( (ever|and will not|and never will|and never have|currently))? (sell|rent)(,? (or |and )?(sell|rent|trade|lease|license|share|disclose|otherwise disclose)){0,3}( ${GENERAL}){0,3} (personal (information|data)|information|data)\b` +
    String.raw`|\b(personal (information|data)|your (information|data))( (is|are|will|shall))? (not|never) (be )?(sold|rented)\b`,
);
/** The denial names one recipient or purpose: "to advertisers", "for their marketing". Not a general denial. */
const DENIAL_NARROWED = /^.{0,160}?\b(sell|rent|sold|rented)\b[^.;]{0,60}\b(to (?!(any )?third[- ]part|anyone|anybody|others\b|other (companies|parties|businesses|organi[sz]ations)|outside|unaffiliated)[a-z]+|for (their|its) (own )?|in (a|any) (way|manner)|health|medical|financial|sensitive|location)/;
/**
 * The denial covers some data or some purpose only: "collected in connection with the app", "that
 * is shared through the integration", "for their own marketing purposes", "with these ad networks".
 */
const DENIAL_PARTIAL = /\b((collected|obtained|processed|submitted|gathered|received|provided|shared) (in connection with|in the context of|on|through|via|from|at|by|when|during|as part of)|(information|data) (that|which) (is|are|was|were|you|we)|for [a-z' ]{0,30}\b(marketing|advertising|promotional) (purposes|uses?)|own (marketing|advertising|direct marketing|purposes|use)|with (these|such|those|the following)\b|(from|on|through) (the|our|this) (site|website|app|services?))/;
/** "Sell" in a statute's sense: quoted, or defined by the CCPA or another law. */
const LEGAL_SALE = /["'](sale|sell|sold|selling|sales)["']|\b(as (that term is |those terms are |the term is |sales? (is |are )?|sell(ing)? (is |are )?)?defined|defined (in|under|by)|within the meaning|under (the )?(applicable|state|u\.s\.|us) (law|laws|privacy)|consider(ed)? (a |to be a )?(sale|selling)|deemed (a |to be a )?(sale|selling)|constitutes? (a )?(sale|selling)|definition of)\b/;
/** The statute a sale is defined by, when named: each state defines "sale" its own way. */
const STATUTES: Array<[string, RegExp]> = [
  ['ccpa', /\b(ccpa|cpra|california|1798\.\d{3})\b/],
  ['nevada', /\b(nevada|603a)\b/],
  ['other state', /\b(vcdpa|virginia|colorado|connecticut|ctdpa|utah|ucpa|oregon|texas|montana|iowa|delaware|nebraska|new hampshire|new jersey|tennessee|minnesota|maryland|indiana|kentucky|rhode island|state privacy laws?)\b/],
];

function statuteIn(n: string): string | undefined {
  const named = STATUTES.find(([, re]) => re.test(n));
  if (named) return named[0];
  return LEGAL_SALE.test(n) ? 'legal' : undefined;
}

/**
 * In what sense a sentence speaks of selling: 'ordinary', or the statute whose definition it
 * uses, read from the sentence, the few sentences before it in its section, or its heading ("We
 * sell your personal data to these categories of third parties" after "sharing for advertising may
 * be considered a 'sale' under the CCPA"). A section addressed to US readers speaks in the statutes' sense.
 */
function saleSense(ctx: RuleContext, s: Sentence): string {
  const own = statuteIn(s.norm);
  if (own) return own;
  const { doc } = ctx;
  const index = sentenceIndex(ctx).get(s.start) ?? -1;
  for (let k = index - 1; k >= 0 && k >= index - 4 && doc.sentences[k].section === s.section; k--) {
    const near = statuteIn(doc.sentences[k].norm);
    if (near) return near;
  }
  const h = doc.sections[s.section]?.heading;
  const fromHeading = h ? statuteIn(doc.norm.slice(h.start, h.end)) : undefined;
  if (fromHeading) return fromHeading;
  return scopeOf(ctx, s) === 'us' ? 'us law' : 'ordinary';
}

function sentenceIndex(ctx: RuleContext): Map<number, number> {
  return ctx.memo('drafting.sentenceIndex', () => new Map(ctx.doc.sentences.map((x, i) => [x.start, i])));
}
const SALE_OBJECT = String.raw`(personal (information|data)|your (information|data|e-?mail( address(es)?)?|contact (details|information|data)|name)|information about you|data about you|identifiers|e-?mail addresses|contact (information|details|data|lists)|customer (lists|data|information)|user data|profiles|browsing (data|history)|location data|mailing lists|(subscriber|customer|e-?mail|contact|marketing) lists|lists of)`;
const AFFIRM_SALE = new RegExp(
  String.raw`\b(we|company)( (may|will|also|can|sometimes|occasionally|have|has|do|routinely|regularly)){0,2} (sell|sells|sold|rent|rents|rented|license|licenses|licensed|trade|trades)( ${DETERMINERS}){0,3}( (and|or) (share|disclose|rent|sell))?( ${DETERMINERS}){0,2} ${SALE_OBJECT}` +
    String.raw`|\b(personal (information|data)|your (information|data)|information about you)( [a-z]+){0,3} (is|are|may be|will be|has been|have been|can be) (sold|rented|licensed) to\b` +
    // A sale in other words: "we provide your personal data to data brokers in exchange for payment".
    String.raw`|\bwe\b[^.;]{0,30}\b(share|provide|disclose|give|transfer|pass)\b[^.;]{0,80}\b(in exchange for|in return for|for) (money|payment|a fee|fees|monetary (consideration|compensation)|compensation|cash)\b`,
);
/** A sale of the business, data bought or licensed from others, or data that are no longer personal. */
const NOT_A_SALE = /\b(licens\w*|purchas\w*|buy|buys|bought|acquire)\b[^.;]{0,60}\bfrom\b|\b(business|company|companies|assets?|brand) (is|are|be|being|was|were) (sold|acquired|transferred)\b|\b(comply with|legal process|subpoena|merger|acquisition|acquired|bankrupt\w*|reorgani[sz]\w*|assets|substantially all|buyer|purchaser|successor|aggregated?|anonymi[sz]ed|de-identified|deidentified|non-personal|pseudonymi[sz]ed)\b/;

function saleClaims(ctx: RuleContext, out: Claim[]): void {
  for (const s of cuedSentences(ctx, SALE_CUES)) {
    // A denial holds a negation, so it can be no affirmation: either way the sentence is done.
    const d = denial(DENY_SALE, s);
    if (d) {
      if (plain(ctx, s) && !NOT_A_SALE.test(s.norm) && !DENIAL_NARROWED.test(s.norm.slice(d.index)) && !DENIAL_PARTIAL.test(s.norm) && !MINORS.test(s.norm)) {
        out.push({ topic: 'sale', polarity: 'deny', sentence: s, ...span(s, d), sense: saleSense(ctx, s) });
      }
      continue;
    }
    const a = AFFIRM_SALE.exec(s.norm);
    if (a && affirmable(ctx, s) && !NOT_A_SALE.test(s.norm)) out.push({ topic: 'sale', polarity: 'affirm', sentence: s, ...span(s, a), sense: saleSense(ctx, s) });
  }
}

// ---- sharing for the recipient's own marketing -------------------------------------------------

const SHARING_CUES = cueList(['their own', 'its own', 'their marketing', 'their direct', 'their promotional', 'their advertising', 'its marketing', 'its direct']);
const OWN_OFFERS = String.raw`(send|offer|market|promote|advertise|show|contact)( you)?( with| about)?[^.;]{0,30}\b(their|its) (own )?(offers|products|services|promotions|marketing|advertising|ads|goods)\b`;
const OWN_MARKETING = String.raw`(for (their|its) (own )?(direct |promotional |commercial )?(marketing|advertising|promotional|promotion)( purposes)?|for (their|its) own (purposes|use|benefit)|to ${OWN_OFFERS}|(so (that )?(they|it|these [a-z]+|the [a-z]+)|who|which|that) (can|may|will|could) ${OWN_OFFERS})`;
// Sharing, not selling: "we do not sell … for their marketing" says nothing of sharing without payment.
const DENY_SHARING = new RegExp(
  String.raw`\b(not|never)\b[^.;]{0,60}\b(share|disclose|provide|give|transfer|pass|make available)\b[^.;]{0,100}\b${OWN_MARKETING}`,
);
/** A restriction on others ("these companies are not allowed to…"), or a denial about some data only ("this information"). */
const DENIAL_ABOUT_OTHERS = /\b(not (allowed|permitted)|(do not|does not|don't|doesn't|will not|won't|never) (allow|permit|authori[sz]e)|prohibit\w*|(these|such|those) (companies|parties|third parties|partners|providers|vendors|entities|firms)|they (are|may|must|will|shall|can) not)\b|\b(this|that|such|these|those) (personal )?(information|data)\b/;
const AFFIRM_SHARING = new RegExp(
  String.raw`\b(we|us)\b[^.;]{0,30}\b(share|shares|shared|disclose|discloses|disclosed|provide|provides|sell|sells|rent|rents|pass|passes|transfer|transfers|give|make available)\b[^.;]{0,120}?\b${OWN_MARKETING}`,
);
/** A processor works for us (GDPR Art. 4(10): it is not a third party). */
const PROCESSOR = /\b(on (our|its) behalf|service providers?|processors?|for us|acting for us|(under|on|in accordance with) our instructions|vendors|agents|contractors|suppliers)\b/;
/** Recipients within the group only. */
const AFFILIATES_ONLY = /^(?![^]*\b(third[- ]part|advertis|partners?|sponsors|companies|businesses|brands|marketers)\w*)[^]*\b(affiliates|subsidiaries|group companies|our group|sister companies|parent company)\b/;

function sharingClaims(ctx: RuleContext, out: Claim[]): void {
  for (const s of cuedSentences(ctx, SHARING_CUES)) {
    const d = denial(DENY_SHARING, s);
    // "Our service providers may not use it for their own purposes" is about processors, not about sharing with third parties.
    if (d && (!plain(ctx, s) || PROCESSOR.test(s.norm) || DENIAL_ABOUT_OTHERS.test(s.norm))) continue;
    if (d) {
      out.push({ topic: 'sharing', polarity: 'deny', sentence: s, ...span(s, d) });
      continue;
    }
    const a = AFFIRM_SHARING.exec(s.norm);
    if (a && affirmable(ctx, s) && !PROCESSOR.test(s.norm) && !AFFILIATES_ONLY.test(s.norm)) out.push({ topic: 'sharing', polarity: 'affirm', sentence: s, ...span(s, a) });
  }
}

// ---- transfers out of the EEA or the UK --------------------------------------------------------

const REGION = String.raw`(the )?(eea|e\.e\.a\.?|european economic area|eu|e\.u\.?|european union|europe|uk|u\.k\.?|united kingdom)\b`;
const TRANSFER_CUES = cueList(['outside', 'leave', 'only in', 'only within', 'only inside', 'only store', 'only host', 'only process', 'only keep', 'exclusively', 'solely', 'stay', 'remain', ...NON_ADEQUATE_COUNTRIES.flatMap((c) => c.forms)]);
const DENY_TRANSFER = new RegExp(
  String.raw`\b(not|never)\b[^.;]{0,60}\b(transfer\w*|stored?|process\w*|sent|send|moved?|hosted|kept|transmitted|leaves?)\b[^.;]{0,40}\b(outside|out of|beyond) (of )?${REGION}` +
    String.raw`|\b(not|never)\b[^.;]{0,40}\bleaves? ${REGION}` +
    String.raw`|\b(stored|hosted|processed|kept|located|remains?)\b[^.;]{0,40}\b(only|exclusively|solely) (in|within|inside) ${REGION}` +
    String.raw`|\b(data|information)\b[^.;]{0,30}\b(stays?|remains?) (only |exclusively |solely )?(in|within|inside) ${REGION}` +
    String.raw`|\b(only|exclusively|solely) (store|host|process|keep)\b[^.;]{0,40}\b(in|within|inside) ${REGION}`,
);
const COUNTRY = String.raw`(${NON_ADEQUATE_FORMS})(?![a-z])`;
const COUNTRY_ONLY = new RegExp(`\\b${COUNTRY}`);
const AFFIRM_TRANSFER = new RegExp(
  String.raw`\b(servers?|data cent(er|re)s?|databases?|infrastructure)\b[^.;]{0,40}\b(in|within) (the )?${COUNTRY}` +
    String.raw`|\b(stored|hosted|processed|transferred|sent|kept|transmitted|moved|replicated|backed up|store|stores|host|hosts|transfer|transfers|send|sends|replicate|replicates)\b[^.;]{0,60}\b(in|to|into|within) (the )?${COUNTRY}` +
    String.raw`|\b(team|teams|staff|employees|call cent(er|re)s?|developers|engineers|contractors|subsidiar(y|ies)|offices?)\b[^.;]{0,20}\b(in|based in|located in) (the )?${COUNTRY}[^.;]{0,60}\b(access|process|handle|view|read|support)\w*` +
    String.raw`|\b(hosting|cloud|service|infrastructure) providers?\b[^.;]{0,40}\b(located|based|established|headquartered) in (the )?${COUNTRY}`,
);
/** The reader's own location, not where the data goes: "if you are in India", "users in the United States". */
const READER_PLACE = /\b(users|residents|visitors|customers|consumers|individuals|people|you)( who are| who live)?( located| based| residing| living)? (in|from|of) (the )?(united states|u\.s\.|usa|india|china|singapore|australia)\b|\b(us|u\.s\.|american|indian|chinese|australian) (residents|users|customers|consumers|visitors)\b/;

function transferClaims(ctx: RuleContext, out: Claim[]): void {
  for (const s of cuedSentences(ctx, TRANSFER_CUES)) {
    const d = denial(DENY_TRANSFER, s);
    if (d) {
      if (plain(ctx, s)) out.push({ topic: 'transfer', polarity: 'deny', sentence: s, ...span(s, d) });
      continue;
    }
    const a = AFFIRM_TRANSFER.exec(s.norm);
    if (!a || !affirmable(ctx, s) || READER_PLACE.test(s.norm)) continue;
    const form = COUNTRY_ONLY.exec(a[0]);
    const country = form ? nonAdequateCountry(form[1]) : undefined;
    if (country) out.push({ topic: 'transfer', polarity: 'affirm', sentence: s, ...span(s, a), country: country.name });
  }
}

// ---- retention periods ----------------------------------------------------------------------

const RETENTION_CUES = cueList(['day', 'week', 'month', 'year']);
const RETAIN = /\b(retain|retains|retained|keep|keeps|kept|store|stores|stored|hold|holds|held|delete|deletes|deleted|erase|erases|erased|purge|purged|destroy|destroyed|anonymi[sz]ed?|remove|removed)\b/;
const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fourteen: 14, fifteen: 15, eighteen: 18, twenty: 20, thirty: 30, sixty: 60, ninety: 90,
};
const PERIOD = /\b(\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|eighteen|twenty|thirty|sixty|ninety)( \([a-z0-9]{1,10}\))?[ -](days?|weeks?|months?|years?)\b/g;
const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, month: 30.4375, year: 365.25 };
/** Data categories a retention sentence names; exactly one must be named. */
const CATEGORIES: Array<[string, RegExp]> = [
  ['server logs', /\b((server|access|web server|system|log) (logs?|files|data|entries)|logs)\b/],
  ['IP addresses', /\bip address(es)?\b/],
  ['payment data', /\b(payment|billing|credit card|transaction) (data|information|details|records)\b|\binvoices\b/],
  ['backups', /\bbackups?\b|\bback-ups?\b/],
  ['CCTV footage', /\b(cctv|video surveillance|camera) (footage|recordings|images)\b|\bcctv\b/],
  ['job applications', /\b(job applications?|applicant (data|information)|candidate (data|information)|cvs|resumes|recruitment (data|information|records))\b/],
  ['support messages', /\b(support (requests|tickets|messages|correspondence|emails)|customer service (records|communications))\b/],
  ['call recordings', /\b(call|phone|telephone) recordings?\b/],
  ['location data', /\b(location|geolocation|gps) (data|information)\b/],
  ['account data', /\baccount (data|information|details)\b/],
  ['order history', /\b(order|purchase) (history|data|information|records|details)\b/],
  ['analytics data', /\b(analytics|usage|statistical) (data|information)\b/],
  ['marketing data', /\b(marketing|newsletter|mailing list) (data|information|lists?|subscriptions?|preferences)\b/],
];
const RETENTION_SKIP = /\b(some|certain|residual|portions?|part of|cookies?|legal|law|laws|tax|statutory|statute|regulat\w*|litigation|dispute|for example|e\.g|such as|whichever|respectively|or longer|or shorter)\b/;
const MAX_BOUND = /\b(up to|no longer than|not longer than|not more than|no more than|at most|maximum( of)?|max\.?|within|until)\s*$/;
const MIN_BOUND = /\b(at least|minimum( of)?|not less than|no less than|no fewer than)\s*$/;
/** What the period runs from. */
const ANCHORS: Array<[string, RegExp]> = [
  ['closure', /\b(clos(e|ed|ing|ure)|delet(e|ed|ion|ing)|terminat(e|ed|ion|ing)|cancel\w*|end of (your|the) (account|contract|relationship|subscription|membership))\b/],
  ['inactivity', /\b(inactiv\w*|last (log-?in|activity|use|contact|interaction|visit|purchase|order|login))\b/],
  ['collection', /\b(collect\w*|receipt|received|creat(ed|ion)|recorded|upload\w*)\b/],
];

function retentionClaims(ctx: RuleContext, out: Claim[]): void {
  for (const s of cuedSentences(ctx, RETENTION_CUES)) {
    const n = s.norm;
    if (!RETAIN.test(n)) continue;
    PERIOD.lastIndex = 0;
    const p = PERIOD.exec(n);
    if (!p || PERIOD.exec(n)) continue; // none, or two periods (two categories or a range)
    const cats = CATEGORIES.filter(([, re]) => re.test(n));
    if (cats.length !== 1 || RETENTION_SKIP.test(n) || NEGATION.test(n) || !plain(ctx, s)) continue;
    const amount = /^\d/.test(p[1]) ? Number(p[1]) : NUMBER_WORDS[p[1]];
    const days = amount * UNIT_DAYS[p[3].replace(/s$/, '')];
    const before = n.slice(Math.max(0, p.index - 30), p.index);
    const bound = MAX_BOUND.test(before) ? 'max' : MIN_BOUND.test(before) ? 'min' : 'exact';
    const after = n.slice(p.index + p[0].length);
    const anchor = ANCHORS.find(([, re]) => re.test(after))?.[0] ?? 'none';
    // Quote from the data named to the period: "support tickets are deleted 30 days".
    const c = cats[0][1].exec(n)!;
    const from = Math.min(c.index, p.index);
    const to = Math.max(c.index + c[0].length, p.index + p[0].length);
    out.push({ topic: 'retention', polarity: 'affirm', sentence: s, start: s.start + from, end: s.start + to, category: cats[0][0], days, bound, anchor });
  }
}

// ---- children -------------------------------------------------------------------------------

const CHILDREN_CUES = cueList(['child', 'kid', 'minor', 'under 1', 'under the age', 'younger than', 'students', 'pupils']);
const YOUNG = String.raw`(children|child|kids|minors|anyone under|persons under|individuals under|people under|users under)`;
const DENY_CHILDREN = new RegExp(
  String.raw`\b(not|never)\b[^.;]{0,30}\b(directed|intended|targeted|aimed|designed|meant|marketed|addressed)\b[^.;]{0,12}\b(at|to|for|towards)\b[^.;]{0,30}\b${YOUNG}\b` +
    String.raw`|\b(not|never)\b[^.;]{0,30}\b(collect|solicit|request|process|gather|ask for|receive|seek)\b[^.;]{0,60}\b(from|about|of)\b[^.;]{0,20}\b${YOUNG}\b` +
    String.raw`|\b(children|kids|minors|anyone|persons|people|users) (under|below|younger than) [a-z0-9 ]{1,20}\b(may not|must not|cannot|can't|should not|are not (permitted|allowed) to) (use|register|create|sign up|access|open)\b`,
);
const AFFIRM_CHILDREN = new RegExp(
  String.raw`\b(we|the (app|service|game|platform)|our (app|service|game|platform))\b( [a-z]+){0,2} (collect|collects|process|processes|gather|gathers|record|records|ask for|asks for|request|requests|store|stores|obtain|obtains)\b[^.;]{0,60}\b(from|about|of) (children|kids|your child|the child|a child|minors)\b` +
    String.raw`|\b(children|kids|a child|your child|minors)( (under|below|aged) [a-z0-9 ]{1,20})? (can|may|will) (create|register for|sign up for|open|set up) [a-z ]{0,20}\b(accounts?|profiles?)\b` +
    String.raw`|\b(collect|collects|process|processes|store|stores|record|records)\b[^.;]{0,30}\b(children's|child's|kids'|each child's)\b` +
    // Our own service said to be for children: not "sites directed to children" (others' sites).
    String.raw`|\b(our|this|the) (app|apps|application|service|services|site|website|game|games|platform|product|products)( [a-z]+)? (is|are) (primarily |specifically |especially )?(designed|intended|directed|made|built|aimed|created) (for|at|to) (children|kids|young children)\b`,
);
/** Learning of it after the fact: "if we learn we have collected…", "inadvertently collected". */
const AFTER_THE_FACT = /\b(learn|learns|become aware|becomes aware|discover|inadvertent\w*|mistakenly|accidentally|believe|suspect|delete|remove)\b/;
const AGE = /\b(under|below|younger than|less than)( the age of| age| aged)? (\d{1,2}|thirteen|sixteen|eighteen)\b/;
const AGE_WORDS: Record<string, number> = { thirteen: 13, sixteen: 16, eighteen: 18 };

function ageOf(n: string): number | undefined {
  const m = AGE.exec(n);
  if (m) return /^\d/.test(m[3]) ? Number(m[3]) : AGE_WORDS[m[3]];
  return /\bminors?\b/.test(n) ? 18 : undefined;
}

function childrenClaims(ctx: RuleContext, out: Claim[]): void {
  for (const s of cuedSentences(ctx, CHILDREN_CUES)) {
    const d = denial(DENY_CHILDREN, s);
    if (d) {
      if (plain(ctx, s)) out.push({ topic: 'children', polarity: 'deny', sentence: s, ...span(s, d), age: ageOf(s.norm) });
      continue;
    }
    const a = AFFIRM_CHILDREN.exec(s.norm);
    if (a && affirmable(ctx, s) && !AFTER_THE_FACT.test(s.norm) && !/\bparents?'? (consent|permission)\b/.test(s.norm)) out.push({ topic: 'children', polarity: 'affirm', sentence: s, ...span(s, a), age: ageOf(s.norm) });
  }
}

// ---- cookies and tracking tools ----------------------------------------------------------------

const COOKIE_CUES = cueList([
  'cookie', 'google analytics', 'doubleclick', 'google ads', 'adsense', 'adwords', 'facebook pixel', 'meta pixel', 'hotjar', 'criteo',
  'insight tag', 'tiktok pixel', 'quantcast', 'taboola', 'outbrain', 'adobe analytics', 'microsoft clarity', 'bing ads', '_ga', '_gid', '_fbp', '__utm',
]);
/** "We do not use cookies", "this site does not use any cookies", with an optional kind. */
const DENY_COOKIES = /\b(we|this (site|website|app|application|service)|our (site|website|app|application|service|services))( [a-z]+){0,2} ((do not|does not|don't|doesn't|will not|won't|never) (use|set|place|store|deploy|employ)( any)?|uses no|use no|sets no)( (tracking|advertising|targeting|analytics|third[- ]party))? (cookies|tracking technologies)(?=( or (similar|other|any) [a-z ]{0,30})?( (on|in) (your|our|this|the) [a-z]+( [a-z]+)?)?(\.|;|$))/;
/** Named tools that set cookies on a website (the app SDKs, which set none, are not here). */
const TOOLS: Array<[string, 'analytics' | 'advertising', RegExp]> = [
  ['Google Analytics', 'analytics', /\b(google analytics|universal analytics)\b(?! for firebase)/],
  ['Adobe Analytics', 'analytics', /\badobe analytics\b/],
  ['Hotjar', 'analytics', /\bhotjar\b/],
  ['Microsoft Clarity', 'analytics', /\bmicrosoft clarity\b/],
  ['the _ga cookie', 'analytics', /(^|[^a-z0-9_])(_ga|_gid|__utm[a-z])\b/],
  ['DoubleClick', 'advertising', /\bdoubleclick\b/],
  ['Google Ads', 'advertising', /\b(google ads|google adsense|adsense|adwords)\b/],
  ['the Meta Pixel', 'advertising', /\b(facebook|meta) pixel\b|(^|[^a-z0-9_])_fbp\b/],
  ['Criteo', 'advertising', /\bcriteo\b/],
  ['the LinkedIn Insight Tag', 'advertising', /\blinkedin insight tag\b/],
  ['the TikTok Pixel', 'advertising', /\btiktok pixel\b/],
  ['Quantcast', 'advertising', /\bquantcast\b/],
  ['Taboola', 'advertising', /\btaboola\b/],
  ['Outbrain', 'advertising', /\boutbrain\b/],
  ['Bing Ads', 'advertising', /\bbing ads\b/],
];
/** Our own use: "we use…", "this website uses…"; a cookie table row naming _ga counts as it is. */
const OUR_USE = /\b(we|this (site|website|app|service)|our (site|website|app|service|services|pages))( (also|may|might|currently|presently|do|will|can|further|additionally)){0,3} (use|uses|employ|employs|deploy|deploys|implement|implements|integrate|integrates|have (integrated|implemented|installed|embedded)|rely on|relies on|work with)\b/;

/** Where no "we use" is said, only a cookie name or a tool set on our site can stand as use. */
const TOOL_ALONE = /(^|[^a-z0-9_])(_ga|_gid|__utm[a-z]|_fbp)\b|\b(is|are) (used|placed|set|installed|deployed|integrated|embedded)\b/;
/** "Google Analytics cookies are set when you visit our website." */
const PLACED_ON_OUR_SITE = /\b(is|are) (used|placed|set|installed|deployed|integrated|embedded)\b[^.;]{0,60}\b(our|this) (site|website|app|pages|service)\b/;

function cookieClaims(ctx: RuleContext, out: Claim[]): void {
  for (const s of cuedSentences(ctx, COOKIE_CUES)) {
    const n = s.norm;
    if (/\bfirebase\b/.test(n)) continue;
    const d = denial(DENY_COOKIES, s);
    if (d && !plain(ctx, s)) continue;
    if (d) {
      const kind = /tracking|advertising|targeting/.test(d[0]) ? 'advertising' : /analytics/.test(d[0]) ? 'analytics' : 'any';
      out.push({ topic: 'cookies', polarity: 'deny', sentence: s, ...span(s, d), kind });
      continue;
    }
    const use = OUR_USE.exec(n);
    if ((use === null && !TOOL_ALONE.test(n)) || !affirmable(ctx, s)) continue;
    for (const [tool, kind, re] of TOOLS) {
      const m = re.exec(n);
      if (!m) continue;
      // The tool is what we use ("we use Google Analytics to…"), or a cookie-table row naming its cookie.
      const usedBefore = use !== null && use.index < m.index && m.index - (use.index + use[0].length) <= 40;
      if (!usedBefore && !PLACED_ON_OUR_SITE.test(n) && !tool.startsWith('the _')) continue;
      const from = usedBefore ? use.index : m.index;
      out.push({ topic: 'cookies', polarity: 'affirm', sentence: s, start: s.start + from, end: s.start + m.index + m[0].length, kind, tool });
      break;
    }
  }
}

// ---- automated decisions ----------------------------------------------------------------------

const AUTOMATED_CUES = cueList(['automat', 'algorithm', 'scoring', 'machine learning']);
const DENY_AUTOMATED = /\b(not|never|no)\b[^.;]{0,40}\b(automated (individual )?decisions?|automated decision-making|automatic decisions?|decisions? (based|made) (solely|exclusively|only|purely) (on|by) (automated|automatic)|solely automated|(solely|exclusively|purely|only) (by|on|through) (automated|automatic) (means|processing|systems?))\b/;
const AUTOMATED = String.raw`(automated|automatically|automatic|algorithm\w*|scoring|machine learning)`;
const DECIDES = String.raw`(decide|decides|decided|decision|decisions|determine|determines|calculate|calculates|calculated|approve|approves|approved|reject|rejects|rejected|decline|declines|declined|refuse|refuses|deny|denies|suspend|suspends|terminate|terminates)`;
const EFFECT = String.raw`(credit\w*|loans?|lending|financing|mortgages?|insurance|premiums?|jobs?|employment|hiring|recruit\w*|candidates?|applications?|eligib\w*|benefits|interest rates?)`;
/** The three parts of an automated decision, in any order: a system, the decision, what it decides. */
const AUTOMATED_RE = new RegExp(String.raw`\b${AUTOMATED}\b`);
const DECIDES_RE = new RegExp(String.raw`\b${DECIDES}\b`);
const EFFECT_RE = new RegExp(String.raw`\b${EFFECT}\b`);
/** The passive forms the affirmation also reads: "applications are automatically scored". */
const PASSIVE_DECISION = /\b(refused|denied|determined|assessed|scored)\b/;
const OURS = /\b(we|our (system|systems|algorithm|algorithms|software|platform|model|models|tools?|scoring))\b/;
const AFFIRM_AUTOMATED = new RegExp(
  String.raw`\b(we|our (system|systems|algorithm|algorithms|software|platform|model|models|tools?))\b[^.;]{0,40}\b${AUTOMATED}\b[^.;]{0,60}\b${DECIDES}\b[^.;]{0,60}\b${EFFECT}\b` +
    String.raw`|\b${EFFECT}\b[^.;]{0,40}\b(are|is|will be|may be|get|gets) (automatically|algorithmically) (approved|rejected|declined|refused|denied|decided|determined|assessed|scored)\b`,
);
/** A person reviews it: not a decision based solely on automated processing (Art. 22(1)). */
const HUMAN = /\b(human|manual|manually|staff|employees?|reviewed by|review by|a person|teams?|member of|officers?|analysts?|reviewers?|recruiters?|underwriters?)\b/;

function automatedClaims(ctx: RuleContext, out: Claim[]): void {
  for (const s of cuedSentences(ctx, AUTOMATED_CUES)) {
    const d = denial(DENY_AUTOMATED, s);
    if (d) {
      if (plain(ctx, s)) out.push({ topic: 'automated', polarity: 'deny', sentence: s, ...span(s, d) });
      continue;
    }
    if (!(DECIDES_RE.test(s.norm) || PASSIVE_DECISION.test(s.norm)) || !affirmable(ctx, s) || HUMAN.test(s.norm)) continue;
    const a = AFFIRM_AUTOMATED.exec(s.norm);
    if (a) out.push({ topic: 'automated', polarity: 'affirm', sentence: s, ...span(s, a) });
    else if (OURS.test(s.norm) && AUTOMATED_RE.test(s.norm) && DECIDES_RE.test(s.norm) && EFFECT_RE.test(s.norm)) {
      out.push({ topic: 'automated', polarity: 'affirm', sentence: s, start: s.start, end: s.end });
    }
  }
}

// ---- all claims ---------------------------------------------------------------------------------

/** Minors only: "we do not sell the personal information of consumers under 16" is the CCPA's opt-in rule, not the business's position. */
const MINORS = /\b(minors?|children|child|teens?|(under|younger than|less than|below) (the age of )?(1[0-9]|thirteen|sixteen|eighteen))\b/;

/** Every claim of the draft, in document order within each topic. Once per check. */
export function claimsOf(ctx: RuleContext): Claim[] {
  return ctx.memo('drafting.contradictionClaims', () => {
    const out: Claim[] = [];
    saleClaims(ctx, out);
    sharingClaims(ctx, out);
    transferClaims(ctx, out);
    retentionClaims(ctx, out);
    childrenClaims(ctx, out);
    cookieClaims(ctx, out);
    automatedClaims(ctx, out);
    return out;
  });
}
