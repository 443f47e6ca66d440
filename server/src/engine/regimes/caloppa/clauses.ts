// CalOPPA standard clauses: our own plain, precise wording for each catalog item (the wording
// rules are in ../../clauses/library.ts). They feed the snippets and the "insert clause" quick fixes.

import type { Clause, SectionSnippet } from '../../clauses/types';

export const CALOPPA_CLAUSES: Clause[] = [
  {
    id: 'caloppa-do-not-track',
    prefix: 'pp-caloppa-do-not-track',
    title: 'Do Not Track Signals',
    description: 'CalOPPA § 22575(b)(5): response to Do Not Track signals',
    satisfies: ['caloppa/do-not-track'],
    sectionTitle: 'Do Not Track Signals',
    paragraphs: ['Some browsers can send a “Do Not Track” signal. Our website {{does not respond|responds}} to Do Not Track signals{{[: if it responds, say how]}}.'],
  },
  {
    id: 'caloppa-third-party-tracking',
    prefix: 'pp-caloppa-third-party-tracking',
    title: 'Third-Party Tracking',
    description: 'CalOPPA § 22575(b)(6): third-party collection across sites and over time',
    satisfies: ['caloppa/third-party-tracking'],
    sectionTitle: 'Cookies and Tracking',
    paragraphs: [
      'Third parties, such as {{[e.g. analytics or advertising providers]}}, {{may|do not}} collect personally identifiable information about your online activities over time and across different websites when you use our service.',
    ],
  },
  {
    id: 'caloppa-change-notification',
    prefix: 'pp-caloppa-change-notification',
    title: 'Changes to This Policy',
    description: 'Changes to the policy and how users are notified (CalOPPA § 22575(b)(3))',
    satisfies: ['caloppa/change-notification'],
    sectionTitle: 'Changes to This Policy',
    paragraphs: [
      'We may update this policy from time to time. If we make material changes, we will notify you {{by posting the updated policy on this page and changing the “Last updated” date|by e-mail|through a notice in our service}} before the changes take effect.',
    ],
  },
];

export const CALOPPA_SECTION_SNIPPETS: SectionSnippet[] = [
  { prefix: 'pp-section-changes', title: 'Changes to This Policy', description: 'Section: changes to this policy and how users are told', clauses: ['caloppa-change-notification'] },
];
