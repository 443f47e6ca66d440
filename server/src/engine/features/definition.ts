// Go to definition: from a word in the draft to the place that gives it meaning. One dispatcher,
// each kind of target in its own function: a cross-reference ("Section 7", "the section
// “Your Rights”") leads to the part it names. Needs the text only (the model will do).

import type { Analysis } from '../check';
import { referenceAt, resolveReference } from '../extract/crossReferences';

export interface DefinitionTarget {
  start: number;
  end: number;
}

/** Where the thing at `offset` is defined; empty when nothing there has a definition. */
export function definitionAt(analysis: Pick<Analysis, 'doc'>, offset: number): DefinitionTarget[] {
  return referenceDefinition(analysis, offset);
}

/** A cross-reference leads to its part: the headings first, the best match first. */
function referenceDefinition(analysis: Pick<Analysis, 'doc'>, offset: number): DefinitionTarget[] {
  const ref = referenceAt(analysis.doc, offset);
  if (!ref) return [];
  const targets = resolveReference(analysis.doc, ref).sort((a, b) => Number(b.exact) - Number(a.exact));
  return targets.map((t) => ({ start: t.start, end: t.end }));
}
