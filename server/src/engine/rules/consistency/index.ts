// Consistency checks: contact details, names, placeholders, dates, citations (one file per rule).
import type { CheckRule } from '../framework/ruleTypes';

export const CONSISTENCY_CHECKS: CheckRule[] = [];
