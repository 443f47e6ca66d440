// us-states standard clauses: our own plain wording for each catalog item, written for a notice
// that serves consumers of several states ("Your State Privacy Rights"). They feed the snippets
// and the "insert clause" quick fixes.

import type { Clause, SectionSnippet } from '../../clauses/types';

const RIGHTS = 'Your State Privacy Rights';

function clause(item: string, title: string, description: string, sectionTitle: string, paragraphs: string[], fallback?: Clause['fallback']): Clause {
  return { id: `us-states-${item}`, prefix: `pp-us-states-${item}`, title, description, satisfies: [`us-states/${item}`], sectionTitle, paragraphs, ...(fallback ? { fallback } : {}) };
}

export const US_STATES_CLAUSES: Clause[] = [
  clause('effective-date', 'Effective Date', 'State privacy laws (Minn. Stat. § 325M.16): date of the last update', 'Effective Date', ['This notice was last updated on {{[date]}} and is effective from that date.'], 'start'),
  clause('categories-processed', 'Personal Data We Process', 'State privacy laws (Va. Code § 59.1-578(C)(1)): categories of personal data processed', 'Personal Data We Process', [
    'We process the following categories of personal data: {{[categories, e.g. identifiers and contact details, account data, purchase history, device and online activity data, inferences]}}.',
  ]),
  clause('purposes', 'How We Use Personal Data', 'State privacy laws (Va. Code § 59.1-578(C)(2)): purposes of processing', 'How We Use Personal Data', [
    'We use personal data for the following purposes: {{[purposes, e.g. to provide and support the service, to process payments, to send marketing you asked for, to prevent fraud]}}.',
  ]),
  clause('sensitive-data', 'Sensitive Data', 'State privacy laws (Va. Code § 59.1-578(A)(5)): sensitive data and consent', 'Sensitive Data', [
    'We process sensitive data ({{[categories, e.g. precise geolocation, health information]}}) only with your prior opt-in consent, which you may withdraw at any time.',
  ]),
  clause('categories-shared', 'Personal Data We Share', 'State privacy laws (Va. Code § 59.1-578(C)(4)): categories of personal data shared with third parties', 'How We Share Personal Data', [
    'We share the following categories of personal data with third parties: {{[categories, e.g. identifiers, device data, inferences]}}.',
  ]),
  clause('third-party-categories', 'Third Parties We Share With', 'State privacy laws (Va. Code § 59.1-578(C)(5)): categories of third parties', 'How We Share Personal Data', [
    'We share personal data with these categories of third parties: {{[categories, e.g. advertising partners, analytics providers, data brokers, affiliates]}}.',
  ]),
  clause('right-access', 'Right to Confirm and Access', 'State privacy laws (Va. Code § 59.1-577(A)(1)): right to confirm and access', RIGHTS, [
    'Right to confirm and access: you may ask us to confirm whether we process your personal data and to give you access to it.',
  ]),
  clause('right-correct', 'Right to Correct', 'State privacy laws (Va. Code § 59.1-577(A)(2)): right to correct', RIGHTS, [
    'Right to correct: you may ask us to correct inaccurate personal data about you.',
  ]),
  clause('right-delete', 'Right to Delete', 'State privacy laws (Va. Code § 59.1-577(A)(3)): right to delete', RIGHTS, [
    'Right to delete: you may ask us to delete personal data about you.',
  ]),
  clause('right-portability', 'Right to Data Portability', 'State privacy laws (Va. Code § 59.1-577(A)(4)): right to data portability', RIGHTS, [
    'Right to data portability: you may obtain a copy of your personal data in a portable and readily usable format.',
  ]),
  clause('right-opt-out', 'Right to Opt Out', 'State privacy laws (Va. Code § 59.1-577(A)(5)): opt out of targeted advertising and sale', RIGHTS, [
    'Right to opt out: you may opt out of the processing of your personal data for targeted advertising and of the sale of your personal data, using the "{{Your Privacy Choices|Do Not Sell or Share My Personal Data}}" link on our website.',
  ]),
  clause('right-opt-out-profiling', 'Right to Opt Out of Profiling', 'State privacy laws (Va. Code § 59.1-577(A)(5)): opt out of profiling', RIGHTS, [
    'Right to opt out of profiling: you may opt out of profiling in furtherance of decisions that produce legal or similarly significant effects concerning you.',
  ]),
  clause('request-methods', 'How to Exercise Your Rights', 'State privacy laws (Va. Code § 59.1-578(C)(3), (E); C.R.S. § 6-1-1306): request methods and the universal opt-out signal', RIGHTS, [
    'To exercise your rights, submit a request through {{[web form address]}} or e-mail us at {{privacyEmail}}. We honour Global Privacy Control and other universal opt-out signals as a request to opt out of sale and targeted advertising for the browser or device that sends them.',
  ]),
  clause('appeal', 'How to Appeal', 'State privacy laws (Va. Code § 59.1-577(C); Tex. Bus. & Com. Code § 541.053): appeal process and Attorney General', RIGHTS, [
    'If we decline to act on your request, you may appeal our decision by replying to it or by e-mailing {{privacyEmail}} with the subject "Appeal" within {{[period, e.g. 45 days]}}. We will respond in writing within the time your state\'s law allows, with our reasons. If we deny your appeal, you may contact the Attorney General of your state to submit a complaint.',
  ]),
  clause('contact', 'Contact Us', 'State privacy laws (Minn. Stat. § 325M.16): contact method', 'Contact Us', [
    'If you have questions about this notice or your rights, contact us at {{privacyEmail}} or write to {{controllerName}}, {{address}}.',
  ], 'end'),
  clause('sensitive-data-sale-notice', 'Texas Notice', 'Tex. Bus. & Com. Code § 541.102(b): the statutory notice of the sale of sensitive data', 'Sensitive Data', [
    'NOTICE: We may sell your sensitive personal data.',
  ]),
  clause('right-third-party-list', 'Right to a List of Third Parties', 'ORS 646A.574(1)(a)(B), Minn. Stat. § 325M.14, subd. 1(h): list of specific third parties', RIGHTS, [
    'If you live in Oregon or Minnesota, you may request a list of the specific third parties to which we have disclosed your personal data.',
  ]),
  clause('right-question-profiling', 'Right to Question Profiling', 'Minn. Stat. § 325M.14, subd. 1(g): question the result of profiling', RIGHTS, [
    'If you live in Minnesota and we profiled you in furtherance of a decision with legal or similarly significant effects, you may question the result of the profiling, be told the reason for it and what you could do to secure a different decision, review the personal data used, and have inaccurate data corrected and the decision reevaluated.',
  ]),
  clause('llm-training', 'Training of Language Models', 'Conn. Gen. Stat. § 42-520(c) as amended by P.A. 25-113: whether personal data train large language models', 'How We Use Personal Data', [
    'We {{do not|do}} collect, use or sell personal data to train large language models. {{[If you do: which data, and how to opt out]}}',
  ]),
];

export const US_STATES_SECTION_SNIPPETS: SectionSnippet[] = [
  {
    prefix: 'pp-section-us-states',
    title: 'Your State Privacy Rights',
    description: 'US state privacy laws (VA, CO, CT, TX, OR, MN, MD and others): consumer rights, how to exercise them and how to appeal',
    clauses: ['us-states-right-access', 'us-states-right-correct', 'us-states-right-delete', 'us-states-right-portability', 'us-states-right-opt-out', 'us-states-right-opt-out-profiling', 'us-states-request-methods', 'us-states-appeal'],
  },
];
