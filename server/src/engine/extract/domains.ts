// Domains: the registrable part of a host ("mail.acme.co.uk" → "acme.co.uk") and its brand
// label ("acme"), so that addresses on one organisation's subdomains compare equal. The public
// suffixes come from the Public Suffix List (ICANN section) through tldts, so "acme.com.pl" and
// "rival.com.pl" are two organisations, as "acme.de" and "rival.de" are.
import { getDomain } from 'tldts';

// A policy names the same few hosts over and over (every e-mail, every link, in several
// rules): remembered, in a small cache that is emptied when full.
const REGISTRABLE = new Map<string, string>();

export function registrableDomain(host: string): string {
  let d = REGISTRABLE.get(host);
  if (d === undefined) {
    if (REGISTRABLE.size >= 1000) REGISTRABLE.clear();
    d = computeRegistrableDomain(host);
    REGISTRABLE.set(host, d);
  }
  return d;
}

function computeRegistrableDomain(host: string): string {
  const h = host.toLowerCase().replace(/\.$/, '');
  // Private suffixes (github.io, blogspot.com) stay off: a policy's addresses on one hosting
  // platform are still compared by the platform's domain, as the drafter reads them.
  const d = getDomain(h, { allowPrivateDomains: false, validateHostname: false });
  if (d) return d;
  // Not a public domain (localhost, an IP, a bare label): its last two labels.
  return h.split('.').filter(Boolean).slice(-2).join('.');
}

/** "acme" for "www.acme.co.uk". */
export function brandLabel(host: string): string {
  return registrableDomain(host).split('.')[0] ?? '';
}

/** Letters and digits only, lower-cased: "Seq-Ops" → "seqops". */
export function squash(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9\u00c0-\u024f]/g, '');
}

/** The host of a URL or bare "www." address, without port or path. */
export function hostOf(url: string): string {
  const m = /^(?:[a-z][a-z0-9+.-]{0,15}:\/\/)?([^/?#:\s]{1,253})/i.exec(url);
  return (m?.[1] ?? '').toLowerCase();
}
