// Art. 13(1)(a): who the controller is — its identity (legal name).
import { gdprItem } from './define';
import type { Sentence } from '../../model/document';
import type { RuleContext } from '../../rules/framework/ruleTypes';
import { sectionHeadingNorms } from '../../rules/framework/match';
import type { RawShortfall } from '../../rules/framework/ruleTypes';
import { LEGAL_FORM_SOURCE } from '../../extract/names';
import { getEntities } from '../../extract/entities';
import { brandLabel } from '../../extract/domains';

/**
 * A legal name: capitalised words followed by a legal form ("Example Software Ltd", "Acme, Inc.").
 * Run on the original text (case matters). Bounded: at most four words of at most 40 characters.
 */
const LEGAL_NAME = /\b[A-Z][A-Za-z0-9&'.-]{0,40}(?: [A-Z][A-Za-z0-9&'.-]{0,40}){0,3},? (?:Inc|INC|LLC|L\.L\.C|LLP|Ltd|LTD|Limited|LIMITED|GmbH|AG|S\.A|SAS|SARL|B\.V|BV|N\.V|NV|plc|PLC|Corp|CORP|Corporation|Pty|\(Pty\)|Pte|Pvt|Private Limited|PRIVATE LIMITED|ApS|A\/S|AB|AS|ASA|Oy|Oyj|OÜ|S\.r\.l|SRL|S\.p\.A|SpA|KG|FZE|FZCO|FZ-LLC|K\.K|Sdn)(?![\w/])(?! (?:IS|TO|IN|BY|AND|OR|OF|THE|FOR|ON|AT|AS|WITH|FROM)\b)/g;
/** Where a legal name is the controller's own: its address or contact details. */
const CONTACT_CONTEXT = /\b(address|contact|write to|registered|office|company (number|no)|street|road|avenue|floor|suite|p\.?o\.? box)\b|@/;
/** Where it is someone else's: a vendor or partner. */
const THIRD_PARTY_CONTEXT = /\b(third[- ]part|analytics|processor|service provider|partner|vendor|supplier|subcontractor|external (company|provider|service)|we use|advertis|plug-?in|social (media|network)|provided by|operated by (a|an) )/;

/** How far around a legal name a vendor's context is looked for. */
const NEAR = 30;
/** A section that presents the controller: a legal name in it is the controller's. */
const CONTROLLER_HEADING = /\b((data )?controller|who we are|about us|our details|identity)\b/;

/**
 * The controller's legal name given elsewhere than in an "is the controller" sentence: in its
 * address or contact details, or repeated. A vendor's legal name (analytics, advertising) does not
 * count. Returns the first sentence that gives it.
 */
function legalNameGiven(ctx: RuleContext): Sentence[] {
  const { doc } = ctx;
  const seen = new Map<string, Sentence>();
  const headings = sectionHeadingNorms(ctx);
  for (const s of doc.sentences) {
    const raw = doc.text.slice(s.start, s.end);
    const thirdParty = THIRD_PARTY_CONTEXT.test(s.norm);
    LEGAL_NAME.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = LEGAL_NAME.exec(raw)) !== null) {
      // A vendor is named as one near its name ("analytics provided by Google LLC"); elsewhere in
      // a long sentence the words may be about something else ("our third-party disclosures").
      const near = s.norm.slice(Math.max(0, m.index - NEAR), m.index + m[0].length + NEAR);
      if (THIRD_PARTY_CONTEXT.test(near)) continue;
      const name = m[0].replace(/,/g, '');
      if (CONTACT_CONTEXT.test(s.norm) || CONTROLLER_HEADING.test(headings[s.section])) return [s];
      // "Example AB, Storgatan 4, 411 38 Göteborg": a legal name that heads the controller's own
      // postal address, as an imprint or a signature line gives it, in any language's street words.
      if (!thirdParty && !THIRD_PARTY_CONTEXT.test(headings[s.section] ?? '') && headsOwnAddress(ctx, s.start + m.index, s.start + m.index + m[0].length)) return [s];
      // A name repeated counts only outside any vendor talk.
      if (thirdParty) continue;
      const first = seen.get(name);
      if (first && first !== s) return [first, s];
      if (!first) seen.set(name, s);
    }
  }
  return [];
}

/**
 * Whether the legal name at [start, end) begins a postal address ("Example AB, Storgatan 4, …":
 * the address's run starts at the name, its postcode after it) that is no DPO's, representative's
 * or authority's. The extraction marks an address as the controller's only when a known name or
 * "write to us" says so; here the legal name is what would make it known, so any other address
 * counts, and a vendor's is kept out by its context (see legalNameGiven) and by its name.
 */
