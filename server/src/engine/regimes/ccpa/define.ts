// CCPA/CPRA items (Cal. Civ. Code § 1798.100 ff.) and the cue lists they share.

import { catalogItem, CatalogItem } from '../../rules/framework/defineItem';
import { californiaCivilCodeUrl } from '../../law/legalRefs';
import { outsideCalifornia } from '../../rules/framework/scope';
import type { DisclosureRule, LegalRef } from '../../rules/framework/ruleTypes';

export interface CcpaItem extends Omit<CatalogItem, 'regime' | 'refs' | 'docUrl'> {
  /** Civil Code sections: '1798.105', '1798.130(a)(5)'. The first opens the documentation. */
  sections: string[];
  /**
   * A consumer right is told to California consumers: passages addressed only to EU data subjects
   * do not count. Off for items that are facts about the business (its categories, its date).
   */
  audienceSpecific?: boolean;
}

export function ccpaRefs(...sections: string[]): LegalRef[] {
  return sections.map((s) => ({ law: 'CCPA' as const, cite: `Cal. Civ. Code § ${s}` }));
}

/**
 * A CCPA right is disclosed by what the policy tells California (or US) consumers: a passage
 * addressed to EU data subjects under the GDPR does not count (see `audienceSpecific`).
 */
export function ccpaItem(item: CcpaItem): DisclosureRule {
  const bare = /^[\d.]+/.exec(item.sections[0])?.[0] ?? item.sections[0];
  const rule = catalogItem({ ...item, regime: 'ccpa', refs: ccpaRefs(...item.sections), docUrl: californiaCivilCodeUrl(bare) });
  if (!item.audienceSpecific) return rule;
  const detect = rule.detect.bind(rule);
  return { ...rule, detect: (ctx) => detect(ctx).filter((s) => !outsideCalifornia(ctx, s)) };
}

/** Headings of a California section or of a rights section. */
// A rights section addressed to EU data subjects is not where a California right belongs (nor
// where the engine would count it), so headings naming the GDPR or Europe are excluded.
const NOT_EU = String.raw`^(?!.{0,200}\b(gdpr|eea|european|(?<!\.)eu|(?<!\.)uk|data subjects?)\b)`;
export const CCPA_RIGHTS_HEADINGS = [/\bcalifornia\b/, /\bccpa\b|\bcpra\b/, new RegExp(`${NOT_EU}.{0,200}\\bright`), new RegExp(`${NOT_EU}.{0,200}\\bchoices\\b`), /\bconsumer/];
/** "personal information", "personal data", "PI": the CCPA's object, in the words policies use. */
export const PI = String.raw`(personal (information|data)|\bpi\b|information)`;
/** Selling and sharing, including "share for cross-context behavioral advertising". */
export const SELL = String.raw`(sell|sold|sale|selling|shar(e|ed|ing))`;
