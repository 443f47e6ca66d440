// What a document-level computation may read: the document model and the check's memo (derived
// data shared within one check). Rules get more (RuleContext, which extends this); extraction and
// the law look-ups need only this, so they sit below the rules.

import type { PolicyDocument } from './document';

export interface DocumentContext {
  doc: PolicyDocument;
  memo<T>(key: string, compute: () => T): T;
}
