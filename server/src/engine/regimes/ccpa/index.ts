// The CCPA/CPRA pack: what a business's privacy policy must tell California consumers under the
// California Consumer Privacy Act as amended by the CPRA (Cal. Civ. Code § 1798.100 ff.) and its
// regulations.

import type { RegimePack } from '../pack';
import { californiaCivilCodeUrl } from '../../law/legalRefs';
import { CCPA_CATALOG } from './catalog';
import { CCPA_CLAUSES, CCPA_SECTION_SNIPPETS } from './clauses';
import { CCPA_MESSAGES } from './messages';

const pack: RegimePack = {
  id: 'ccpa',
  label: 'CCPA/CPRA',
  title: 'CCPA/CPRA (California Civil Code § 1798.100 ff.)',
  summary: 'California Consumer Privacy Act as amended by the CPRA',
  docUrl: californiaCivilCodeUrl('1798.100'),
  audience: 'us',
  scopeWords: ['california', 'ccpa', 'cpra'],
  catalog: CCPA_CATALOG,
  messages: CCPA_MESSAGES,
  clauses: CCPA_CLAUSES,
  sectionSnippets: CCPA_SECTION_SNIPPETS,
  suggestion: {
    why: 'it addresses California residents or cites the CCPA/CPRA',
    // Any heading or sentence addressed to California's residents: "Your California Privacy Rights",
    // "Notice to Residents of California", "California Privacy Notice".
    pattern: /\bccpa\b|\bcpra\b|\bcalifornia (consumer )?privacy (rights )?act\b|\bcalifornia (residents?|consumers?)\b|\b(residents?|consumers?|households?) (of|in) (the state of )?california\b|\bcalifornia (privacy )?(notice|addendum|supplement)\b|\b(your )?california privacy rights\b|\bcal(ifornia)?\.? civ(il)?\.? code\b|\b1798\.1\d\d\b|\bdo not sell (or share )?my\b/,
  },
};

export default pack;
