// What a contact detail is for. Decided from the words just before it (nearest cue wins),
// the mailbox name ("privacy@", "dpo@") and the section heading. A DPO, an EU/UK
// representative or a supervisory authority legitimately has its own details; `other`
// covers functional mailboxes (billing@, careers@) and third parties' details.

import type { PolicyDocument } from '../model/document';
import { blockAt, sectionHeadingAt, sectionIndexAt } from './scan';

export type ContactRole = 'general' | 'privacy' | 'dpo' | 'representative' | 'authority' | 'other';

export const ROLE_LABEL: Record<ContactRole, string> = {
  general: 'general contact',
  privacy: 'privacy questions and requests',
  dpo: 'the data protection officer',
  representative: 'the representative in the EU/UK',
  authority: 'a supervisory authority',
  other: 'another purpose',
};

const CUES: Array<[Exclude<ContactRole, 'general'>, RegExp]> = [
  ['dpo', /data protection officer|\bdpo\b/g],
  ['representative', /(?<!customer |service |sales |account |support )representatives?\b|art(?:icle|\.)? ?27\b/g],
  ['authority', /supervisory authorit|data protection (?:authorit|agency|commission)|information commissioner|\bico\b|\bcnil\b|attorney general|federal trade commission|\bftc\b|ombudsman|\bedpb\b/g],
  ['other', /\bfax\b|\bfacsimile\b|billing|careers?\b|\bjobs?\b|\bpress\b|\bmedia inquir|security vulnerabilit|report abuse|\bcopyright\b|\bdmca\b/g],
  ['privacy', /privacy|personal (?:data|information)|data protection|your rights|\brights?\b|\brequests?\b|gdpr|ccpa|opt[- ]out|unsubscribe|erasure|delet/g],
];

const MAILBOX: Array<[ContactRole, RegExp]> = [
  ['representative', /^(?:(?:eu|uk|gdpr)[._-]?(?:data[._-]?)?rep(?:resentative)?|rep[._-])|[._-](?:eu|uk)?rep$/],
  ['dpo', /^(?:dpo|data[._-]?protection[._-]?officer)\b/],
  ['privacy', /^(?:privacy|gdpr|ccpa|data[._-]?protection|dataprivacy|data[._-]?privacy|dsar|data[._-]?requests?|legal|compliance|privacyofficer|privacy[._-]?officer)\b/],
  ['general', /^(?:info|contact|contactus|hello|hi|support|help|helpdesk|service|customerservice|customer[._-]?service|office|team|admin|mail|enquiries|inquiries|general)\b/],
  ['other', /^(?:billing|accounts|sales|careers|jobs|hr|press|media|pr|security|abuse|no-?reply|donotreply|unsubscribe|accessibility|copyright|dmca|marketing|partners?|investors?|webmaster|feedback|orders|returns)\b/],
];

/** Nearest-cue distance within which a DPO/representative/authority cue decides the role. */
const NEAR = 160;

/** Supervisory authorities' and representative services' domains: their details are never the controller's. */
const AUTHORITY_DOMAIN = /(?:^|\.)(?:ico\.org\.uk|cnil\.fr|dataprotection\.ie|edps\.europa\.eu|edpb\.europa\.eu|ftc\.gov|oag\.ca\.gov|cppa\.ca\.gov|bfdi\.bund\.de|aepd\.es|gpdp\.it|garanteprivacy\.it|autoriteitpersoonsgegevens\.nl|imy\.se|datatilsynet\.(?:dk|no)|priv\.gc\.ca|oaic\.gov\.au|edoeb\.admin\.ch)$/;
const REPRESENTATIVE_DOMAIN = /(?:^|\.)(?:prighter\.com|edpo\.(?:com|eu)|datarep\.com|vgs-datenschutz\.de)$|(?:^|[.-])(?:eu|uk|gdpr|data)-?rep(?:resentatives?|s)?[.-]/;

export function classifyRole(doc: PolicyDocument, start: number, end: number, mailbox?: string, domain?: string): ContactRole {
  if (domain && AUTHORITY_DOMAIN.test(domain)) return 'authority';
  if (domain && REPRESENTATIVE_DOMAIN.test(domain)) return 'representative';
  const block = blockAt(doc, start);
  // Look back across line and paragraph breaks: an address block's lines ("Phone: …") follow
  // their introduction, and short lines may even be taken for headings. But not across an
  // explicit heading ("## Contact", "7. Contact us"): the complaint to an authority that ends the
  // section before it says nothing of whose our contact details are. Nor into the front matter:
  // its `dpo: false` is a fact about the draft, not a label on the address that follows it.
  const from = Math.max(0, start - 250, explicitHeadingStart(doc, start), doc.frontMatter?.end ?? 0);
  const before = doc.norm.slice(from, start);
  const after = doc.norm.slice(end, Math.min(block.end, end + 60));
  // The nearest specific cue (DPO, representative, authority, other purpose) and the nearest privacy cue.
  let best: ContactRole | undefined;
  let bestDist = Infinity;
  let privacyDist = Infinity;
  for (const [role, re] of CUES) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    let last = -1;
    while ((m = re.exec(before))) last = m.index + m[0].length;
    if (last < 0) continue;
    const dist = before.length - last;
    if (role === 'privacy') {
      if (dist <= 80) privacyDist = dist;
      continue;
    }
    const limit = role === 'other' ? 80 : NEAR;
    if (dist <= limit && dist < bestDist) {
      best = role;
      bestDist = dist;
    }
  }
  const mailboxRole = mailbox ? MAILBOX.find(([, re]) => re.test(mailbox.toLowerCase()))?.[0] : undefined;
  // "Contact our DPO at dpo@… For other privacy questions: privacy@…": the mailbox's own name
  // and a nearer privacy cue outweigh a specific cue further back.
  if (best && mailboxRole && mailboxRole !== best && privacyDist < bestDist) best = undefined;
  // "… at dpo@x.eu (our Data Protection Officer)": a cue right after the detail.
  const afterCue = /^[^.;\n]{0,15}\b(?:data protection officer|dpo)\b/.test(after) ? 'dpo' : /^[^.;\n]{0,15}representative/.test(after) ? 'representative' : undefined;
  if (afterCue) return afterCue;
  if (best) return best;
  if (mailboxRole) return mailboxRole;
  if (privacyDist < Infinity) return 'privacy';
  const heading = sectionHeadingAt(doc, start);
  if (/data protection officer|\bdpo\b/.test(heading)) return 'dpo';
  if (/representative/.test(heading)) return 'representative';
  if (/supervisory authorit|commissioner|data protection authorit/.test(heading)) return 'authority';
  return 'general';
}

/** The start of the explicit (Markdown or numbered) heading of the section holding an offset, or 0. */
function explicitHeadingStart(doc: PolicyDocument, offset: number): number {
  const i = sectionIndexAt(doc, offset);
  const h = i >= 0 ? doc.sections[i].heading : undefined;
  return h && (h.style === 'atx' || h.style === 'setext' || h.style === 'numbered') && h.start <= offset ? h.start : 0;
}

/** General and privacy contacts are the controller's own; the others may differ legitimately. */
export function isOwnContactRole(role: ContactRole): boolean {
  return role === 'general' || role === 'privacy';
}
