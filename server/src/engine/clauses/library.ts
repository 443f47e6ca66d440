// The standard clause library: our own plain, precise wording for each catalog item and for
// the usual sections of a privacy policy. A law's clauses live in its pack
// (regimes/<id>/clauses.ts); the sections that belong to no one law live here. The registry
// (regimes/index.ts) joins them: it is the single source of the snippets (`npm run
// gen:snippets`) and of the "insert clause" quick fixes. Slots are explained in types.ts.
//
// Wording rules: one clause says one thing the law asks for; where the draft must decide,
// a choice or a bracketed blank stays visible until filled; no claim is made on the
// controller's behalf that only the controller can make (periods, recipients, countries).

import type { Clause, SectionSnippet } from './types';

/** Sections of a policy that no one law owns. */
export const GENERAL_CLAUSES: readonly Clause[] = [
  {
    id: 'section-security',
    title: 'Security',
    description: 'Security of personal data (GDPR Art. 32)',
    satisfies: [],
    sectionTitle: 'Security',
    paragraphs: [
      'We take appropriate technical and organisational measures to protect personal data against accidental or unlawful destruction, loss, alteration, unauthorised disclosure and unauthorised access, such as {{[e.g. encryption in transit, access controls, regular testing]}}.',
    ],
  },
  {
    id: 'section-cookies',
    title: 'Cookies',
    description: 'Cookies and similar technologies',
    satisfies: [],
    sectionTitle: 'Cookies',
    paragraphs: [
      'We use cookies and similar technologies on our website. Strictly necessary cookies are needed for the website to work and are set without consent. We set other cookies, such as {{[e.g. analytics or advertising cookies]}}, only with your consent, which you can give or withdraw at any time in {{[where: cookie settings link]}}.',
    ],
  },
];

export const GENERAL_SECTION_SNIPPETS: readonly SectionSnippet[] = [
  { prefix: 'pp-section-security', title: 'Security', description: 'Section: security of personal data', clauses: ['section-security'] },
  { prefix: 'pp-section-cookies', title: 'Cookies', description: 'Section: cookies and similar technologies', clauses: ['section-cookies', 'caloppa-third-party-tracking', 'caloppa-do-not-track'] },
];
