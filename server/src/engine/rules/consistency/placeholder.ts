// Template leftovers a published policy must not contain: blanks, bracketed prompts,
// XXX/TBD/TODO, lorem ipsum, "[email protected]" (an address a web page's obfuscation
// destroyed when the text was copied) and example.com addresses.
import { getEntities } from '../../extract';
import { Anchor, matchesIn, matchesNear } from '../../extract/scan';
import type { PolicyDocument } from '../../model/document';
import type { Fix, OrganizationDetails } from '../../types';
import type { CheckRule, RawFinding, RuleContext } from '../framework/ruleTypes';
import { gdpr, gdprArticleUrl } from '../../law/legalRefs';
import { replaceFix } from './shared';
import { clipQuote } from '../../text/quote';

type Kind = 'email' | 'name' | 'date' | 'address' | 'phone' | 'website' | 'other';

/** Words that make a bracketed or angle-bracketed phrase a prompt to fill in. */
const PROMPT_WORDS = /\b(?:insert|enter|fill(?: in)?|add|company|business|organi[sz]ation|entity|legal name|name|date|address|e-?mail|phone|telephone|website|url|domain|country|state|city|jurisdiction|dpo|representative|placeholder|todo|tbd|xx+)\b/i;
const BRACKET = /\[([^[\]\n]{2,60})\](?![([:])/g;
const ANGLE = /<([^<>\n]{2,60})>/g;
const TEMPLATE_VAR = /\{\{[^{}\n]{1,60}\}\}|\$\{[^{}\n]{1,40}\}|%[A-Z][A-Z_]{2,30}%/g;
const BLANK = /_{3,}(?:@_{2,}(?:\._{2,})?)?/g;
const CF_EMAIL = /\[email(?:\u00a0| )protected\]/gi;
const MARKERS = /(?<![A-Za-z0-9])(?:X{3,}|[Xx]{2}[/.-][Xx]{2}[/.-][Xx]{2,4}|TBD|TBC|TBA|TODO|FIXME)(?![A-Za-z0-9])/g;
const LOREM = /lorem ipsum/gi;
// Bracket, angle, variable, "[email protected]" and lorem-ipsum matches start with a rare
// character or word: run only there (one pass over the prose per expression cost more than
// the matching). Spans are each expression's longest match plus its lookahead.
const AT_BRACKET: Anchor = { re: /\[/g, before: 0, span: 64, behind: 0 };
const AT_ANGLE: Anchor = { re: /</g, before: 0, span: 64, behind: 0 };
const AT_TEMPLATE_VAR: Anchor = { re: /\{\{|\$\{|%[A-Z]/g, before: 0, span: 66, behind: 0 };
const AT_CF_EMAIL: Anchor = { re: /\[email/gi, before: 0, span: 20, behind: 0 };
const AT_LOREM: Anchor = { re: /lorem ipsum/gi, before: 0, span: 12, behind: 0 };
const TEMPLATE_DOMAIN = /(?:^|\.)(?:example\.(?:com|org|net)|[a-z0-9-]{1,63}\.example|your-?(?:domain|company|website|site|business)\.[a-z]{2,6}|domain\.com|company\.com)$/;

export const placeholder: CheckRule = {
  kind: 'check',
  id: 'consistency/placeholder',
  family: 'consistency',
  title: 'Placeholder or template leftover',
  refs: gdpr('12(1)'),
  defaultSeverity: 'error',
  docUrl: gdprArticleUrl(12),
  explanation:
    'A published policy must be complete: a blank, a bracketed prompt or a dummy address means a detail the reader is entitled to (a contact address, a name, a date) is missing, and shows the text was never finished. Write the missing detail (the quick fix fills it from the declared organisation details where it can), or remove the prompt. “[email protected]” is what a web page shows in place of an e-mail address it hides from spam robots: write the address back.',
  run(ctx) {
    const doc = ctx.doc;
    const out: RawFinding[] = [];
    const add = (start: number, end: number, message: string, kind: Kind) => out.push({ start, end, message, fixes: fillFixes(ctx, kind, { start, end }) });

    for (const { start, end } of matchesIn(doc, BLANK)) {
      if (isRuleLine(doc, start)) continue;
      // “Sponsored by ___”: a blank quoted as an example of a label is not a gap in the policy.
      if (/^[\u201d"']/.test(doc.text.slice(end, end + 1)) && /[\u201c"'][^\u201c\u201d"\n]{0,40}$/.test(doc.text.slice(Math.max(0, start - 40), start))) continue;
      const t = doc.text.slice(start, end);
      const kind: Kind = t.includes('@') ? 'email' : guessKind(doc.norm.slice(Math.max(0, start - 40), start));
      add(start, end, `Blank “${clipQuote(t)}” left to fill in: ${kind === 'email' ? 'an e-mail address is missing' : `write the ${KIND_LABEL[kind]}`}.`, kind);
    }
    for (const { start, end } of matchesNear(doc, CF_EMAIL, AT_CF_EMAIL)) {
      add(start, end, '“[email protected]” is an address a web page hid from spam robots; the address itself was lost when the text was copied.', 'email');
    }
    for (const { m, start, end } of matchesNear(doc, BRACKET, AT_BRACKET)) {
      if (/^[xX]?$/.test(m[1].trim()) || /^\^|^\d+$/.test(m[1]) || !PROMPT_WORDS.test(m[1]) || /^email protected$/i.test(m[1].replace(/\u00a0/g, ' '))) continue;
      // Optional wording in brackets ("[and our affiliates]") is lower-case prose; prompts are Title Case, CAPS or start with a verb.
      if (!/^(?:[A-Z]|insert|enter|fill|add|your|company|date|name)/.test(m[1])) continue;
      add(start, end, `“${clipQuote(m[0])}” is a template prompt: replace it with the ${KIND_LABEL[guessKind(m[1].toLowerCase())]} it asks for.`, guessKind(m[1].toLowerCase()));
    }
    for (const { m, start, end } of matchesNear(doc, ANGLE, AT_ANGLE)) {
      const inner = m[1];
      if (/^[/!?]|:\/\/|^mailto:|@|^[a-z][a-z0-9-]*(?:\s+[a-z-]+\s*=|\s*\/?$)/i.test(inner) || !PROMPT_WORDS.test(inner)) continue;
      add(start, end, `“${clipQuote(m[0])}” is a template prompt: replace it with the ${KIND_LABEL[guessKind(inner.toLowerCase())]} it asks for.`, guessKind(inner.toLowerCase()));
    }
    for (const { m, start, end } of matchesNear(doc, TEMPLATE_VAR, AT_TEMPLATE_VAR)) {
      add(start, end, `“${clipQuote(m[0])}” is a template variable never filled in: replace it with the ${KIND_LABEL[guessKind(m[0].toLowerCase())]}.`, guessKind(m[0].toLowerCase()));
    }
    for (const { m, start, end } of matchesIn(doc, MARKERS)) {
      const what = /^x/i.test(m[0]) ? 'a stand-in for a missing value' : 'a drafting note';
      add(start, end, `“${clipQuote(m[0])}” is ${what}: write the missing text or remove it.`, guessKind(doc.norm.slice(Math.max(0, start - 40), start)));
    }
    for (const { start, end } of matchesNear(doc, LOREM, AT_LOREM)) {
      const para = doc.paragraphs.find((p) => p.start <= start && start < p.end);
      out.push({ start, end: para ? para.end : end, message: 'Lorem ipsum is template dummy text: replace the passage with the policy’s own text or remove it.' });
    }
    const ent = getEntities(ctx);
    for (const e of ent.emails) {
      if (!TEMPLATE_DOMAIN.test(e.domain)) continue;
      add(e.start, e.end, `${clipQuote(e.address, 60)} is a sample address (${clipQuote(e.domain, 40)} is reserved for examples): write the real one.`, 'email');
    }
    for (const u of ent.urls) {
      if (!TEMPLATE_DOMAIN.test(u.host.replace(/^www\./, ''))) continue;
      add(u.start, u.end, `${clipQuote(u.url, 60)} is a sample web address from a template: write the real one.`, 'website');
    }
    return dedupe(out);
  },
};

const KIND_LABEL: Record<Kind, string> = {
  email: 'e-mail address',
  name: 'name',
  date: 'date',
  address: 'postal address',
  phone: 'telephone number',
  website: 'web address',
  other: 'missing text',
};

function guessKind(s: string): Kind {
  if (/e-?mail|@/.test(s)) return 'email';
  if (/phone|telephone|tel\b|number/.test(s)) return 'phone';
  if (/website|url|domain|web address|site/.test(s)) return 'website';
  if (/address|street|city|postcode|zip/.test(s)) return 'address';
  if (/date|updated|effective|revised|day|month|year/.test(s)) return 'date';
  if (/name|company|business|organi[sz]ation|entity|controller/.test(s)) return 'name';
  return 'other';
}

/** Fill a prompt from the declared details (preferred), else from the details the policy gives elsewhere. */
function fillFixes(ctx: RuleContext, kind: Kind, r: { start: number; end: number }): Fix[] {
  const org: OrganizationDetails = ctx.options.organization;
  const ent = getEntities(ctx);
  const declared: Partial<Record<Kind, string | undefined>> = {
    email: org.privacyEmail ?? org.email,
    name: org.name,
    address: org.address,
    phone: org.phone,
    website: org.website,
  };
  const fromText: Partial<Record<Kind, string | undefined>> = {
    email: ent.contact.privacyEmail ?? ent.contact.email,
    name: ent.controller?.legalName,
    address: ent.contact.address,
    phone: ent.contact.phone,
  };
  const fixes: Fix[] = [];
  const d = declared[kind];
  if (d) fixes.push(replaceFix(`Fill in ${d} (declared ${KIND_LABEL[kind]})`, [r], d, true));
  const t = fromText[kind];
  if (t && t !== d && t !== ctx.doc.text.slice(r.start, r.end)) fixes.push(replaceFix(`Fill in ${t} (used elsewhere in the policy)`, [r], t, !d));
  return fixes;
}

/** A Markdown horizontal rule (a line of underscores) is layout, not a blank. */
function isRuleLine(doc: PolicyDocument, offset: number): boolean {
  const ln = doc.lines.lineAt(offset);
  return /^\s*(?:_\s*){3,}$/.test(doc.text.slice(doc.lines.lineStarts[ln], doc.lines.lineEnd(ln)));
}

function dedupe(fs: RawFinding[]): RawFinding[] {
  fs.sort((a, b) => a.start - b.start || b.end - a.end);
  let lastEnd = -1;
  return fs.filter((f) => {
    if (f.start < lastEnd) return false;
    lastEnd = f.end;
    return true;
  });
}
