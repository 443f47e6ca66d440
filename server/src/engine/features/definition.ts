// Go to definition: from a word in the draft to the place that gives it meaning. One dispatcher,
// each kind of target in its own function: a defined term leads to the sentence that defines it,
// a cross-reference ("Section 7", "the section “Your Rights”") to the part it names. Needs the
// text only (the model will do).

import type { Analysis } from '../check';
import { referenceAt, resolveReference } from '../extract/crossReferences';
import { textIndex } from './lawIndex';
import { termDefinitionAt } from './definedTerms';

export interface DefinitionTarget {
  start: number;
  end: number;
}

/** Where the thing at `offset` is defined; empty when nothing there has a definition. */
export function definitionAt(analysis: Pick<Analysis, 'doc'>, offset: number): DefinitionTarget[] {
  const term = termDefinitionAt(analysis.doc, offset);
  return term && term.length > 0 ? term : referenceDefinition(analysis, offset);
}

/** A cross-reference leads to the part it names. */
function referenceDefinition(analysis: Pick<Analysis, 'doc'>, offset: number): DefinitionTarget[] {
  const ref = referenceAt(analysis.doc, offset, textIndex(analysis.doc).references);
  if (!ref) return [];
  // The parts the title names word for word; failing those, the headings; failing those, all.
  const targets = resolveReference(analysis.doc, ref);
  const exact = targets.filter((t) => t.exact);
  const headings = targets.filter((t) => analysis.doc.headings.some((h) => h.start === t.start));
  const best = exact.length > 0 ? exact : headings.length > 0 ? headings : targets;
  return best.map((t) => ({ start: t.start, end: t.end }));
}
