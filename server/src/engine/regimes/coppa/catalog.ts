// The COPPA catalog (16 CFR Part 312).
import children from './children';
import type { DisclosureRule } from '../../rules/framework/ruleTypes';

export const COPPA_CATALOG: DisclosureRule[] = [children];
