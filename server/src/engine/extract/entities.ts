// Everything the consistency rules (and the clause library, and hovers) want to know about
// who the controller is and how to reach it, computed once per check.

import type { PolicyDocument } from '../model/document';
import type { DocumentContext } from '../model/context';
import type { CheckOptions, OrganizationDetails } from '../types';
import { brandLabel, hostOf, registrableDomain, squash } from './domains';
import { EmailMention, findEmails } from './emails';
import { ControllerName, findControllerName, findLegalNames, LegalNameMention } from './names';
import { findPhones, PhoneMention } from './phones';
import { findPostalAddresses, PostalMention } from './postal';
import { classifyRole, ContactRole } from './roles';
import { findPolicyDates, PolicyDate } from './dates';
import { findBrokenSchemes, findUrls, UrlMention, BrokenScheme } from './urls';

export type WithRole<T> = T & { role: ContactRole };

export interface Entities {
  controller?: ControllerName;
  /** The controller's registrable domain ("seqops.io"), declared or inferred from the text. */
  domain?: string;
  domainSource?: 'declared' | 'text';
  emails: Array<WithRole<EmailMention>>;
  phones: Array<WithRole<PhoneMention>>;
  urls: UrlMention[];
  brokenSchemes: BrokenScheme[];
  postalAddresses: Array<WithRole<PostalMention>>;
  legalNames: LegalNameMention[];
  dates: PolicyDate[];
  /** Convenience for clause filling: the most used general and privacy e-mail, DPO e-mail. */
  contact: { email?: string; privacyEmail?: string; dpoEmail?: string; representativeEmail?: string; phone?: string; address?: string };
}