function headsOwnAddress(ctx: RuleContext, start: number, end: number): boolean {
  if (BIG_VENDOR.test(ctx.doc.text.slice(start, end))) return false;
  return getEntities(ctx).postalAddresses.some((a) => (a.role === 'general' || a.role === 'privacy' || a.role === 'other') && a.start >= start && a.start < end && a.postcodeStart >= end);
}

/** Companies whose address a policy quotes as a vendor's (analytics, advertising, app stores). */
const BIG_VENDOR = /^(?:Google|Alphabet|Facebook|Meta|Apple|Microsoft|Amazon|Twitter|X Corp|LinkedIn|Stripe|PayPal)\b/;

/** Legal forms as written in lower case (the sentence's normalised text), unambiguous ones only. */
const FORM = String.raw`(inc|llc|l\.l\.c|llp|ltd|limited|gmbh|ag|ab|aps|a\/s|s\.a|sas|s\.a\.s|sarl|s\.a\.r\.l|b\.v|bv|n\.v|s\.r\.l|srl|s\.p\.a|spa|plc|corp|corporation|pty|pte|pvt|oy|oyj|oü|sp\. z o\.o|kg|fze|fzco|fz-llc|k\.k|sdn\. bhd|sdn bhd)`;
/** Words after "provided/developed by" that do not name the one responsible: us, others, a vendor, a role. */
const NOT_A_NAME = String.raw`(?!(us|we|you|them|me|a |an |any |some |other|our (partners?|service providers?|vendors?|affiliates?|processors?|third)|partners?|third|certain|various|external|google|apple|facebook|meta|amazon|microsoft|firebase|unity|admob|(the )?(company|developer|owner|operator|publisher|service providers?|providers?|third|app stores?|platform)\b|application developer|app developer|developer\b))`;
/** What a policy may present as provided, operated or developed by someone. */
const OFFERING = String.raw`(service|services|app|apps|application|applications|website|websites|site|sites|platform|game|games|software|product|products)`;
/** Operating or making verbs of "provided by X", "developed by X". */
const BY = String.raw`(provided|operated|owned|developed|created|built|published|run|made|managed|maintained|offered|designed|produced)( and (operated|owned|developed|maintained|managed|published|provided|run))? by ${NOT_A_NAME}`;

