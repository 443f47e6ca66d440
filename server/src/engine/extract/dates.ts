// The policy's own date: "Last updated June 21, 2024", "(Last revision – 22 February 2017)",
// "Effective date: 2023-05-01", or a date key in the front matter. Dates elsewhere in the
// text (a law's date, a cookie's lifetime) are not the policy's date and are ignored.

import type { PolicyDocument } from '../model/document';
import type { TextRange } from '../types';
import { matchesIn } from './scan';

export interface PolicyDate extends TextRange {
  /** The earliest and latest reading (they differ only for 03/04/2023-style dates). */
  earliest: Date;
  latest: Date;
  /** Precision of what was written. */
  precision: 'day' | 'month' | 'year';
  cue: string;
  written: string;
}

const MONTHS: Record<string, number> = {
  jan: 0, january: 0, feb: 1, february: 1, mar: 2, march: 2, apr: 3, april: 3, may: 4, jun: 5, june: 5,
  jul: 6, july: 6, aug: 7, august: 7, sep: 8, sept: 8, september: 8, oct: 9, october: 9, nov: 10, november: 10, dec: 11, december: 11,
};
const MONTH = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec';

const CUE = /\b(?:last (?:updated|revised|modified|reviewed|amended|changed|update|revision|modification)|(?:updated|revised|modified|amended)(?: on| as of)?|effective(?: date| as of| from| on)?|date of (?:last )?(?:revision|update)|version date|valid (?:from|as of)|in (?:effect|force) (?:since|from|as of))\b/g;

const DATE = new RegExp(
  [
    `(\\d{1,2})(?:st|nd|rd|th)?(?: of)?[ .-](${MONTH})\\.?,?[ .-](\\d{4})`, // 22 February 2017
    `(${MONTH})\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})`, // June 21, 2024
    `(\\d{4})-(\\d{1,2})-(\\d{1,2})`, // 2024-06-21
    `(\\d{1,2})([./])(\\d{1,2})[./](\\d{4})`, // 21.06.2024, 06/21/2024
    `(${MONTH}),? (\\d{4})`, // June 2024
    `(\\d{4})`, // 2024
  ].join('|'),
);

/** Dates the policy gives itself, in text order. */
export function findPolicyDates(doc: PolicyDocument): PolicyDate[] {
  const out: PolicyDate[] = [];
  for (const { start: cueStart, end: cueEnd, m } of matchesIn(doc, CUE, 'norm')) {
    const windowText = doc.norm.slice(cueEnd, Math.min(doc.norm.length, cueEnd + 45));
    // Only separators between the cue and the date: "Last updated: ", "(Last revision – ".
    const lead = /^[\s:\-–—,()*_]{0,6}(?:on |as of |from |date:? )?/.exec(windowText)![0].length;
    const d = DATE.exec(windowText.slice(lead));
    if (!d || d.index !== 0) continue;
    const parsed = parseDate(d);
    if (!parsed) continue;
    const start = cueEnd + lead;
    out.push({ start, end: start + d[0].length, ...parsed, cue: doc.text.slice(cueStart, cueEnd), written: doc.text.slice(start, start + d[0].length) });
    void m;
  }
  out.push(...frontMatterDates(doc));
  return out.sort((a, b) => a.start - b.start);
}

function parseDate(d: RegExpExecArray): Omit<PolicyDate, 'start' | 'end' | 'cue' | 'written'> | undefined {
  const mk = (y: number, mo: number, day: number): Date | undefined => {
    if (y < 1990 || y > 2100 || mo < 0 || mo > 11 || day < 1 || day > 31) return undefined;
    const dt = new Date(Date.UTC(y, mo, day));
    return dt.getUTCMonth() === mo ? dt : undefined;
  };
  const one = (dt: Date | undefined, precision: PolicyDate['precision']) => (dt ? { earliest: dt, latest: dt, precision } : undefined);
  if (d[1]) return one(mk(+d[3], MONTHS[d[2]], +d[1]), 'day');
  if (d[4]) return one(mk(+d[6], MONTHS[d[4]], +d[5]), 'day');
  if (d[7]) return one(mk(+d[7], +d[8] - 1, +d[9]), 'day');
  if (d[10]) {
    const a = +d[10];
    const b = +d[12];
    const y = +d[13];
    // Dots are day-first; slashes are ambiguous unless one part exceeds 12.
    if (d[11] === '.' || a > 12) return one(mk(y, b - 1, a), 'day');
    if (b > 12) return one(mk(y, a - 1, b), 'day');
    const x = mk(y, a - 1, b);
    const z = mk(y, b - 1, a);
    if (!x || !z) return one(x ?? z, 'day');
    return { earliest: x < z ? x : z, latest: x < z ? z : x, precision: 'day' };
  }
  if (d[14]) {
    const y = +d[15];
    const first = mk(y, MONTHS[d[14]], 1);
    const last = mk(y, MONTHS[d[14]] + 1, 1) ?? mk(y + 1, 0, 1);
    if (!first || !last) return undefined;
    return { earliest: first, latest: new Date(last.getTime() - 86400000), precision: 'month' };
  }
  if (d[16]) {
    const y = +d[16];
    const first = mk(y, 0, 1);
    if (!first) return undefined;
    return { earliest: first, latest: new Date(Date.UTC(y, 11, 31)), precision: 'year' };
  }
  return undefined;
}

const FM_KEYS = /^(?:last_?updated|updated|last_?modified|effective(?:_?date)?|date|revised|version_?date)$/i;

function frontMatterDates(doc: PolicyDocument): PolicyDate[] {
  const fm = doc.frontMatter;
  if (!fm) return [];
  const out: PolicyDate[] = [];
  for (const [key, value] of Object.entries(fm.data)) {
    if (!FM_KEYS.test(key) || (typeof value !== 'string' && typeof value !== 'number')) continue;
    const v = String(value).trim().toLowerCase();
    const d = DATE.exec(v);
    if (!d || d.index !== 0) continue;
    const parsed = parseDate(d);
    if (!parsed) continue;
    const at = doc.text.indexOf(String(value), doc.text.indexOf(key, fm.start));
    const start = at >= 0 && at < fm.end ? at : fm.start;
    out.push({ start, end: start + String(value).length, ...parsed, cue: key, written: String(value) });
  }
  return out;
}

/** The date the policy was last updated: the latest of its dates. */
export function latestPolicyDate(dates: PolicyDate[]): PolicyDate | undefined {
  return dates.reduce<PolicyDate | undefined>((a, b) => (!a || b.latest > a.latest ? b : a), undefined);
}
