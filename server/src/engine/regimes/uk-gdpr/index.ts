// The UK GDPR pack: the information a controller must give under Art. 13 and 14 of the UK GDPR
// (the retained Regulation (EU) 2016/679 as amended) and the Data Protection Act 2018. The items
// reuse the GDPR pack's detectors (define.ts); the complaint (the Information Commissioner) and
// transfers (out of the UK, on UK safeguards) decide by UK law.

import type { RegimePack } from '../pack';
import { UK_GDPR_CATALOG } from './catalog';
import { UK_GDPR_CLAUSES, UK_GDPR_SECTION_SNIPPETS } from './clauses';
import { ukGdprArticleUrl } from './define';
import { UK_GDPR_MESSAGES } from './messages';

const pack: RegimePack = {
  id: 'uk-gdpr',
  label: 'UK GDPR',
  title: 'UK GDPR (retained Regulation (EU) 2016/679) Art. 13 and 14, with the Data Protection Act 2018',
  summary: 'UK General Data Protection Regulation and Data Protection Act 2018, Art. 13/14 transparency items',
  docUrl: ukGdprArticleUrl(13),
  // The scope module counts UK readers as 'eu': a "California residents" section does not inform them.
  audience: 'eu',
  scopeWords: ['uk', 'united kingdom', 'uk gdpr'],
  catalog: UK_GDPR_CATALOG,
  messages: UK_GDPR_MESSAGES,
  clauses: UK_GDPR_CLAUSES,
  sectionSnippets: UK_GDPR_SECTION_SNIPPETS,
  suggestion: {
    why: 'it names the ICO, the UK GDPR or the Data Protection Act 2018',
    // "The ICO" and its website, not a bare "ico" (an initial coin offering).
    pattern: /\buk gdpr\b|\buk general data protection regulation\b|\bdata protection act 2018\b|\binformation commissioner\b|\b(the|uk|uk's) ico\b|\bico\.org\.uk\b/,
  },
  provisions: {
    'Art. 13(1)(f)': 'Where data leave the UK, the notice must say so and name the basis: UK adequacy regulations or a safeguard such as the IDTA or the UK Addendum, with how to get a copy.',
    'Art. 13(2)(d)': 'The notice must tell people they may complain to the Information Commissioner.',
    's. 165': 'Data Protection Act 2018: people may complain to the Information Commissioner, who must respond and say what happened.',
    'Art. 44': 'Personal data may leave the UK only under the conditions of Chapter V of the UK GDPR.',
    'Art. 46': 'Without UK adequacy regulations, a transfer needs a safeguard: the IDTA, the UK Addendum to the EU clauses, binding corporate rules, or another listed in Art. 46.',
  },
};

export default pack;
