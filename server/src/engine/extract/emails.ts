// E-mail addresses. Bounded local part and labels; no nested unbounded quantifiers.
// Scraped or hastily typed text glues the next word to an address ("info@acme.com.Request",
// "legal@acme.comIf"): the address is cut where the case changes and the glue is recorded.

import type { PolicyDocument } from '../model/document';
import { Anchor, matchesNear } from './scan';

export interface EmailMention {
  start: number;
  end: number;
  /** As written (after removing glued text and trailing punctuation). */
  address: string;
  /** Lower-cased, for comparison. */
  key: string;
  local: string;
  domain: string;
  /** Why the address cannot be valid, in words; undefined when it looks valid. */
  problem?: string;
  /** Text glued to the address, when there was some. */
  glued?: { start: number; end: number };
}

const EMAIL = /(?<![\w.%+@-])[\w.%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}/g;
/**
 * Every address has its '@' within 64 characters of its start and ends within 64 + 1 + 9 × 64.
 * Only the characters of a local part can start one: trying those positions alone keeps a run of
 * '@' (or of anything without a local part) linear, where a scan of each window was not.
 */
const AT: Anchor = { re: /@/g, before: 64, span: 64 + 1 + 9 * 64 + 1, behind: 1, startsWith: isLocalPartChar };

function isLocalPartChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 37 || c === 43 || c === 45;
}

export function findEmails(doc: PolicyDocument): EmailMention[] {
  const out: EmailMention[] = [];
  for (const { m, start } of matchesNear(doc, EMAIL, AT)) {
    let raw = m[0];
    const at = raw.indexOf('@');
    let local = raw.slice(0, at);
    let domain = raw.slice(at + 1);
    // Blanks (`____@____`) are placeholders, reported as such.
    if (/^_+$/.test(local)) continue;
    let glued: EmailMention['glued'];
    const cut = gluedCut(domain);
    if (cut !== undefined) {
      const gStart = start + at + 1 + cut;
      glued = { start: gStart, end: start + raw.length };
      domain = domain.slice(0, cut);
    }
    domain = domain.replace(/[.-]+$/, '');
    // "…@acme.com.9" (a list number) or "…@acme.comor" (the next word): glue, not address.
    const tail = /\.\d{1,3}$/.exec(domain) ?? /(?<=\.(?:com|org|net))(?!munity|pany|puter|work|anic)[a-z]{1,8}$/.exec(domain);
    if (tail && !glued) {
      glued = { start: start + at + 1 + tail.index, end: start + m[0].length };
      domain = domain.slice(0, tail.index).replace(/\.$/, '');
    }
    raw = `${local}@${domain}`;
    const problem = emailProblem(local, domain);
    out.push({ start, end: start + raw.length, address: raw, key: raw.toLowerCase(), local, domain: domain.toLowerCase(), problem, glued });
    local = '';
  }
  return out;
}

/**
 * Offset in `domain` where a following word was glued on: the first upper-case letter after
 * lower-case text ("acme.comIf" → 8, "acme.com.CHILDREN" → 9). Undefined when the case is uniform.
 */
export function gluedCut(domain: string): number | undefined {
  if (!/[a-z]/.test(domain) || !/[A-Z]/.test(domain)) return undefined;
  // A capitalised first label ("Acme.com") is ordinary writing, not glue.
  const firstDot = domain.indexOf('.');
  for (let i = Math.max(1, firstDot); i < domain.length; i++) {
    const c = domain[i];
    if (c >= 'A' && c <= 'Z') {
      // Only after a complete domain ("acme.com", not "www." before "www.Acme.com").
      const rest = domain.slice(0, i).replace(/\.$/, '').replace(/^www\./i, '');
      if (/[a-z]/.test(rest) && /^[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,6}\.[a-z]{2,24}$/.test(rest)) return i;
    }
  }
  return undefined;
}

function emailProblem(local: string, domain: string): string | undefined {
  if (local.startsWith('.') || local.endsWith('.')) return 'the part before @ starts or ends with a dot';
  if (local.includes('..')) return 'the part before @ contains two dots in a row';
  if (!domain.includes('.')) return 'the domain after @ has no top-level part (such as .com)';
  const labels = domain.split('.');
  if (labels.some((l) => l.length === 0)) return 'the domain contains an empty part (two dots in a row)';
  if (labels.some((l) => l.startsWith('-') || l.endsWith('-'))) return 'a part of the domain starts or ends with a hyphen';
  const tld = labels[labels.length - 1];
  if (!/^[a-z]{2,24}$/i.test(tld)) return `".${tld}" is not a top-level domain`;
  return undefined;
}
