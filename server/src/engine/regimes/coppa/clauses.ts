// COPPA standard clauses: our own plain, precise wording for each catalog item (the wording
// rules are in ../../clauses/library.ts). They feed the snippets and the "insert clause" quick fixes.

import type { Clause, SectionSnippet } from '../../clauses/types';

export const COPPA_CLAUSES: Clause[] = [
  {
    id: 'coppa-children',
    prefix: 'pp-coppa-children',
    title: 'Children',
    description: 'Children’s data (COPPA, GDPR Art. 8)',
    satisfies: ['coppa/children'],
    sectionTitle: 'Children',
    paragraphs: [
      'Our services are not directed to children under {{13|16}}, and we do not knowingly collect personal information from children under that age. If we learn that we have collected personal information from a child without verifiable parental consent, we will delete it promptly. If you believe that we hold information about a child, please contact us at {{privacyEmail}}.',
    ],
  },
];

export const COPPA_SECTION_SNIPPETS: SectionSnippet[] = [
  { prefix: 'pp-section-children', title: 'Children', description: 'Section: children’s personal data', clauses: ['coppa-children'] },
];
