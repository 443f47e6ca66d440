// The rule registry: the single source of rule ids, titles, legal references, default
// severities and documentation links. Everything else (engine, server, CLI, manifest test,
// docs) asks here. Catalog order is the order of `disclosures` in reports.

import { GDPR_CATALOG } from './rules/gdpr';
import { CCPA_CATALOG } from './rules/ccpa';
import { CALOPPA_CATALOG } from './rules/caloppa';
import { COPPA_CATALOG } from './rules/coppa';
import { CONSISTENCY_CHECKS } from './rules/consistency';
import { REGIME_CHECKS } from './rules/regimes';
import { ENGINE_RULES } from './rules/meta';
import consentByUse from './rules/gdpr/consentByUse';
import type { CheckRule, DisclosureRule, Rule } from './rules/framework/ruleTypes';
import type { RegimeId } from './types';

const CATALOGS: Record<RegimeId, DisclosureRule[]> = {
  gdpr: GDPR_CATALOG,
  ccpa: CCPA_CATALOG,
  caloppa: CALOPPA_CATALOG,
  coppa: COPPA_CATALOG,
};

/** Checks that are not catalog items (consistency, placeholders, dates, regime hints). */
const CHECKS: CheckRule[] = [...CONSISTENCY_CHECKS, ...REGIME_CHECKS, consentByUse];

export const ALL_RULES: readonly Rule[] = [...Object.values(CATALOGS).flat(), ...CHECKS, ...ENGINE_RULES];

const BY_ID = new Map<string, Rule>(ALL_RULES.map((r) => [r.id, r]));
if (BY_ID.size !== ALL_RULES.length) throw new Error('Duplicate rule id in the registry');

export function getRule(id: string): Rule | undefined {
  return BY_ID.get(id);
}

export function catalogFor(regime: RegimeId): readonly DisclosureRule[] {
  return CATALOGS[regime];
}

export function checkRules(): readonly CheckRule[] {
  return CHECKS;
}

export function isKnownRuleId(id: string): boolean {
  return BY_ID.has(id);
}
