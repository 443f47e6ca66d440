// Domains: the registrable part of a host ("mail.acme.co.uk" → "acme.co.uk") and its brand
// label ("acme"), so that addresses on one organisation's subdomains compare equal.

/** Second-level suffixes under which registrations sit one label deeper. Not exhaustive: the common ones. */
const TWO_LEVEL = new Set([
  'co.uk', 'org.uk', 'ac.uk', 'gov.uk', 'ltd.uk', 'plc.uk', 'me.uk',
  'com.au', 'net.au', 'org.au', 'co.nz', 'org.nz', 'co.jp', 'ne.jp', 'or.jp', 'co.kr', 'co.in',
  'com.br', 'com.cn', 'com.hk', 'com.sg', 'com.mx', 'com.ar', 'com.tr', 'co.za', 'co.il', 'com.tw',
]);

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
  const labels = host.toLowerCase().replace(/\.$/, '').split('.').filter(Boolean);
  if (labels.length <= 2) return labels.join('.');
  const lastTwo = labels.slice(-2).join('.');
  return labels.slice(TWO_LEVEL.has(lastTwo) ? -3 : -2).join('.');
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
