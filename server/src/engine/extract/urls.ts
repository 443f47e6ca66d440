// Web addresses (http(s):// and bare www.), with the same glue detection as e-mail
// addresses ("…/index_en.htmIf you live…") and the typing slips that break a link.

import type { PolicyDocument } from '../model/document';
import { hostOf } from './domains';
import { gluedCut } from './emails';
import { matchesIn } from './scan';

export interface UrlMention {
  start: number;
  end: number;
  url: string;
  host: string;
  problem?: string;
  glued?: { start: number; end: number };
}

const URL_RE = /(?<![\w@/.-])(?:https?:\/\/|www\.)[^\s<>"'\u201c\u201d\u2018\u2019[\]{}|\\^`]{1,500}/gi;
/** A scheme that is almost right: "http//", "https:/x", "htps://", "http;//". */
const BROKEN_SCHEME = /(?<![\w])(?:https?(?:\/\/|:\/(?!\/)|;\/\/)|htps?:\/\/|htttps?:\/\/|https?:\/\/\/)/gi;
const PAGE_GLUE = /\.(?:html?|php|aspx?|jsp|pdf)(?=[A-Z][a-z])/;

export function findUrls(doc: PolicyDocument): UrlMention[] {
  const out: UrlMention[] = [];
  for (const { m, start } of matchesIn(doc, URL_RE)) {
    let url = m[0];
    // "example.com(Opens in a new window)": a bracket right after the host ends the address.
    const paren = url.indexOf('(');
    if (paren > 0 && paren < pathStart(url)) url = url.slice(0, paren);
    let glued: UrlMention['glued'];
    const hostEnd = pathStart(url);
    const hostPart = url.slice(0, hostEnd);
    const schemeLen = /^https?:\/\//i.exec(hostPart)?.[0].length ?? 0;
    const hostCut = gluedCut(hostPart.slice(schemeLen));
    let cut: number | undefined = hostCut !== undefined ? schemeLen + hostCut : undefined;
    if (cut === undefined) {
      const pg = PAGE_GLUE.exec(url);
      if (pg) cut = pg.index + pg[0].length;
    }
    if (cut !== undefined) {
      glued = { start: start + cut, end: start + url.length };
      url = url.slice(0, cut);
    }
    url = trimTrailing(url);
    const host = hostOf(url);
    let problem: string | undefined;
    if (!host.includes('.') || /\.$/.test(host) || /\.\./.test(host)) problem = 'the address has no valid domain';
    else if (!/\.[a-z]{2,24}$/i.test(host) && !/^\d{1,3}(?:\.\d{1,3}){3}$/.test(host)) problem = `".${host.split('.').pop()}" is not a top-level domain`;
    out.push({ start, end: start + url.length, url, host, problem, glued });
  }
  return out;
}

export interface BrokenScheme {
  start: number;
  end: number;
  written: string;
}

export function findBrokenSchemes(doc: PolicyDocument): BrokenScheme[] {
  const out: BrokenScheme[] = [];
  for (const { m, start, end } of matchesIn(doc, BROKEN_SCHEME)) out.push({ start, end, written: m[0] });
  return out;
}

function pathStart(url: string): number {
  const afterScheme = url.replace(/^https?:\/\//i, '');
  const offset = url.length - afterScheme.length;
  const i = afterScheme.search(/[/?#]/);
  return i < 0 ? url.length : offset + i;
}

/** Sentence punctuation and an unbalanced closing bracket are not part of the address. */
function trimTrailing(url: string): string {
  let u = url;
  for (;;) {
    const last = u[u.length - 1];
    if (/[.,;:!?*_]/.test(last)) u = u.slice(0, -1);
    else if (last === ')' && (u.match(/\(/g)?.length ?? 0) < (u.match(/\)/g)?.length ?? 0)) u = u.slice(0, -1);
    else return u;
  }
}
