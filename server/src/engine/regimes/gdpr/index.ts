// The GDPR pack: the information a controller must give under Art. 13 and 14 of Regulation (EU)
// 2016/679, one item per file, with its clauses; and consent by use (Art. 4(11), 7), which no
// notice can rely on.

import type { RegimePack } from '../pack';
import { gdprArticleUrl } from '../../law/legalRefs';
import { GDPR_CATALOG } from './catalog';
import { GDPR_CLAUSES, GDPR_SECTION_SNIPPETS } from './clauses';
import consentByUse from './consentByUse';
import { GDPR_MESSAGES } from './messages';

const pack: RegimePack = {
  id: 'gdpr',
  label: 'GDPR',
  title: 'GDPR (Regulation (EU) 2016/679), Art. 13 and 14',
  summary: 'EU General Data Protection Regulation, Art. 13/14 transparency items',
  docUrl: gdprArticleUrl(3),
  audience: 'eu',
  scopeWords: ['gdpr', 'eea', 'european economic area', 'european union', 'europe', 'eu'],
  catalog: GDPR_CATALOG,
  messages: GDPR_MESSAGES,
  checks: [consentByUse],
  clauses: GDPR_CLAUSES,
  sectionSnippets: GDPR_SECTION_SNIPPETS,
  suggestion: {
    why: 'it cites the GDPR or addresses people in the EU/EEA or the UK',
    pattern: /\bgdpr\b|\bgeneral data protection regulation\b|\bregulation \(eu\) 2016\/679\b|\b(eea|european economic area)\b|\b(residents|individuals|users|people) (in|of) the (eu|european union|united kingdom|uk)\b|\bdata subjects?\b|\bsupervisory authorit(y|ies)\b/,
  },
};

export default pack;
