// The normalised text of each heading (lower case, ASCII quotes: what patterns test), computed
// once per document model. Anchors, clause placement, scope, matching and the regime suggestion
// all read headings; none slices them again.

import type { PolicyDocument } from './document';

const NORMS = new WeakMap<PolicyDocument, readonly string[]>();

/** `headingNorms(doc)[k]` is the normalised text of `doc.headings[k]`. */
export function headingNorms(doc: PolicyDocument): readonly string[] {
  let norms = NORMS.get(doc);
  if (!norms) {
    norms = doc.headings.map((h) => doc.norm.slice(h.start, h.end));
    NORMS.set(doc, norms);
  }
  return norms;
}
