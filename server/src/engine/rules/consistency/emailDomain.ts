// An address offered for the controller's own contact on a domain that is not the
// controller's (a template's, a former company's, a personal mailbox).
import { brandLabel, getEntities, mostFrequent, registrableDomain } from '../../extract';
import type { Fix } from '../../types';
import type { CheckRule, RawFinding } from '../framework/ruleTypes';
import { gdpr, gdprArticleUrl } from '../../law/legalRefs';
import { replaceFix } from './shared';
import { clipQuote } from '../../text/quote';

export const emailDomain: CheckRule = {
  kind: 'check',
  id: 'consistency/email-domain',
  family: 'consistency',
  title: 'Contact e-mail on another domain',
  refs: gdpr('13(1)(a)'),
  defaultSeverity: 'warning',
  docUrl: gdprArticleUrl(13),
  explanation:
    'A contact address on a domain other than the controller’s is often a leftover of a template or of another company’s policy, and makes the reader doubt who the controller is (Art. 13(1)(a)). If it is a leftover, use an address on the controller’s domain; if it belongs to someone else (a processor, a representative), say whose it is.',
  run(ctx) {
    const ent = getEntities(ctx);
    if (!ent.domain) return [];
    const own = ent.emails.filter((e) => (e.role === 'general' || e.role === 'privacy') && !e.problem);
    const out: RawFinding[] = [];
    const whence = ent.domainSource === 'declared' ? 'the declared organisation details' : 'the addresses the policy uses';
    for (const e of own) {
      const d = registrableDomain(e.domain);
      if (d === ent.domain || brandLabel(d) === brandLabel(ent.domain)) continue;
      const sameRole = mostFrequent(own.filter((x) => x.role === e.role && registrableDomain(x.domain) === ent.domain).map((x) => x.address));
      const fixes: Fix[] = sameRole ? [replaceFix(`Replace with ${sameRole}`, [e], sameRole, true)] : [];
      const related = own.filter((x) => registrableDomain(x.domain) === ent.domain).map((x) => ({ start: x.start, end: x.end, message: `${x.address} (controller’s domain)` }));
      out.push({
        start: e.start,
        end: e.end,
        message: `${clipQuote(e.address, 50)} is on ${clipQuote(d, 30)}, not the controller’s ${clipQuote(ent.domain, 30)} (from ${whence}): use ${sameRole ? clipQuote(sameRole, 40) : 'an address on it'}, or say whose it is.`,
        related,
        fixes,
      });
    }
    return out;
  },
};