export function extractEntities(doc: PolicyDocument, organization: OrganizationDetails = {}): Entities {
  const steps = extractEntitiesSteps(doc, organization);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Nothing extracted: for drafts too large to extract from (see LARGE_DOCUMENT_CHARS in check.ts). */
export function noEntities(): Entities {
  return { emails: [], phones: [], urls: [], brokenSchemes: [], postalAddresses: [], legalNames: [], dates: [], contact: {} };
}

/** The memo key under which a check shares the entities (see getEntities). */
export const ENTITIES_MEMO = 'extract/entities';

/**
 * The same extraction in steps (one per kind of detail), so that a server can answer requests
 * between them: on a 3 MB draft the whole extraction takes a tenth of a second or more.
 */
export function* extractEntitiesSteps(doc: PolicyDocument, organization: OrganizationDetails = {}): Generator<void, Entities, void> {
  const legalNames = findLegalNames(doc);
  yield;
  const controller = findControllerName(doc, organization.name, legalNames);
  yield;
  const emails = findEmails(doc).map((e) => ({ ...e, role: classifyRole(doc, e.start, e.end, e.local, e.domain) }));
  yield;
  const phones = findPhones(doc).map((p) => ({ ...p, role: classifyRole(doc, p.start, p.end) }));
  yield;
  const postalAddresses = findPostalAddresses(doc).map((a) => ({ ...a, role: classifyRole(doc, a.postcodeStart, a.end) }));
  yield;
  const urls = findUrls(doc);
  yield;
  const { domain, domainSource } = controllerDomain(organization, controller, emails, urls);
  // A third party's address named with its company ("Google … privacy@google.com", "contact
  // Ipsos MORI at compliance@…") is not ours.
  const ourNames = controller ? [controller.core, ...controller.shortNames].map(squash).filter((n) => n.length >= 3) : [];
  const mainBrand = domain ? brandLabel(domain) : brandLabel(mostFrequent(emails.map((e) => registrableDomain(e.domain))) ?? '');
  for (const e of emails) {
    if (e.role !== 'general' && e.role !== 'privacy') continue;
    const brand = brandLabel(e.domain);
    if (brand === mainBrand || ourNames.some((n) => n === brand)) continue;
    const before = doc.text.slice(Math.max(0, e.start - 200), e.start);
    const contactOther = /\b(?:contact|e-?mail|write to|reach)\s+([A-Z][\w&.-]{1,30}(?: [A-Z][\w&.-]{1,30}){0,3})\s+(?:at|on|via|by)\s*:?\s*$/.exec(before);
    const namedOther = contactOther && !/^(?:Us|Our|We)\b/.test(contactOther[1]) && !ourNames.some((n) => squash(contactOther[1]).includes(n));
    if ((brand.length >= 3 && squash(before).includes(squash(brand))) || namedOther) e.role = 'other';
  }
  for (const e of emails) {
    // Sample addresses ("e.g. yourname@businessname.com") illustrate a format; they are nobody's contact.
    const lead = doc.norm.slice(Math.max(0, e.start - 25), e.start);
    if (/\b(?:e\.g\.|for example|for instance|such as|example:?)\s*[("']?$/.test(lead) || /^(?:your-?name|yourname|your\.?email|name|firstname\.?lastname|john\.?doe|jane\.?doe|username|sunombre)$/i.test(e.local)) e.role = 'other';
    // The representative's or DPO's words near our own privacy mailbox: still our mailbox.
    if ((e.role === 'representative' || e.role === 'dpo') && domain && registrableDomain(e.domain) === domain && /^(?:privacy|info|contact|support|legal|hello)\b/i.test(e.local)) e.role = 'privacy';
  }
  // An address is the controller's only when the text says so ("write to us at", its name in
  // the address); processors' and partners' addresses (Google LLC, 1600 Amphitheatre …) are not.
  const ownCue = /contact us|write to us|write us|reach us|our (?:postal |mailing |registered |head |business )?(?:address|office|headquarters)|by (?:post|mail|letter)|(?:postal|mailing) address|registered (?:office|address)|send (?:a |your )?(?:letter|request|written)|mail(?: it)? to/;
  for (const a of postalAddresses) {
    if (a.role !== 'general' && a.role !== 'privacy') continue;
    const span = squash(doc.text.slice(a.start, a.end));
    const named = ourNames.some((n) => span.includes(n));
    // Legal names are in text order: only those starting inside the address are looked at.
    let otherCompany = false;
    for (let i = firstStartingAt(legalNames, a.start); i < legalNames.length && legalNames[i].start < a.postcodeStart && !otherCompany; i++) {
      const l = legalNames[i];
      otherCompany = !ourNames.some((n) => squash(l.core).includes(n));
    }
    const cue = ownCue.test(doc.norm.slice(Math.max(0, a.start - 150), a.start));
    if (otherCompany || (!named && !cue)) a.role = 'other';
  }
  const most = (role: ContactRole) => mostFrequent(emails.filter((e) => e.role === role && !e.problem).map((e) => e.address));
  yield;
  const brokenSchemes = findBrokenSchemes(doc);
  yield;
  const dates = findPolicyDates(doc);
  return {
    controller,
    domain,
    domainSource,
    emails,
    phones,
    urls,
    brokenSchemes,
    postalAddresses,
    legalNames,
    dates,
    contact: {
      email: most('general'),
      privacyEmail: most('privacy'),
      dpoEmail: most('dpo'),
      representativeEmail: most('representative'),
      phone: mostFrequent(phones.filter((p) => p.role === 'general' || p.role === 'privacy').map((p) => p.written)),
      address: mostFrequent(postalAddresses.filter((a) => a.role === 'general' || a.role === 'privacy').map((a) => doc.text.slice(a.start, a.end))),
    },
  };
}

/** Shared across the rules of one check. */
export function getEntities(ctx: DocumentContext & { options: CheckOptions }): Entities {
  return ctx.memo(ENTITIES_MEMO, () => extractEntities(ctx.doc, ctx.options.organization));
}

function controllerDomain(
  org: OrganizationDetails,
  controller: ControllerName | undefined,
  emails: EmailMention[],
  urls: UrlMention[],
): { domain?: string; domainSource?: 'declared' | 'text' } {
  const declared = org.website ? hostOf(org.website) : org.email?.split('@')[1] ?? org.privacyEmail?.split('@')[1];
  if (declared) return { domain: registrableDomain(declared), domainSource: 'declared' };
  if (!controller) return {};
  // A domain whose brand is the controller's name ("seqops.io" for SeqOps, "seqster.com" for Seqster PDM).
  const names = [controller.core, ...controller.shortNames].map(squash).filter((n) => n.length >= 3);
  const hosts = [...emails.filter((e) => !e.problem).map((e) => e.domain), ...urls.filter((u) => !u.problem).map((u) => u.host)];
  const counts = new Map<string, number>();
  for (const h of hosts) {
    const brand = squash(brandLabel(h));
    if (brand.length < 3) continue;
    if (names.some((n) => n === brand || n.startsWith(brand) || brand.startsWith(n))) {
      const d = registrableDomain(h);
      counts.set(d, (counts.get(d) ?? 0) + 1);
    }
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  return best ? { domain: best[0], domainSource: 'text' } : {};
}

/** Index of the first mention starting at or after offset (mentions sorted by start). */
function firstStartingAt(xs: LegalNameMention[], offset: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function mostFrequent(values: string[]): string | undefined {
  const counts = new Map<string, { n: number; first: string }>();
  for (const v of values) {
    const k = v.toLowerCase();
    const c = counts.get(k);
    if (c) c.n++;
    else counts.set(k, { n: 1, first: v });
  }
  let best: { n: number; first: string } | undefined;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best?.first;
}
