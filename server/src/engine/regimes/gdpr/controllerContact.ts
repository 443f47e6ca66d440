// Art. 13(1)(a), 14(1)(a): the controller's contact details.
//
// The item is disclosed by a concrete channel of the controller given anywhere in the text: an
// e-mail address, a postal address, a telephone number, or a contact form or web address for
// contacting it. An invitation ("please contact us with any questions") without any such channel
// is not: on a web page the words were a link, and in the draft the link is lost. The channels
// come from the entity extraction (../../extract), which tells the controller's own details from
// a DPO's, a representative's, an authority's or a third party's; a few forms it does not cover
// (obfuscated or scraped-away e-mail addresses, addresses without a postcode, contact forms) are
// found sentence by sentence below.
import { CONTACT_HEADINGS, gdprItem } from './define';
import type { PolicyDocument, Sentence } from '../../model/document';
import type { RuleContext } from '../../rules/framework/ruleTypes';
import { cuedTextUnits, cueList, hasCue, sectionHeadingNorms, textUnits } from '../../rules/framework/match';
import { brandLabel, classifyRole, getEntities, registrableDomain, squash } from '../../extract';
import type { ContactRole, Entities } from '../../extract';

export type ChannelKind = 'email' | 'phone' | 'postal' | 'web' | 'form' | 'placeholder';

/** A concrete way to reach someone, with whose it is. */
export interface Channel {
  start: number;
  end: number;
  kind: ChannelKind;
  role: ContactRole;
  /** The controller can be reached through it (its own details, or an in-house DPO's). */
  controller: boolean;
  /** An e-mail address at the controller's own domain, whatever its role (security@, dpo@). */
  ownDomain?: boolean;
}

