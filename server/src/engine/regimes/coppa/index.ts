// The COPPA pack: the notice an operator of an online service directed to children, or that knowingly
// collects from children under 13, must post (16 CFR 312.4(d)).

import type { RegimePack } from '../pack';
import { COPPA_RULE_URL } from '../../law/legalRefs';
import { COPPA_CATALOG } from './catalog';
import { COPPA_CLAUSES, COPPA_SECTION_SNIPPETS } from './clauses';
import { COPPA_MESSAGES } from './messages';

const pack: RegimePack = {
  id: 'coppa',
  label: 'COPPA',
  title: 'COPPA (15 U.S.C. § 6501 ff., 16 CFR Part 312)',
  summary: "US Children's Online Privacy Protection Act",
  docUrl: COPPA_RULE_URL,
  audience: 'us',
  scopeWords: [],
  catalog: COPPA_CATALOG,
  messages: COPPA_MESSAGES,
  clauses: COPPA_CLAUSES,
  sectionSnippets: COPPA_SECTION_SNIPPETS,
  suggestion: {
    why: 'it cites COPPA or speaks of children under 13',
    pattern: /\bcoppa\b|\bchildren'?s online privacy protection\b|\b(children|child|kids|users|individuals|anyone|persons?) (under|below|younger than) (the age of )?(13|thirteen)\b/,
  },
};

export default pack;
