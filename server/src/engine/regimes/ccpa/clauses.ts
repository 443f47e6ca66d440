// CCPA/CPRA standard clauses: our own plain, precise wording for each catalog item (the wording
// rules are in ../../clauses/library.ts). They feed the snippets and the "insert clause" quick fixes.

import type { Clause, SectionSnippet } from '../../clauses/types';

const CCPA_RIGHTS = 'Your California Privacy Rights';

export const CCPA_CLAUSES: Clause[] = [
  {
    id: 'ccpa-last-updated',
    prefix: 'pp-ccpa-last-updated',
    title: 'Last Updated',
    description: 'CCPA § 1798.130(a)(5), CalOPPA § 22575(b)(4): date of the last update and effective date',
    satisfies: ['ccpa/last-updated', 'caloppa/effective-date'],
    sectionTitle: 'Last Updated',
    fallback: 'start',
    paragraphs: ['Last updated and effective: {{[date]}}'],
  },
  {
    id: 'ccpa-categories-collected',
    prefix: 'pp-ccpa-categories-collected',
    title: 'Personal Information We Collect',
    description: 'CCPA § 1798.110, 1798.130(a)(5)(B): categories of personal information collected',
    satisfies: ['ccpa/categories-collected'],
    sectionTitle: 'Personal Information We Collect',
    paragraphs: [
      'In the preceding 12 months, we have collected the following categories of personal information: {{[categories, e.g. identifiers, commercial information, internet or other electronic network activity information, geolocation data]}}. We collect it from {{[categories of sources]}} for the following business or commercial purposes: {{[purposes]}}.',
    ],
  },
  {
    id: 'ccpa-categories-sold',
    prefix: 'pp-ccpa-categories-sold',
    title: 'Sale and Sharing of Personal Information',
    description: 'CCPA § 1798.115, 1798.130(a)(5)(C): categories of personal information sold or shared',
    satisfies: ['ccpa/categories-sold'],
    sectionTitle: 'Sale and Sharing of Personal Information',
    paragraphs: [
      'In the preceding 12 months, we {{have not sold or shared|have sold or shared}} personal information. {{[If sold or shared: the categories of personal information sold or shared, and the categories of third parties to whom each was sold or shared]}}',
    ],
  },
  {
    id: 'ccpa-categories-disclosed',
    prefix: 'pp-ccpa-categories-disclosed',
    title: 'Disclosure of Personal Information for a Business Purpose',
    description: 'CCPA § 1798.115, 1798.130(a)(5)(C): categories disclosed for a business purpose',
    satisfies: ['ccpa/categories-disclosed'],
    sectionTitle: 'Sale and Sharing of Personal Information',
    paragraphs: [
      'In the preceding 12 months, we have disclosed the following categories of personal information for a business purpose: {{[categories of personal information and, for each, the categories of recipients]}}.',
    ],
  },
  {
    id: 'ccpa-know',
    prefix: 'pp-ccpa-know',
    title: 'Right to Know',
    description: 'CCPA § 1798.110: right to know what personal information is collected',
    satisfies: ['ccpa/right-know'],
    sectionTitle: CCPA_RIGHTS,
    paragraphs: [
      'Right to know: you have the right to request that we disclose the categories of personal information we have collected about you, the categories of sources, our business or commercial purposes for collecting, selling or sharing it, the categories of third parties to whom we disclose it, and the specific pieces of personal information we have collected about you.',
    ],
  },
  {
    id: 'ccpa-know-sold-shared',
    prefix: 'pp-ccpa-know-sold-shared',
    title: 'Right to Know What Is Sold or Shared',
    description: 'CCPA § 1798.115: right to know what is sold, shared or disclosed',
    satisfies: ['ccpa/right-know-sold-shared'],
    sectionTitle: CCPA_RIGHTS,
    paragraphs: [
      'You also have the right to request that we disclose the categories of personal information we have sold or shared about you and the categories of third parties to whom it was sold or shared, and the categories of personal information we have disclosed about you for a business purpose.',
    ],
  },
  {
    id: 'ccpa-delete',
    prefix: 'pp-ccpa-delete',
    title: 'Right to Delete',
    description: 'CCPA § 1798.105: right to delete',
    satisfies: ['ccpa/right-delete'],
    sectionTitle: CCPA_RIGHTS,
    paragraphs: ['Right to delete: you have the right to request that we delete personal information we have collected from you, subject to the exceptions the law provides.'],
  },
  {
    id: 'ccpa-correct',
    prefix: 'pp-ccpa-correct',
    title: 'Right to Correct',
    description: 'CCPA § 1798.106: right to correct inaccurate personal information',
    satisfies: ['ccpa/right-correct'],
    sectionTitle: CCPA_RIGHTS,
    paragraphs: ['Right to correct: you have the right to request that we correct inaccurate personal information that we maintain about you.'],
  },
  {
    id: 'ccpa-opt-out',
    prefix: 'pp-ccpa-opt-out',
    title: 'Right to Opt Out of Sale or Sharing',
    description: 'CCPA § 1798.120: right to opt out of sale or sharing',
    satisfies: ['ccpa/right-opt-out'],
    sectionTitle: CCPA_RIGHTS,
    paragraphs: [
      'Right to opt out of sale or sharing: you have the right to direct us not to sell or share your personal information. You can do so through the “Do Not Sell or Share My Personal Information” link {{[where the link is]}}. We treat an opt-out preference signal, such as Global Privacy Control, as a valid request to opt out.',
    ],
  },
  {
    id: 'ccpa-limit',
    prefix: 'pp-ccpa-limit',
    title: 'Right to Limit Use of Sensitive Personal Information',
    description: 'CCPA § 1798.121: right to limit use of sensitive personal information',
    satisfies: ['ccpa/right-limit'],
    sectionTitle: CCPA_RIGHTS,
    paragraphs: [
      'Right to limit: you have the right to direct us to limit our use and disclosure of your sensitive personal information to what is necessary to provide the goods or services you request. You can do so through the “Limit the Use of My Sensitive Personal Information” link {{[where the link is]}}.',
    ],
  },
  {
    id: 'ccpa-non-discrimination',
    prefix: 'pp-ccpa-non-discrimination',
    title: 'Non-Discrimination',
    description: 'CCPA § 1798.125: right not to be discriminated against',
    satisfies: ['ccpa/non-discrimination'],
    sectionTitle: CCPA_RIGHTS,
    paragraphs: ['We will not discriminate against you for exercising any of your rights under the CCPA, for example by denying you goods or services or by charging you a different price.'],
  },
  {
    id: 'ccpa-request-methods',
    prefix: 'pp-ccpa-request-methods',
    title: 'How to Submit a Request',
    description: 'CCPA § 1798.130(a)(1): methods for submitting requests',
    satisfies: ['ccpa/request-methods'],
    sectionTitle: CCPA_RIGHTS,
    paragraphs: [
      'To submit a request, call us toll-free at {{[toll-free telephone number]}} or write to {{privacyEmail}}. We will verify your identity before we respond, by {{[verification method]}}. You may also authorize an agent to submit a request on your behalf.',
    ],
  },
];

export const CCPA_SECTION_SNIPPETS: SectionSnippet[] = [
  {
    prefix: 'pp-section-california',
    title: CCPA_RIGHTS,
    description: 'Section: CCPA/CPRA consumer rights and how to exercise them',
    clauses: ['ccpa-know', 'ccpa-know-sold-shared', 'ccpa-delete', 'ccpa-correct', 'ccpa-opt-out', 'ccpa-limit', 'ccpa-non-discrimination', 'ccpa-request-methods'],
  },
];