/** What a scraped page leaves of an e-mail link: "[email protected]". */
const EMAIL_ARTIFACT = /\[email(?:&#160;|\s)protected\]/;
const ARTIFACT_CUES = cueList(['protected]']);
/** "privacy [at] example [dot] com", "privacy-dept @ example.com (remove the spaces)". */
const OBFUSCATED_EMAIL = /\b[a-z0-9._-]{1,64} ?(?:\[at\]|\(at\)|\{at\}|@) ?[a-z0-9-]{1,63}(?: ?(?:\[dot\]|\(dot\)|\{dot\}) ?|\.)[a-z]{2,24}\b/;
const OBFUSCATED_CUES = cueList(['[at]', '(at)', '{at}', ' @', '@ ']);
/** A street and number (or a PO box, a suite, a floor) where the extraction found no postcode. */
const STREET = /(?<![\d,])\d{1,5}[a-z]?,? [a-z\u00c0-\u024f][\w\u00c0-\u024f'.-]{1,30}(?: [a-z\u00c0-\u024f][\w\u00c0-\u024f'.-]{1,30}){0,2} (?:street|st|road|rd|avenue|ave|boulevard|blvd|lane|drive|parkway|plaza|square)\b|(?<![\d,])\d{1,5}(?:-\d{1,5})?,? (?:rue|boulevard|avenue|calle|rua|piazza|quai|chemin) [a-z\u00c0-\u024f]|\b(?:rue|boulevard|avenue|ave|calle|rua|piazza|quai|chemin) [a-z\u00c0-\u024f][\w\u00c0-\u024f'-]{1,30}(?: [a-z\u00c0-\u024f][\w\u00c0-\u024f'-]{1,30}){0,2},? \d{1,4}(?!\d)|\b(?:p\.? ?o\.? box|suite|postfach) \d|(?<!\d)\d{1,3}(?:st|nd|rd|th) floor\b|\bfloor \d{1,3}\b|[a-z\u00df-\u00ff]{2,30}(?:strasse|straße|gasse|weg|platz|vägen|gatan) \d{1,4}\b/;
/** A British postcode, matched on the original text (its capitals tell it from ordinary words). */
const UK_POSTCODE = /(?<![\w-])[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}(?![\w-])/;
/** Street words of a British address that has no house number ("The Boulevard, Langford Lane, Oxford OX5 1GB"). */
const UK_STREET = /\b(?:street|road|lane|avenue|square|place|drive|way|house|building|park|court|gate|boulevard)\b/;
const UK_STREET_CUES = cueList(['street', 'road', 'lane', 'avenue', 'square', 'place', 'drive', 'way', 'house', 'building', 'park', 'court', 'gate', 'boulevard']);
const DIGIT_CUES = cueList(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
const STREET_CUES = cueList(['rue ', 'calle ', 'rua ', 'piazza ', 'quai ', 'chemin ', 'floor', 'street', ' st', 'road', ' rd', 'avenue', ' ave', 'boulevard', 'blvd', 'lane', 'drive', 'parkway', 'plaza', 'square', 'box', 'suite', 'postfach', 'strasse', 'straße', 'gasse', 'weg ', 'platz ', 'vägen', 'gatan']);
/** Words that make a street address the controller's: an invitation, "our office", "the controller". */
const OWN_ADDRESS = /\b(?:contact|write to|write us|reach) us\b|\bour (?:postal |mailing |registered |head |business )?(?:address|office|headquarters)\b|\b(?:send|mail)\b[^.]{0,30}\bto\b|\bby (?:post|mail|letter)\b|\b(?:postal|mailing) address\b|\bregistered (?:office|address)\b|\b(?:the|our|data) controller\b/;
/** Words before an address that make it the controller's (or its DPO's) where the extraction could not tell. */
const OWN_LEAD = /\b(?:the|our|data) controller\b|\b(?:contact|write to|reach) us\b|\b(?:contact|write to|reach)\b[^.]{0,40}\b(?:data protection officer|dpo)\b|\b(?:via|by) (?:post|mail)\b|\bour (?:postal |mailing |registered |head )?(?:address|office|headquarters)\b/;
/** The DPO named in words (not as a "dpo@" mailbox). */
export const DPO_NAMED = /\b(?:data protection officer|(?<![@.-])dpo(?![@.-]\w)|data privacy officer|datenschutzbeauftragte)\b/;
/** An invitation to contact us before a detail. */
const US_LEAD = /\b(?:contact|reach|write to|e-?mail|call|message) us\b/;
/** An address block's addressee: "Attn: Data Protection Officer". */
const ADDRESSEE = /\b(?:attn|attention)\b|\b(?:data protection officer|dpo)\b/;
/** A vendor's, partner's or authority's details, not ours. */
const THIRD_PARTY = /\bthird[- ]part|\bprocessors?\b|\bservice providers?\b|\bpartners?\b|\bvendors?\b|\banalytics\b|\badvertis|\bplug-?ins?\b|\bprovided by\b|\boperated by (?:a|an)\b|\bsupervisory\b|\bauthorit|\bcommissioner\b|\bombudsman\b|\bindependent controller\b/;
/**
 * A blank for a channel in a draft ("contact us by e-mail at [privacy contact e-mail]", as our own
 * clauses insert it): the channel is there, its value still to be filled; the placeholder check
 * reports the blank.
 */
const PLACEHOLDER = /\[[a-z' -]{0,40}\b(?:e-?mail|e-?mail address|postal address|address|phone|telephone|phone number|website|web address|url)\]/;
const PLACEHOLDER_CUES = cueList(['mail]', 'address]', 'phone]', 'number]', 'website]', 'url]']);
/** The blank is offered as a way to reach someone. */
const REACH = /\b(?:contact|reach|write|call|e-?mail|post|get in touch|send)\w*\b/;
/** A contact form or portal offered for reaching us ("submit a request through our web form", "contact us using the form"). */
const FORM = /\b(?:contact|reach|write to|message|ask) us\b[^.]{0,80}\b(?:form|portal)\b|\b(?:via|through|using|use|fill (?:in|out)|complete|submit)\b[^.]{0,20}\b(?:our|the|this)\b[^.]{0,30}\b(?:contact|web|online|request|inquiry|enquiry|support|feedback|privacy|rights)[ -]?(?:form|portal)\b/;
const FORM_CUES = cueList(['form', 'portal']);
/** The sentence offers the form (or web address) to the reader, rather than describing data collected through it. */
const OFFER = /\b(?:you (?:can|may|could)|please|feel free|to (?:contact|reach|ask|exercise|submit|make|send|raise)|if you (?:have|would like|wish|want|need))\b|\b(?:questions?|comments?|concerns?|requests?|complaints?|inquiries|enquiries)\b[^.]{0,80}\b(?:may|can|should) be (?:submitted|sent|directed|addressed)\b/;
/** A web address given as a way to contact us. */
const WEB_CONTACT = /\b(?:contact|reach|write|get in touch|submit|send|questions?|inquir|enquir|complain|support|help|feedback)/;
/** With no known domain, a web address is ours only where the sentence invites contact with us. */
const US_INVITE = /\b(?:contact|reach|write to|e-?mail|call|message|ask) us\b|\bcontact (?:form|page)\b/;

/** Every contact channel of the document, with its role; computed once per check. */
export function contactChannels(ctx: RuleContext): Channel[] {
  return ctx.memo('gdpr/contact-channels', () => findChannels(ctx));
}

function findChannels(ctx: RuleContext): Channel[] {
  const { doc } = ctx;
  const ent = getEntities(ctx);
  const names = ourNames(ent);
  const ownDomain = (domain: string): boolean => {
    const reg = registrableDomain(domain);
    if (ent.domain) return reg === ent.domain;
    const brand = squash(brandLabel(domain));
    return brand.length >= 3 && names.some((n) => n === brand || n.startsWith(brand) || brand.startsWith(n));
  };
  const out: Channel[] = [];
  const push = (start: number, end: number, kind: ChannelKind, role: ContactRole, controller: boolean, own?: boolean) => {
    if (role === 'dpo') {
      const u = unitAt(ctx, start);
      // Another company's DPO ("… or DotMetrics at dpo@…") is not ours.
      if (foreignLead(doc, start, names)) {
        role = 'other';
        controller = false;
      } else if (u && !DPO_NAMED.test(u.norm) && US_LEAD.test(doc.norm.slice(u.start, start))) {
        // "We have appointed a DPO. You can contact us at …": the invitation, not the DPO named
        // in the sentence before, says whose the detail is.
        role = 'general';
        controller = true;
      }
    }
    out.push({ start, end, kind, role, controller, ownDomain: own });
  };
  // An in-house DPO's details reach the controller too (Art. 38(4)); an outside DPO service's, with
  // its own domain or company name, do not.
  const inHouse = (domain?: string) => (domain ? ownDomain(domain) || (!ent.domain && names.length === 0) : true);
  for (const e of ent.emails) {
    // An authority never writes from our domain: the authority named before our "Contact us"
    // heading (the roles look back across headings) does not make our mailbox its.
    const role = e.role === 'authority' && ent.domain !== undefined && registrableDomain(e.domain) === ent.domain ? 'general' : e.role;
    let controller = role === 'general' || role === 'privacy' || (role === 'dpo' && inHouse(e.domain));
    // A functional mailbox (webmaster@, help@) offered for contacting us is still ours.
    if (!controller && role === 'other' && invitesUs(doc, e.start)) controller = true;
    push(e.start, e.end, 'email', role, controller, (ent.domain !== undefined || names.length > 0) && ownDomain(e.domain));
  }
  for (const p of ent.phones) {
    const controller = p.role === 'general' || p.role === 'privacy' || (p.role === 'dpo' && !THIRD_PARTY.test(clauseLead(leadIn(doc, p.start, 200)))) || (p.role === 'other' && invitesUs(doc, p.start));
    push(p.start, p.end, 'phone', p.role, controller);
  }
  for (const a of ent.postalAddresses) {
    const lead = leadIn(doc, a.start, 200);
    const span = squash(doc.text.slice(a.start, a.end));
    const named = names.some((n) => span.includes(n));
    // A vendor's address the extraction took for ours ("… a service of Example Analytics LLC, 1600 …").
    const vendor = !named && THIRD_PARTY.test(clauseLead(lead) + doc.norm.slice(a.start, a.end));
    let controller = !vendor && (a.role === 'general' || a.role === 'privacy' || (a.role === 'dpo' && (named || !THIRD_PARTY.test(clauseLead(lead)))));
    // "The controller is Example, Inc. with an address of: …", "contact our DPO via post: Example
    // Limited, …": the extraction, not knowing the controller's name, takes any company's address
    // for another's.
    if (!controller && a.role === 'other' && !THIRD_PARTY.test(lead) && OWN_LEAD.test(lead)) controller = true;
    push(a.start, a.end, 'postal', a.role, controller);
  }
  for (const u of ent.urls) {
    if (u.problem) continue;
    const s = unitAt(ctx, u.start);
    if (!s || !WEB_CONTACT.test(s.norm) || THIRD_PARTY.test(s.norm)) continue;
    const ours = ent.domain ? registrableDomain(u.host) === ent.domain : ownDomain(u.host) || US_INVITE.test(s.norm);
    if (!ours) continue;
    const role = classifyRole(doc, u.start, u.end);
    if (role === 'authority' || role === 'representative') continue;
    push(u.start, u.end, 'web', role, role !== 'other');
  }
  // What the extraction does not cover, sentence by sentence.
  // Characters already inside a channel: a sentence-level find there is the same detail again.
  // (A flag per character keeps the test constant-time however many details a draft repeats.)
  const taken = new Uint8Array(doc.text.length);
  for (const c of out) taken.fill(1, c.start, c.end);
  const overlaps = (start: number, end: number) => {
    for (let i = start; i < end; i++) if (taken[i] === 1) return true;
    return false;
  };
  const sentenceChannel = (cues: readonly string[], find: (s: Sentence) => { index: number; length: number } | undefined, kind: ChannelKind, ok: (s: Sentence, near: string) => boolean) => {
    // Headings too: a short address line ("55 Example Parkway, Atlanta") may be taken for one.
    for (const s of cuedTextUnits(ctx, cues)) {
      const m = find(s);
      if (!m) continue;
      const start = s.start + m.index;
      const end = start + m.length;
      // The words just before the detail and the detail itself (a long run-on sentence may go on to other things).
      if (!ok(s, doc.norm.slice(Math.max(s.start, start - 100), end))) continue;
      if (overlaps(start, end)) continue;
      taken.fill(1, start, end);
      const role = classifyRole(doc, start, end);
      // A blank is the controller's channel only where it is offered as one ("contact us at [e-mail]"),
      // not where a clause on another item refers to it ("copies are available from us at [e-mail]").
      const controller = kind === 'placeholder' ? (role === 'general' || role === 'privacy') && INVITATION.test(s.norm) : role === 'general' || role === 'privacy' || (role === 'dpo' && !THIRD_PARTY.test(doc.norm.slice(Math.max(s.start, start - 100), start)));
      push(start, end, kind, role, controller);
    }
  };
  const onNorm = (re: RegExp) => (s: Sentence) => {
    const m = re.exec(s.norm);
    return m ? { index: m.index, length: m[0].length } : undefined;
  };
  sentenceChannel(ARTIFACT_CUES, onNorm(EMAIL_ARTIFACT), 'email', () => true);
  sentenceChannel(OBFUSCATED_CUES, onNorm(OBFUSCATED_EMAIL), 'email', (_s, near) => !THIRD_PARTY.test(near));
  const headings = sectionHeadingNorms(ctx);
  const contactSection = (s: Sentence) => CONTACT_HEADINGS.some((r) => r.test(headings[s.section]));
  const ownAddress = (s: Sentence, near: string) => {
    if (THIRD_PARTY.test(near)) return false;
    const lead = leadIn(doc, s.start, 150) + near;
    return OWN_ADDRESS.test(lead) || ADDRESSEE.test(lead) || contactSection(s);
  };
  // Every form of STREET has a digit: sentences without one are not tried.
  const street = onNorm(STREET);
  sentenceChannel(STREET_CUES, (s) => (hasCue(ctx, DIGIT_CUES, s) ? street(s) : undefined), 'postal', ownAddress);
  sentenceChannel(UK_STREET_CUES, (s) => {
    // A postcode has digits.
    if (!hasCue(ctx, DIGIT_CUES, s) || !UK_STREET.test(s.norm)) return undefined;
    const m = UK_POSTCODE.exec(doc.text.slice(s.start, s.end));
    return m ? { index: m.index, length: m[0].length } : undefined;
  }, 'postal', ownAddress);
  sentenceChannel(PLACEHOLDER_CUES, onNorm(PLACEHOLDER), 'placeholder', (_s, near) => REACH.test(near));
  sentenceChannel(FORM_CUES, onNorm(FORM), 'form', (s, near) => OFFER.test(s.norm) && !THIRD_PARTY.test(near));
  out.sort((a, b) => a.start - b.start);
  return out;
}

/** The controller's name and short names, squashed, as the extraction compares them. */
function ourNames(ent: Entities): string[] {
  const c = ent.controller;
  return c ? [c.core, ...c.shortNames].map(squash).filter((n) => n.length >= 3) : [];
}

/** The normalised text just before an offset. */
function leadIn(doc: PolicyDocument, offset: number, n: number): string {
  return doc.norm.slice(Math.max(0, offset - n), offset);
}

/** "contact Example Analytics at", "or OtherCo at": a company named just before the detail, not us. */
function foreignLead(doc: PolicyDocument, offset: number, names: string[]): boolean {
  const lead = doc.text.slice(Math.max(0, offset - 80), offset);
  const m = /\b(?:contact|e-?mail|write to|reach|or|and)\s+([A-Z][\w&.-]{1,30}(?: [A-Z][\w&.-]{1,30}){0,3})\s+(?:at|on|via|by)\s*:?\s*$/.exec(lead);
  if (!m || /^(?:Us|Our|We|The|Data|DPO)\b/.test(m[1])) return false;
  const name = squash(m[1]);
  return !names.some((n) => name.includes(n));
}

/** The end of a lead-in from its last sentence break on: the words of the detail's own sentence. */
function clauseLead(lead: string): string {
  const i = Math.max(lead.lastIndexOf('. '), lead.lastIndexOf('\n'));
  return i < 0 ? lead : lead.slice(i + 1);
}

/** "Contact us at …", "E-mail us: …" shortly before the detail. */
function invitesUs(doc: PolicyDocument, offset: number): boolean {
  return /\b(?:contact|reach|write to|e-?mail|call|message|ask) us\b|\bget in touch\b/.test(leadIn(doc, offset, 120));
}

/** The sentence or heading holding an offset (binary search over the text units, in text order). */
export function unitAt(ctx: RuleContext, offset: number): Sentence | undefined {
  const units = textUnits(ctx);
  let lo = 0;
  let hi = units.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (units[mid].end <= offset) lo = mid + 1;
    else if (units[mid].start > offset) hi = mid - 1;
    else return units[mid];
  }
  return undefined;
}

/** The invitation that introduces a channel ("If you have questions, please contact us:"). */
const INVITATION = /\b(?:contact|reach|write to|e-?mail|call|get in touch with) (?:us|our)\b|\bcontact us\b|\bquestions?\b[^.]{0,80}\b(?:contact|reach|write|send)\b/;

/** How many channel sentences are shown as evidence. */
const EVIDENCE = 3;

/**
 * The sentences holding the given channels, each with the invitation just before it, in text
 * order. Channels in a contact section or an invitation are shown first: "If you have questions,
 * contact us at …" says more than "… withdraw your consent by writing to …".
 */
export function channelEvidence(ctx: RuleContext, channels: Channel[]): Sentence[] {
  const units = textUnits(ctx);
  const headings = sectionHeadingNorms(ctx);
  const rank = (s: Sentence) => (CONTACT_HEADINGS.some((r) => r.test(headings[s.section])) ? 0 : INVITATION.test(s.norm) ? 1 : 2);
  const holders: Array<{ s: Sentence; rank: number; order: number }> = [];
  const seen = new Set<Sentence>();
  for (const c of channels) {
    const s = unitAt(ctx, c.start);
    if (!s || seen.has(s)) continue;
    seen.add(s);
    holders.push({ s, rank: rank(s), order: holders.length });
  }
  holders.sort((a, b) => a.rank - b.rank || a.order - b.order);
  const picked = new Set<Sentence>();
  for (const { s } of holders.slice(0, EVIDENCE)) {
    picked.add(s);
    if (INVITATION.test(s.norm)) continue;
    // An address block's introduction: one or two units before, in the same section.
    const i = units.indexOf(s);
    for (let j = i - 1; j >= Math.max(0, i - 2); j--) {
      const u = units[j];
      if (u.section !== s.section) break;
      if (u.paragraph >= 0 && INVITATION.test(u.norm)) {
        picked.add(u);
        break;
      }
    }
  }
  return [...picked].sort((a, b) => a.start - b.start);
}

function detect(ctx: RuleContext): Sentence[] {
  return channelEvidence(ctx, contactChannels(ctx).filter((c) => c.controller));
}

const rule = gdprItem({
  name: 'controller-contact',
  title: 'Contact details of the controller',
  cites: ['13(1)(a)', '14(1)(a)'],
  docArticle: 13,
  explanation: 'People need a way to reach the controller about their data: an e-mail address, a postal address, a telephone number or a contact form. An invitation to "contact us" without any of these is not enough.',
  remedy: 'Add how to contact the controller: at least an e-mail or postal address.',
  anchorHeadings: CONTACT_HEADINGS,
  patterns: { any: [] },
});

export default { ...rule, detect };
