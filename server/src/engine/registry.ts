// The rule registry: the single source of rule ids, titles, legal references, default
// severities and documentation links. Everything else (engine, server, CLI, manifest test,
// docs) asks here. The laws' rules come from the regime packs (regimes/index.ts); catalog order
// is the order of `disclosures` in reports.

import { PACKS, packById } from './regimes';
import regimeSuggestion from './regimes/suggestion';
import { CONSISTENCY_CHECKS } from './rules/consistency';
import { DRAFTING_CHECKS } from './rules/drafting';
import { ENGINE_RULES } from './rules/meta';
import type { CheckRule, DisclosureRule, Rule } from './rules/framework/ruleTypes';
import type { RegimeId } from './types';

/** Checks that are not catalog items: the packs' own, consistency, placeholders, dates, drafting quality, regime hints. */
const CHECKS: CheckRule[] = [...CONSISTENCY_CHECKS, ...DRAFTING_CHECKS, regimeSuggestion, ...PACKS.flatMap((p) => p.checks ?? [])];

export const ALL_RULES: readonly Rule[] = [...PACKS.flatMap((p) => p.catalog), ...CHECKS, ...ENGINE_RULES];

const BY_ID = new Map<string, Rule>(ALL_RULES.map((r) => [r.id, r]));
if (BY_ID.size !== ALL_RULES.length) throw new Error('Duplicate rule id in the registry');

export function getRule(id: string): Rule | undefined {
  return BY_ID.get(id);
}

export function catalogFor(regime: RegimeId): readonly DisclosureRule[] {
  return packById(regime)?.catalog ?? [];
}

export function checkRules(): readonly CheckRule[] {
  return CHECKS;
}

export function isKnownRuleId(id: string): boolean {
  return BY_ID.has(id);
}