const rule = gdprItem({
  name: 'controller-identity',
  title: 'Identity of the controller',
  cites: ['13(1)(a)', '14(1)(a)'],
  docArticle: 13,
  explanation: 'People must be told who decides why and how their personal data are used: the controller, by its legal name.',
  remedy: 'Name the controller by its full legal name (e.g. "Example Ltd is the controller of your personal data").',
  anchorHeadings: [/\b(who we are|about us|controller|introduction|identity)\b/],
  patterns: {
    // The first sentences that name the controller are evidence enough.
    limit: 3,
    // The words each pattern below is built on.
    cues: ['controller', 'responsible', '(', 'operated', 'owned', 'run by', 'provided by', 'by', 'refer', 'means', 'built', "'s policy", 'we are', 'office', 'address', 'place of business', 'inc', 'llc', 'l.l.c', 'llp', 'ltd', 'limited', 'gmbh', 'ag', 'ab', 'oy', 'oü', 'kg', 'aps', 'a/s', 's.a', 'sas', 'sarl', 'b.v', 'bv', 'n.v', 's.r.l', 'srl', 's.p.a', 'spa', 'plc', 'corp', 'pty', 'pte', 'pvt', 'sp. z', 'fze', 'fzco', 'fz-llc', 'k.k', 'sdn'],
    any: [
      /\b(is|are|acts? as|as the|as a|will be|remains?|be) (the |a |joint )?(data )?controllers?\b|\b(the |data )controllers? (is|are|for|of|responsible)\b/,
      /\bresponsible for (the )?(processing|your (personal )?(data|information))\b/,
      /\b(inc|llc|l\.l\.c|ltd|limited|gmbh|ag|ab|aps|a\/s|s\.a|sas|s\.a\.s|b\.v|bv|n\.v|s\.r\.l|srl|plc|corp|corporation|pty|oy|oü|sp\. z o\.o|kg)\b\.?,?[^.]{0,80}\(\s*(hereinafter\s+)?("|')?[^)]{0,40}\b(we|us|our)\b/,
      // "Example Ltd is committed to …", "Example Pvt. Ltd. collects …": a legal name as the author.
      new RegExp(String.raw`\b${FORM}\b\.?,? (is|are|operates|provides|owns|offers|develops|publishes|built|collects|processes|uses|respects|values|recognizes|recognises|has (adopted|prepared|developed)|is committed|takes)\b`),
      // "Example Media LLC ("Example News") respects your privacy": a legal name defined as the author.
      new RegExp(String.raw`\b${FORM}\b\.?,? \([^)]{1,40}\),? (is|are|operates|provides|owns|recognizes|respects|values|collects|processes|has prepared|is committed)\b`),
      // "Your information will be held by Example Bank plc", "sites owned and operated by Example, Inc.".
      /\b((your|personal) (personal )?(data|information) (is|are|will be) (held|controlled) by|(site|website|app|application|service)s? (is |are )?(owned and operated|owned|operated|run) by)\b[^.]{0,60}\b(inc|llc|ltd|limited|gmbh|aps|a\/s|s\.a|sas|b\.v|n\.v|s\.r\.l|plc|corp|corporation|pty)\b/,
      /\bresponsible (body |party )?for (the )?(data )?processing\b/,
      // "X is the responsible entity under data protection law".
      /\b(is|are) (the )?(\w+ )?responsible (body|party|entity|company|organi[sz]ation)\b/,
      // "Example Apps ("we", "us", "our") operates …": a name that defines the first person.
      // (At the start of a sentence where the splitter cut after a legal form: "Example S.r.l." | "("we") runs …".)
      /(^|[\w.&')-],? )\((hereinafter|hereafter|hereby|together|collectively|also|each|jointly)?[^()]{0,60}?"(we|us|our|the company)[",]/,
      // "Example Media ("Developer") is …", "created by Example (hereby referred to as "Service Provider")".
      /[\w.&')-],? \((hereinafter|hereafter|hereby)?,? ?(referred to as |called |known as )?(either )?"(the )?(company|developer|owner|operator|publisher|controller|data controller)"|[\w.&')-],? \(next:? (the )?(company|developer|owner|operator|publisher)\)/,
      /\b(hereinafter|hereafter|hereby) (referred to as |called |known as )?"(the )?(service provider|provider)"/,
      // "Company (referred to as "we" …) refers to Example Apps", "Controller means Example Ltd".
      /\b(company|we|us|controller|developer|owner|operator|service provider|publisher)"?:?,?( \([^()]{0,100}\))?,? (refers to|shall refer to|means|shall mean)\b:? (?!(you|your|the (user|person|individual|natural|legal|entity|company|app|application|website|service|software|platform)\b|any |an? (natural|legal|individual|person|user|entity|company|organi[sz]ation)\b|each |all |those |such ))/,
      // "This service is provided by Example Apps", "the Example app (…) that was created by Jane Doe".
      new RegExp(String.raw`\b(this|the|our|these) ([\w-]+ ){0,4}?${OFFERING}\b[^.]{0,100}?\b(is|are|was|were|has been|have been|that was|that is|which is|which was) ${BY}`),
      // "This is an open source app developed by Example".
      new RegExp(String.raw`\b(an?|the|this|our) ([\w-]+ ){0,3}?(app|application|game|software) ${BY}`),
      // "Jane Doe built the Example app as a free app".
      /\bbuilt (the|this)\b[^.]{0,80}\b(app|application|game)?\b[^.]{0,10}\bas (a|an) (free|commercial|ad[- ]supported|freemium|open[- ]source|paid|subscription)\b/,
      // "It is Example's policy to respect your privacy".
      /\bit is [^.]{1,60}? ?'s policy to respect\b/,
      // "The registered office of Example is at …", "Example's registered office is …".
      /\b(the )?(registered|head|principal) (office|address|place of business) of (?!(the|our|your|a|an|any|that|this|each|such)\b)\w|\w's (registered|head) (office|address) is\b/,
      // "We are Example (Pty) Ltd".
      new RegExp(String.raw`\bwe are [^.]{1,60}?\b${FORM}\b`),
    ],
    unless: [
      /\b(our|the) customers?,? (as|are|act as) (the )?(data )?controllers?\b/,
      // A vendor's service or tool "provided by" someone: not the controller's own offering.
      /\b(payment|analytics|advertising|ad|hosting|cloud|login|authentication|maps?|crash|push|e-?mail|messaging|chat|video|storage|third[- ]party) (services?|providers?|solutions?|tools?|platforms?|products?)\b[^.]{0,40}\b(is|are|was|were) (provided|operated|owned|run|offered|developed) by\b/,
      /\b(plug-?ins?|sdks?|librar(y|ies)|widgets?|fonts?|extensions?|integrations?)\b[^.]{0,30}\b(provided|operated|developed|created|offered|made) by\b/,
    ],
  },
  assess: (ctx, evidence) => legalFormShortfall(ctx, evidence),
});

/** How far past a sentence's end the rest of a legal form cut by the sentence splitter is looked for. */
const FORM_TAIL = 12;
/** …and before its start, for a name cut off before its defining parenthesis ("Example S.r.l." | "("we") …"). */
const FORM_HEAD = 24;
/** A legal form written in the original text after a capitalised word ("Example Apps Ltd", "Vodacom (Pty) Ltd"). */
const HAS_FORM = new RegExp(`[A-Z0-9\\u00c0-\\u00de][\\w&'\\u2019\\u00c0-\\u024f.-]{0,40},? (?:${LEGAL_FORM_SOURCE})(?![\\w/])(?! IS\\b)`);

/**
 * A controller named only by a brand, app or developer name (no legal form in what presents it,
 * none given as the controller's elsewhere): found, but insufficient at hint level.
 */
function legalFormShortfall(ctx: RuleContext, evidence: readonly Sentence[]): RawShortfall | undefined {
  if (evidence.length === 0) return undefined;
  const { doc } = ctx;
  // A few characters past either end: a sentence may have been cut at the dot of "Pvt. Ltd." or "S.r.l.".
  if (evidence.some((s) => HAS_FORM.test(doc.text.slice(Math.max(0, s.start - FORM_HEAD), s.end + FORM_TAIL)))) return undefined;
  const declared = ctx.options.organization.name;
  if (declared && HAS_FORM.test(declared)) return undefined;
  const controller = getEntities(ctx).controller;
  if (controller?.legalForm && (controller.source === 'definition' || controller.source === 'declared')) return undefined;
  if (legalNameGiven(ctx).length > 0) return undefined;
  const first = evidence[0];
  return { start: first.start, end: first.end, severity: 'hint', message: 'Controller named only by a brand or app name: give its legal name, with its legal form.' };
}

const byPattern = rule.detect.bind(rule);

export default {
  ...rule,
  detect: (ctx: RuleContext): Sentence[] => {
    const found = byPattern(ctx);
    if (found.length > 0) return found;
    // The configured organisation name, where the text uses it, identifies the controller.
    const name = ctx.options.organization.name?.toLowerCase();
    if (name && name.length >= 3) {
      const named = ctx.doc.sentences.filter((s) => s.norm.includes(name)).slice(0, 3);
      if (named.length > 0) return named;
    }
    const legal = legalNameGiven(ctx);
    if (legal.length > 0) return legal;
    return namedInContact(ctx);
  },
};

/** Mail services whose domain names no one's brand. */
const WEBMAIL = /^(gmail|googlemail|yahoo|hotmail|outlook|live|icloud|protonmail|proton|aol|gmx|mail|yandex|zoho|qq|163|126|example)$/;
/** A sentence that tells the reader whom to contact or write to (not "we may contact you"). */
const CONTACT_SENTENCE = /\b((please|you (can|may|could|should|might|will need to|are welcome to)( also)?|feel free to|how to) (contact|write to|reach|e-?mail|call|get in touch with)\b(?! you)|send (us )?(a |an |your )?(letter|request|e-?mail|message|inquiry|enquiry)|contacting|questions? (about|regarding|concerning|or (comments|concerns))|registered office)\b/;
const CONTACT_HEADING = /\b(contact|questions|who we are|about us|controller)\b/;

/**
 * The name the policy gives itself (defined for "we", or its title: "Example Privacy Policy"),
 * written where the reader is told whom to contact ("contact Example's privacy team at …"): the
 * controller presented by its (perhaps only brand) name.
 */
function namedInContact(ctx: RuleContext): Sentence[] {
  const { controller, emails } = getEntities(ctx);
  if (controller?.source === 'declared') return [];
  const names = controller ? [controller.core, ...controller.shortNames].map((n) => n.toLowerCase()).filter((n) => n.length >= 3 && !/^(the )?(company|app|application|service|website)$/.test(n)) : [];
  // The brand of the policy's own contact address ("privacy@example.com" → "example").
  for (const e of emails) {
    if (e.role !== 'general' && e.role !== 'privacy') continue;
    const brand = brandLabel(e.domain);
    if (brand.length >= 4 && !WEBMAIL.test(brand) && !names.includes(brand)) names.push(brand);
  }
  if (names.length === 0) return [];
  // The name itself, not a domain or an address made of it ("privacy@example.com").
  const res = names.map((n) => new RegExp(`(^|[^\\w@./-])${n.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?![\\w@]|\\.[a-z])`));
  const headings = sectionHeadingNorms(ctx);
  for (const s of ctx.doc.sentences) {
    if (!CONTACT_SENTENCE.test(s.norm) && !CONTACT_HEADING.test(headings[s.section])) continue;
    if (res.some((r) => r.test(s.norm))) return [s];
  }
  return [];
}
