// The CalOPPA pack: what the privacy policy of a website or online service used by California
// residents must say (Cal. Bus. & Prof. Code § 22575(b)).

import type { RegimePack } from '../pack';
import { californiaBusinessCodeUrl } from '../../law/legalRefs';
import { CALOPPA_CATALOG } from './catalog';
import { CALOPPA_CLAUSES, CALOPPA_SECTION_SNIPPETS } from './clauses';
import { CALOPPA_MESSAGES } from './messages';

const pack: RegimePack = {
  id: 'caloppa',
  label: 'CalOPPA',
  title: 'CalOPPA (California Business and Professions Code § 22575 ff.)',
  summary: 'California Online Privacy Protection Act',
  docUrl: californiaBusinessCodeUrl('22575'),
  audience: 'us',
  scopeWords: ['california'],
  catalog: CALOPPA_CATALOG,
  messages: CALOPPA_MESSAGES,
  clauses: CALOPPA_CLAUSES,
  sectionSnippets: CALOPPA_SECTION_SNIPPETS,
  suggestion: {
    why: 'it addresses California residents or cites CalOPPA',
    pattern: /\bcaloppa\b|\bcalifornia online privacy protection act\b|\b22575\b|\bcalifornia (residents?|consumers?|users)\b|\bcalifornia do not track\b/,
  },
};

export default pack;
