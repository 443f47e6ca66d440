// What a clause is filled with: the draft's own controller name, e-mail addresses and DPO
// details. Declared organization details (settings, project file, front matter) win; else a
// small, cautious reading of the text. Kept in one file so it can later ask the shared
// entity extractor instead (server/src/engine/extract/).

import type { PolicyDocument } from '../model/document';
import type { CheckOptions } from '../types';
import type { ClauseValues } from './types';
import { extractEntities } from '../extract/entities';
import { countryInText, countryOfAddress, supervisoryAuthorityOf, trimEnd } from './countries';

export function resolveClauseValues(doc: PolicyDocument, options: CheckOptions): ClauseValues {
  const org = options.organization;
  const found = readFromText(doc);
  const v: ClauseValues = {};
  const set = <K extends keyof ClauseValues>(k: K, value: string | undefined) => {
    if (value !== undefined && value.trim().length > 0) v[k] = value.trim();
  };
  set('controllerName', org.name ?? found.controllerName);
  set('shortName', found.shortName ?? org.name ?? found.controllerName);
  set('email', org.email ?? found.email);
  set('privacyEmail', org.privacyEmail ?? found.privacyEmail ?? org.email ?? found.email);
  set('dpoEmail', found.dpoEmail);
  // The draft's own postal address when it states one: a clause never shows a template address then.
  const entities = extractEntities(doc, org);
  set('address', org.address ?? ownAddress(doc, entities, v.controllerName));
  set('website', org.website);
  // The country: from the address, else from "registered in Sweden"; it names the supervisory authority.
  set('country', (v.address ? countryOfAddress(v.address) : undefined) ?? countryInText(doc.text));
  set('supervisoryAuthority', supervisoryAuthorityOf(v.country));
  return v;
}

/**
 * The controller's postal address as the draft writes it (the one it uses most for itself),
 * without a leading company name ("SeqOps AB, Tynäsgatan 12, …": the clause names the company
 * already) and with a postcode glued to its town written apart ("652 16Karlstad").
 */
function ownAddress(doc: PolicyDocument, entities: ReturnType<typeof extractEntities>, controllerName: string | undefined): string | undefined {
  // The extractor's choice; else an address the draft introduces as its own in the same
  // sentence ("Our address is Tegelgatan 4, …"), which it reads as no one's.
  const mention = entities.contact.address
    ? entities.postalAddresses.find((a) => doc.text.slice(a.start, a.end) === entities.contact.address)
    : entities.postalAddresses.find((a) => OWN_LEAD.test(doc.text.slice(a.start, Math.min(a.end, a.start + 60))));
  if (!mention) return undefined;
  let address = doc.text.slice(mention.start, mention.end);
  if (mention?.glued) {
    const at = mention.glued.at - mention.start;
    address = `${address.slice(0, at)} ${address.slice(at)}`;
  }
  const lead0 = OWN_LEAD.exec(address);
  if (lead0) address = address.slice(lead0[0].length);
  const parts = address.split(',');
  const names = [controllerName, entities.controller?.legalName, entities.controller?.core].filter((n): n is string => !!n).map((n) => n.toLowerCase());
  // Leading parts that are the company's name, its legal form ("SeqOps AB", "Example, Inc.") or
  // the words of the sentence before ("write to us at SeqOps AB"); a building's name stays.
  const lead = (part: string) => {
    const t = part.trim().toLowerCase();
    return (t.length > 1 && names.some((n) => n.includes(t))) || LEGAL_FORM.test(t) || /\b(?:us|at|to|our|by)\s/.test(part);
  };
  while (parts.length > 2 && !/\d/.test(parts[0]) && lead(parts[0])) parts.shift();
  return trimEnd(parts.join(','), '.; ');
}

/** "Our address is", "Our registered office is at", "You can write to us at": words before the address itself. */
const OWN_LEAD = /^(?:our (?:postal |mailing |registered |business |head )?(?:address|office|headquarters) (?:is|are)(?: at| located at)?|(?:you can |please )?(?:write|send (?:a letter|mail)) to us at)\s/i;

/** How many e-mail addresses to look at: enough for any policy, bounded for huge inputs. */
const MAX_EMAILS = 50;
const LOCAL = /[A-Za-z0-9._%+-]/;
const DOMAIN = /[A-Za-z0-9.-]/;

