// When the organisation's details are declared (settings `privacyPolicy.organization`,
// `.privacy-policy.json`, front matter), they are the truth: any other value in the text
// for the same purpose is reported, however often it is repeated.
import { brandLabel, getEntities, registrableDomain, squash } from '../../extract';
import { phoneKey } from '../../extract/phones';
import { formGroup, splitLegalForm } from '../../extract/names';
import type { Fix, TextRange } from '../../types';
import type { CheckRule, RawFinding } from '../framework/ruleTypes';
import { gdpr, gdprArticleUrl } from '../../law/legalRefs';
import { replaceFix } from './shared';
import { clipQuote } from '../../text/quote';

export const canonicalDetail: CheckRule = {
  kind: 'check',
  id: 'consistency/canonical-detail',
  family: 'consistency',
  title: 'Differs from the declared organisation details',
  refs: gdpr('13(1)(a)'),
  defaultSeverity: 'warning',
  docUrl: gdprArticleUrl(13),
  explanation:
    'The organisation’s details declared for this project (name, website, e-mail, privacy e-mail, phone, address) are the reference; a different value in the text is most likely a leftover of a template or an earlier version. Use the declared value, or correct the declaration if the text is right; a different legal form is a different entity, so use the registered name.',
  run(ctx) {
    const org = ctx.options.organization;
    if (!org.name && !org.email && !org.privacyEmail && !org.phone && !org.website && !org.address) return [];
    const ent = getEntities(ctx);
    const doc = ctx.doc;
    const out: RawFinding[] = [];
    // "Replace all" is built once per group and shared by its findings (per finding it would be quadratic).
    const replaceAll = new Map<TextRange[], Fix>();
    const report = (r: TextRange, written: string, field: string, declared: string, group: TextRange[]) => {
      const fixes: Fix[] = [replaceFix(`Replace with ${declared}`, [r], declared, true)];
      if (group.length > 1) {
        let all = replaceAll.get(group);
        if (!all) replaceAll.set(group, (all = replaceFix(`Replace all ${group.length} occurrences of ${written} with ${declared}`, group, declared)));
        fixes.push(all);
      }
      out.push({ start: r.start, end: r.end, message: `${clipQuote(written, 50)} differs from the declared ${field} (${clipQuote(declared, 50)}): use the declared value, or correct the declaration.`, fixes });
    };
    // Groups by key, computed once per list: the same group object for every member.
    const groupCache = new Map<unknown[], Map<string, TextRange[]>>();
    const sameKey = <T extends TextRange>(items: T[], key: (t: T) => string, k: string): T[] => {
      let groups = groupCache.get(items);
      if (!groups) {
        groups = new Map();
        for (const x of items) {
          const g = groups.get(key(x));
          if (g) g.push(x);
          else groups.set(key(x), [x]);
        }
        groupCache.set(items, groups);
      }
      return (groups.get(k) ?? []) as T[];
    };

    // E-mail: general contact against `email`, privacy contact against `privacyEmail`.
    for (const [role, declared, field] of [['general', org.email, 'e-mail'], ['privacy', org.privacyEmail, 'privacy e-mail']] as const) {
      if (!declared) continue;
      const allowed = new Set([org.email, org.privacyEmail].filter(Boolean).map((x) => x!.toLowerCase()));
      const mentions = ent.emails.filter((e) => e.role === role && !e.problem);
      for (const e of mentions) if (!allowed.has(e.key)) report(e, e.address, field, declared, sameKey(mentions, (x) => x.key, e.key));
    }
    if (org.phone) {
      const declaredDigits = org.phone.replace(/\D/g, '').slice(-9);
      const phones = ent.phones.filter((p) => p.role === 'general' || p.role === 'privacy');
      for (const p of phones) if (phoneKey(p) !== declaredDigits) report(p, p.written, 'phone number', org.phone, sameKey(phones, phoneKey, phoneKey(p)));
    }
    if (org.address) {
      const declared = squash(org.address);
      const own = ent.postalAddresses.filter((a) => a.role === 'general' || a.role === 'privacy');
      for (const a of own) if (!declared.includes(squash(a.postcode))) out.push({ start: a.start, end: a.end, message: `This address (postcode ${a.postcode}) differs from the declared one (${clipQuote(org.address, 50)}): use it, or correct the declaration.`, fixes: [replaceFix(`Replace with ${org.address}`, [a], org.address, true)] });
    }
    if (org.website) {
      const host = registrableDomain(org.website.replace(/^[a-z]+:\/\//i, '').split('/')[0]);
      const brand = brandLabel(host);
      for (const u of ent.urls) {
        const d = registrableDomain(u.host);
        // Our own brand on another domain (acme.com vs acme.io) or a near-miss of it (acme-inc.com is not).
        if (d === host || u.problem || (brandLabel(d) !== brand && squash(brandLabel(d)) !== squash(brand))) continue;
        const hostAt = doc.text.toLowerCase().indexOf(d, u.start);
        if (hostAt < 0 || hostAt >= u.end) continue;
        const r = { start: hostAt, end: hostAt + d.length };
        out.push({ start: r.start, end: r.end, message: `${clipQuote(d, 40)} differs from the declared website’s domain (${clipQuote(host, 40)}): use it, or correct the declaration.`, fixes: [replaceFix(`Replace with ${host}`, [r], host, true)] });
      }
    }
    if (org.name) {
      const { core, form } = splitLegalForm(org.name);
      if (form) {
        for (const l of ent.legalNames) {
          if (squash(l.core) !== squash(core) || formGroup(l.form) === formGroup(form)) continue;
          const r = { start: l.formStart, end: l.end };
          out.push({ start: r.start, end: r.end, message: `Controller called “${clipQuote(l.name, 50)}”, but declared as “${clipQuote(org.name, 50)}”: another legal form is another entity.`, fixes: [replaceFix(`Replace with ${form}`, [r], form, true)] });
        }
      }
    }
    return out;
  },
};
