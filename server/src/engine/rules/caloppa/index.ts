// The CALOPPA catalog. Filled by the regime's detectors (one file per item).
import type { DisclosureRule } from '../framework/ruleTypes';

export const CALOPPA_CATALOG: DisclosureRule[] = [];
