// CalOPPA items (Cal. Bus. & Prof. Code § 22575(b)).

import { catalogItem, CatalogItem } from '../../rules/framework/defineItem';
import { californiaBusinessCodeUrl } from '../../law/legalRefs';
import type { DisclosureRule } from '../../rules/framework/ruleTypes';

export interface CaloppaItem extends Omit<CatalogItem, 'regime' | 'refs' | 'docUrl'> {
  /** Paragraph of § 22575(b): '(b)(4)'. */
  paragraph: string;
}

export function caloppaItem(item: CaloppaItem): DisclosureRule {
  return catalogItem({
    ...item,
    regime: 'caloppa',
    refs: [{ law: 'CalOPPA', cite: `Cal. Bus. & Prof. Code § 22575${item.paragraph}` }],
    docUrl: californiaBusinessCodeUrl('22575'),
  });
}
