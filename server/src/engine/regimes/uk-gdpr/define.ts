// How a UK GDPR item is made: from the GDPR item it mirrors. The UK GDPR kept the EU text's
// Art. 13/14 almost word for word, so detecting a disclosure is the same work; what differs is the
// law cited, the official text linked, the words of the explanation and remedy, and (for a few
// items: the complaint, transfers) what counts as enough. Reusing the GDPR rule object keeps one
// detector per item: a fix to a GDPR detector improves the UK item too.

import type { DisclosureRule, LegalRef, RequirementDecision } from '../../rules/framework/ruleTypes';

export const UK_GDPR_LAW = 'UK GDPR';
export const DPA_2018_LAW = 'DPA 2018';

import { dpa2018SectionUrl, ukGdprArticleUrl } from '../../law/legalRefs';

export { dpa2018SectionUrl, ukGdprArticleUrl };

/** UK GDPR refs from compact cites: ukGdpr('13(2)(b)', '15') → UK GDPR Art. 13(2)(b), Art. 15. */
export function ukGdpr(...cites: string[]): LegalRef[] {
  return cites.map((c) => ({ law: UK_GDPR_LAW, cite: `Art. ${c}`, article: Number(/^\d+/.exec(c)?.[0]) }));
}

/** Data Protection Act 2018 refs: dpa2018('165') → DPA 2018 s. 165. */
export function dpa2018(...sections: string[]): LegalRef[] {
  return sections.map((s) => ({ law: DPA_2018_LAW, cite: `s. ${s}` }));
}

/** What a UK item says in its own words; anything else it takes from the GDPR item. */
export interface UkTerms {
  explanation: string;
  remedy: string;
  /** Default: the GDPR item's cites, under the UK GDPR. */
  refs?: LegalRef[];
  /** Default: the UK GDPR article the GDPR item links to. */
  docUrl?: string;
  partialLacks?: string;
  assess?: DisclosureRule['assess'];
  requirement?: DisclosureRule['requirement'];
  detect?: DisclosureRule['detect'];
  title?: string;
}

/** The UK item's id for a GDPR item's id: `gdpr/retention` → `uk-gdpr/retention`. */
export function ukId(gdprId: string): string {
  return `uk-gdpr/${gdprId.slice(gdprId.indexOf('/') + 1)}`;
}

/**
 * The GDPR items' requirement functions read what the catalog found under their own ids
 * (`found.get('gdpr/dpo-contact')`): give them the UK items' findings under those ids.
 */
function asGdprFindings(found: ReadonlyMap<string, boolean>): ReadonlyMap<string, boolean> {
  const m = new Map(found);
  for (const [id, v] of found) if (id.startsWith('uk-gdpr/')) m.set(`gdpr/${id.slice('uk-gdpr/'.length)}`, v);
  return m;
}

/** A requirement's reason in UK terms: data leave "the UK", not "the EEA". */
function inUkTerms(d: RequirementDecision | undefined): RequirementDecision | undefined {
  return d?.because ? { ...d, because: d.because.replace(/\bthe EEA\b/g, 'the UK') } : d;
}

/** The GDPR article a GDPR item links to (its EUR-Lex anchor `#art_13`). */
function linkedArticle(rule: DisclosureRule): number {
  return Number(/#art_(\d+)/.exec(rule.docUrl)?.[1] ?? 13);
}

/** The UK GDPR item mirroring a GDPR item: same detectors, UK id, UK refs and words. */
export function fromGdpr(rule: DisclosureRule, uk: UkTerms): DisclosureRule {
  // The spread keeps the GDPR item's detectors and assessment (the very same functions, so a check
  // with both packs on runs each once: see detectOnce); what the UK item says of itself replaces the rest.
  const item: DisclosureRule = {
    ...rule,
    id: ukId(rule.id),
    family: 'uk-gdpr',
    title: uk.title ?? rule.title,
    refs: uk.refs ?? rule.refs.map((r) => ({ ...r, law: UK_GDPR_LAW })),
    docUrl: uk.docUrl ?? ukGdprArticleUrl(linkedArticle(rule)),
    explanation: uk.explanation,
    remedy: uk.remedy,
    partialLacks: uk.partialLacks ?? rule.partialLacks,
  };
  if (uk.detect) item.detect = uk.detect;
  if (uk.assess) item.assess = uk.assess;
  // Read without binding (the GDPR requirement is a plain function of its arguments).
  const gdprRequirement = Reflect.get(rule, 'requirement');
  if (uk.requirement) item.requirement = uk.requirement;
  else if (gdprRequirement) item.requirement = (ctx, found) => inUkTerms(gdprRequirement.call(rule, ctx, asGdprFindings(found)))!;
  return item;
}
