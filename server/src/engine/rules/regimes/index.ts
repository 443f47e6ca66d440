// Checks about which regimes apply.
import regimeSuggestion from './regimeSuggestion';
import type { CheckRule } from '../framework/ruleTypes';

export const REGIME_CHECKS: CheckRule[] = [regimeSuggestion];
