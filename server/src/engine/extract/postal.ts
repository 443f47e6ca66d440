// Postal addresses, found by their postcode: US "CA 94105", UK "SW1A 2AA", continental
// "10115 Berlin" / "652 16 Karlstad" / "1012 AB Amsterdam". The postcode is the address's
// identity for comparison. A postcode glued to its town ("652 16Karlstad") is recorded.

import type { PolicyDocument } from '../model/document';
import { Anchor, blockAt, matchesNear } from './scan';

export interface PostalMention {
  /** The address as far as we can delimit it (its line or comma-separated run). */
  start: number;
  end: number;
  /** The postcode and town. */
  postcodeStart: number;
  postcodeEnd: number;
  postcode: string;
  /** Postcode and town written without a space between them. */
  glued?: { at: number };
  /** The postcode's style: addresses in different countries are not compared. */
  format: 'us' | 'uk' | 'eu';
}

const US_STATES = new Set('AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR'.split(' '));

const US = /(?<=, ?)([A-Z]{2}) (\d{5})(?:-\d{4})?\b/g;
const UK = /(?<![\w-])([A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2})(?![\w-])/g;
/** Continental: optional country prefix, 4–5 digits (or 3+2), optional NL letters, then the town. */
const EU = /(?<=(?:^|[,\n])[ \t]?)(?:[A-Z]{1,2}-)?(\d{3} \d{2}|\d{4,5})( [A-Z]{2})? ?([A-Z\u00c0-\u00de][a-z\u00df-\u00ff]{2,30})/g;
// The expressions (their lookbehinds make them slow to try at every position of a long text)
// run only near what every match contains: five digits (US), a space, a digit and two
// letters (UK inward code), four digits or "ddd dd" (continental). The bounds are each
// expression's longest reach: from its start to that point, from its start, and behind it.
const NEAR_US: Anchor = { re: /\d{5}/g, before: 3, span: 2 + 1 + 10 + 2, behind: 2 };
const NEAR_UK: Anchor = { re: / \d[A-Z]{2}/g, before: 4, span: 8 + 2, behind: 1 };
const NEAR_EU: Anchor = { re: /\d{3} \d{2}|\d{4}/g, before: 3, span: 3 + 6 + 3 + 1 + 31 + 2, behind: 3 };

export function findPostalAddresses(doc: PolicyDocument): PostalMention[] {
  const out: PostalMention[] = [];
  const push = (format: PostalMention['format'], pcStart: number, pcEnd: number, postcode: string, glued?: number) => {
    if (!hasStreetBefore(doc, pcStart)) return;
    const block = blockAt(doc, pcStart);
    const line = doc.lines.lineAt(pcStart);
    const lineStart = Math.max(block.start, doc.lines.lineStarts[line]);
    // The address runs back over comma-separated parts, at most 120 characters.
    let start = pcStart;
    const seg = doc.text.slice(Math.max(lineStart, pcStart - 120), pcStart);
    const stop = Math.max(seg.lastIndexOf('. '), seg.lastIndexOf(': '), seg.lastIndexOf('\n'));
    start = pcStart - seg.length + (stop >= 0 ? stop + 2 : 0);
    while (start < pcStart && /\s/.test(doc.text[start])) start++;
    const tail = /^,? ?[A-Z][A-Za-z ]{2,30}(?=[.\n]|$)/.exec(doc.text.slice(pcEnd, Math.min(doc.lines.lineEnd(line), pcEnd + 40)));
    const end = pcEnd + (tail ? tail[0].length : 0);
    out.push({ format, start, end, postcodeStart: pcStart, postcodeEnd: pcEnd, postcode: postcode.replace(/\s+/g, '').toUpperCase(), glued: glued !== undefined ? { at: glued } : undefined });
  };
  for (const { m, start, end } of matchesNear(doc, US, NEAR_US)) if (US_STATES.has(m[1])) push('us', start, end, m[2]);
  for (const { m, start, end } of matchesNear(doc, UK, NEAR_UK)) push('uk', start, end, m[1]);
  for (const { m, start, end } of matchesNear(doc, EU, NEAR_EU)) {
    const code = m[1];
    // A year after a date ("August 3, 2020 Fandom") is not a postcode.
    if (/^(?:19|20)\d{2}$/.test(code) && (!/^[,\n]|^$/.test(doc.text.slice(end, end + 1)) || /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? \d{1,2},? ?$/i.test(doc.text.slice(Math.max(0, start - 20), start)))) continue;
    const townAt = end - m[3].length;
    const glued = doc.text[townAt - 1] !== ' ' ? townAt : undefined;
    push('eu', start, end, code + (m[2] ?? ''), glued);
  }
  out.sort((a, b) => a.start - b.start);
  return out.filter((p, i) => i === 0 || p.postcodeStart !== out[i - 1].postcodeStart);
}

/** An address has a street and number (or a PO box) shortly before its postcode. */
function hasStreetBefore(doc: PolicyDocument, pcStart: number): boolean {
  const before = doc.text.slice(Math.max(0, pcStart - 90), pcStart);
  return /\d{1,5}[A-Za-z]?,|\b\d{1,5} [A-Z][\w\u00c0-\u024f.]{1,30}|[A-Za-z\u00c0-\u024f.]{3,40} \d{1,5}[A-Za-z]?\b|p\.?\s?o\.? box|postfach|suite|floor/i.test(before);
}