/** E-mail addresses in the text, by scanning around each `@` (linear, no regex backtracking). */
export function emailsIn(text: string): string[] {
  const out: string[] = [];
  let at = text.indexOf('@');
  while (at >= 0 && out.length < MAX_EMAILS) {
    let a = at;
    while (a > 0 && at - a < 64 && LOCAL.test(text[a - 1])) a--;
    let b = at + 1;
    while (b < text.length && b - at < 254 && DOMAIN.test(text[b])) {
      // Scraped text glues the next heading on: "info@example.com.CHILDREN" ends at ".com".
      if (text[b] === '.' && /[A-Z]/.test(text[b + 1] ?? '') && !/[A-Z]/.test(text.slice(at + 1, b))) break;
      b++;
    }
    while (b > at + 1 && text[b - 1] === '.') b--; // a sentence's full stop
    const local = text.slice(a, at);
    const domain = text.slice(at + 1, b);
    if (local.length > 0 && /^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/.test(domain) && /[A-Za-z]{2,}$/.test(domain)) out.push(`${local}@${domain}`);
    at = text.indexOf('@', Math.max(b, at + 1));
  }
  return out;
}

const PRIVACY_LOCAL = /privacy|dpo|gdpr|data-?protection|datenschutz|legal|compliance/i;
const DPO_LOCAL = /dpo|data-?protection-?officer|datenschutz/i;

interface TextValues {
  controllerName?: string;
  shortName?: string;
  email?: string;
  privacyEmail?: string;
  dpoEmail?: string;
}

function readFromText(doc: PolicyDocument): TextValues {
  const emails = emailsIn(doc.text);
  const out: TextValues = {};
  out.email = emails[0];
  out.privacyEmail = emails.find((e) => PRIVACY_LOCAL.test(e.slice(0, e.indexOf('@'))));
  out.dpoEmail = emails.find((e) => DPO_LOCAL.test(e.slice(0, e.indexOf('@'))));
  Object.assign(out, definedName(doc));
  return out;
}

/** Where the draft defines itself: `Example Ltd (“Example”, “we”, “us”)`. Only the first 20,000 characters. */
const DEFINITION = /\((?:[^()]{0,60}?)"(?:we|us|our)\b/;

function definedName(doc: PolicyDocument): { controllerName?: string; shortName?: string } {
  const head = doc.norm.slice(0, 20000);
  const m = DEFINITION.exec(head);
  if (!m) return {};
  const paren = m.index;
  const close = doc.text.indexOf(')', paren);
  const inside = doc.text.slice(paren + 1, close > paren ? close : paren + 80);
  const quoted = /["“]([A-Z][^"”]{1,40})["”]/.exec(inside);
  const short = quoted && !/^(we|us|our)\b/i.test(quoted[1]) ? quoted[1].replace(/[\s,.;:]+$/, '') : undefined;
  const name = capitalisedRunBefore(doc.text, paren);
  return { controllerName: name, shortName: short ?? name };
}

const CONNECTIVES = new Set(['of', 'and', '&', 'de', 'du', 'der', 'und', 'for']);
/** Legal forms, whose full stop does not end the sentence: "Example, Inc. (“we”)". */
const LEGAL_FORM = /^(inc|ltd|llc|l\.l\.c|corp|co|plc|gmbh|ag|ab|aps|a\/s|s\.a|sas|b\.v|bv|n\.v|nv|s\.r\.l|srl|pty|oy|limited|corporation|company)\.?,?$/i;
/** Sentence-initial words that are not part of a name: "This", "The", "Welcome". */
const LEAD_WORDS = /^(This|The|These|Welcome|At|By|Hello|Here|In)$/;

/** The run of capitalised words (with connectives and legal forms) that ends just before `end`, on the same line and in the same sentence. */
function capitalisedRunBefore(text: string, end: number): string | undefined {
  let before = text.slice(Math.max(0, end - 120), end);
  const nl = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  if (nl >= 0) before = before.slice(nl + 1);
  const words = before.trim().split(/\s+/).filter((w) => w.length > 0);
  const run: string[] = [];
  for (let i = words.length - 1; i >= 0 && run.length < 8; i--) {
    const w = words[i];
    // A word ending a sentence (other than a legal form or an initial) belongs to the sentence before.
    if (i < words.length - 1 && /[.!?;:]$/.test(w) && !LEGAL_FORM.test(w) && !/^[A-Z]\.$/.test(w)) break;
    if (/^[A-Z0-9][\w&.'’/-]*,?$/.test(w) || (CONNECTIVES.has(w) && run.length > 0)) run.unshift(w);
    else break;
  }
  while (run.length > 0 && CONNECTIVES.has(run[0])) run.shift();
  while (run.length > 1 && LEAD_WORDS.test(run[0])) run.shift();
  const name = run.join(' ').replace(/,$/, '');
  return name.length >= 2 ? name : undefined;
}
