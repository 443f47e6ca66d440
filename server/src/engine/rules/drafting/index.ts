// Drafting quality beyond the checklist: statements that contradict each other, defined terms,
// cross-references and vague qualifiers (one file per rule). These read the draft as a whole
// and are the same under every law, so they are not part of a regime pack.
import type { CheckRule } from '../framework/ruleTypes';
import { brokenReference } from './brokenReference';
import { contradiction } from './contradiction';
import { inconsistentTerm } from './inconsistentTerm';
import { longSentence } from './longSentence';
import { undefinedTerm } from './undefinedTerm';
import { unusedDefinition } from './unusedDefinition';
import { vague } from './vague';

export const DRAFTING_CHECKS: CheckRule[] = [
  longSentence,
  brokenReference,
  vague,
  contradiction,
  undefinedTerm,
  unusedDefinition,
  inconsistentTerm,
];
