// Two e-mail addresses offered for the same purpose where one is evidently a leftover: the
// same purpose on two different domains (privacy@acme.com / privacy@acme-old.io), or two
// near-identical mailboxes on one domain (privacy@ / privacyy@). Separate mailboxes for
// separate purposes (privacy@, legal@, optout@) are common and deliberate, and a DPO's or an
// EU/UK representative's own address is a different purpose altogether.
import { getEntities, registrableDomain, ROLE_LABEL, squash } from '../../extract';
import type { EmailMention } from '../../extract';
import type { CheckRule, RawFinding } from '../framework/ruleTypes';
import { gdpr, gdprArticleUrl } from '../../law/legalRefs';
import { damerau } from '../../text/editDistance';
import { countWord, divergentValueFindings, groupOccurrences, Occurrences } from './shared';
import { clipQuote } from '../../text/quote';

export const contactEmail: CheckRule = {
  kind: 'check',
  id: 'consistency/contact-email',
  family: 'consistency',
  title: 'Inconsistent contact e-mail',
  refs: gdpr('13(1)(a)', '12(1)'),
  defaultSeverity: 'warning',
  docUrl: gdprArticleUrl(13),
  explanation:
    'The controller’s contact details must be given clearly (Art. 13(1)(a), Art. 12(1)). Two addresses for the same purpose, usually a leftover of a template or an earlier version, leave the reader unsure where a request must go.',
  run(ctx) {
    const ent = getEntities(ctx);
    const org = ctx.options.organization;
    const out: RawFinding[] = [];
    const domainOf = (key: string) => registrableDomain(key.split('@')[1] ?? '');
    for (const role of ['general', 'privacy', 'dpo', 'representative'] as const) {
      // A declared address is the canonical one; consistency/canonical-detail reports the others.
      if (role === 'general' && org.email) continue;
      if (role === 'privacy' && org.privacyEmail) continue;
      let mentions: EmailMention[] = ent.emails.filter((e) => e.role === role && !e.problem);
      // Addresses off the controller's domain are consistency/email-domain's concern.
      if (ent.domain && (role === 'general' || role === 'privacy')) mentions = mentions.filter((e) => domainOf(e.key) === ent.domain);
      const groups = groupOccurrences(mentions, (e) => e.key, (e) => e.address);
      const conflicting = conflictingGroups(groups, domainOf);
      out.push(
        ...divergentValueFindings(ctx.doc, conflicting, {
          prefer: (a, b) => Number(domainOf(b.key) === ent.domain) - Number(domainOf(a.key) === ent.domain),
          message: (all, keep, other) =>
            `${countWord(conflicting.length)} e-mail addresses for ${ROLE_LABEL[role]}: use one (${clipQuote(keep.value, 50)} is the most used), or say what ${clipQuote(other.value, 50)} is for.`,
        }),
      );
    }
    return out;
  },
};

/** The groups that conflict with another: same mailbox on another domain, or a near-identical mailbox. */
function conflictingGroups(groups: Occurrences[], domainOf: (k: string) => string): Occurrences[] {
  const local = (k: string) => k.split('@')[0];
  const keep = new Set<Occurrences>();
  for (let i = 0; i < groups.length; i++) {
    for (let j = i + 1; j < groups.length; j++) {
      const a = groups[i];
      const b = groups[j];
      const otherDomain = domainOf(a.key) !== domainOf(b.key);
      const la = local(a.key);
      const lb = local(b.key);
      // "privacy.officer" / "privacyofficer", "joe_the_cat" / "joethecat", "office1" / "office".
      const nearSame = la !== lb && (squash(la) === squash(lb) || (la.length >= 4 && damerau(la, lb, 1) <= 1));
      if (otherDomain || nearSame) {
        keep.add(a);
        keep.add(b);
      }
    }
  }
  return groups.filter((g) => keep.has(g));
}
