// Two or more postal addresses (told apart by their postcodes) for the controller itself.
// A representative's, a DPO's or an authority's address is a different purpose; a list of
// offices is deliberate.
import { getEntities, ROLE_LABEL } from '../../extract';
import type { CheckRule, RawFinding } from '../framework/ruleTypes';
import { gdpr, gdprArticleUrl } from '../../law/legalRefs';
import { countWord, divergentValueFindings, groupOccurrences, joinAnd } from './shared';

export const postalAddress: CheckRule = {
  kind: 'check',
  id: 'consistency/postal-address',
  family: 'consistency',
  title: 'Inconsistent postal address',
  refs: gdpr('13(1)(a)'),
  defaultSeverity: 'warning',
  docUrl: gdprArticleUrl(13),
  explanation:
    'The controller’s identity and contact details must be unambiguous (Art. 13(1)(a)). Two addresses for the controller usually mean one of them is out of date.',
  run(ctx) {
    const ent = getEntities(ctx);
    if (ctx.options.organization.address) return [];
    const doc = ctx.doc;
    const own = ent.postalAddresses.filter((a) => a.role === 'general' || a.role === 'privacy');
    // "Our offices: …" lists several addresses on purpose.
    if (own.some((a) => /\b(?:offices|locations|branches|subsidiaries|affiliates|entities)\b/.test(doc.norm.slice(Math.max(0, a.start - 300), a.start)))) return [];
    // Offices in different countries are deliberate: compare addresses of one postal style only.
    const byFormat = new Map<string, typeof own>();
    for (const a of own) byFormat.set(a.format, [...(byFormat.get(a.format) ?? []), a]);
    const format = [...byFormat.values()].sort((x, y) => y.length - x.length)[0] ?? [];
    if (byFormat.size > 1) return [];
    const groups = groupOccurrences(format, (a) => a.postcode, (a) => doc.text.slice(a.start, a.end));
    const out: RawFinding[] = divergentValueFindings(doc, groups, {
      message: () =>
        `${countWord(groups.length)} different postal addresses for ${ROLE_LABEL.general} (postcodes ${joinAnd(groups.map((g) => g.key))}): keep one, or say what each is for.`,
    });
    // Replacing a whole address is for the drafter to decide; keep only the navigation.
    for (const f of out) f.fixes = [];
    return out;
  },
};
