// Go to definition: one entry point for everything in a draft that points at its definition.
// Each provider answers for the positions it knows and undefined elsewhere; the first answer
// wins. Defined terms jump to the sentence that defines them (cross-references to sections
// can join as another provider).

import type { PolicyDocument } from '../model/document';
import type { TextRange } from '../types';
import { termDefinitionAt } from './definedTerms';

type DefinitionProvider = (doc: PolicyDocument, offset: number) => TextRange[] | undefined;

const PROVIDERS: DefinitionProvider[] = [termDefinitionAt];

/** Where the thing at `offset` is defined (empty when nothing there has a definition). */
export function definitionAt(doc: PolicyDocument, offset: number): TextRange[] {
  for (const p of PROVIDERS) {
    const r = p(doc, offset);
    if (r && r.length > 0) return r;
  }
  return [];
}
