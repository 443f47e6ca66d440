// Telephone numbers. A run of digits and separators is a phone number only when a cue says
// so ("phone", "call", "tel.") or it is written in international (+44 …) or North American
// ((650) 555-…) form; dates, postcodes and reference numbers are left alone.

import type { PolicyDocument } from '../model/document';
import { matchesIn } from './scan';

export interface PhoneMention {
  start: number;
  end: number;
  written: string;
  /** Digits only, for comparison. */
  digits: string;
  /** Country code when written with "+", else ''. */
  country: string;
}

const RUN = /(?<![\w+/.-])[+(]?\d[\d ().\u00a0-]{5,22}\d(?![\w/])/g;
const CUE = /(?:phone|\btel\.?|telephone|\bcall(?: us)?|\bfax|mobile|hotline|toll[- ]free|(?:phone|telephone|contact|fax) (?:number|no\.?)|\bph\.?)(?: (?:on|at|via))?[^a-z0-9]{0,12}$/;

export function findPhones(doc: PolicyDocument): PhoneMention[] {
  const out: PhoneMention[] = [];
  for (const { m, start } of matchesIn(doc, RUN)) {
    let written = m[0];
    // "… 555-1234 (24/7)": an opening bracket without its closing one is not part of the number.
    const open = written.lastIndexOf('(');
    if (open > 0 && written.indexOf(')', open) < 0) written = written.slice(0, open).trimEnd();
    const end = start + written.length;
    const digits = written.replace(/\D/g, '');
    if (digits.length < 7 || digits.length > 15) continue;
    // Dates (12.05.2023, 2023-05-12) and years in ranges are not numbers to call.
    if (/^\d{1,4}[.-]\d{1,2}[.-]\d{2,4}$/.test(written.trim())) continue;
    if (/^(?:19|20)\d{2}\s*-\s*(?:19|20)\d{2}$/.test(written.trim())) continue;
    const before = doc.norm.slice(Math.max(0, start - 40), start);
    const international = written.startsWith('+');
    const northAmerican = /^(?:1[ .-]?)?\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}$/.test(written);
    if (!CUE.test(before) && !international && !northAmerican) continue;
    const country = international ? countryCode(digits) : '';
    out.push({ start, end, written, digits, country });
  }
  return out;
}

/** The same number written differently: compare the national part (last nine digits). */
export function phoneKey(p: PhoneMention): string {
  return p.digits.slice(-9);
}

function countryCode(digits: string): string {
  if (digits.startsWith('1')) return '1';
  // Two-digit codes cover most of Europe; good enough to tell one country's line from another's.
  return digits.slice(0, 2);
}
