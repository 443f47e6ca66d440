// The standard clause library: our own plain, precise wording for each catalog item and for
// the usual sections of a privacy policy. The single source of the snippets (`npm run
// gen:snippets`) and of the "insert clause" quick fixes. Slots are explained in types.ts.
//
// Wording rules: one clause says one thing the law asks for; where the draft must decide,
// a choice or a bracketed blank stays visible until filled; no claim is made on the
// controller's behalf that only the controller can make (periods, recipients, countries).

import type { Clause } from './types';

const RIGHTS = 'Your Rights';

const GDPR: Clause[] = [
  {
    id: 'gdpr-controller',
    prefix: 'pp-gdpr-controller',
    title: 'Who We Are',
    description: 'GDPR Art. 13(1)(a): identity of the controller',
    satisfies: ['gdpr/controller-identity'],
    sectionTitle: 'Who We Are',
    fallback: 'start',
    paragraphs: [
      '{{controllerName}}, {{address}}, is the controller responsible for the processing of your personal data described in this policy. In this policy, “we”, “us” and “our” refer to {{controllerName}}.',
    ],
  },
  {
    id: 'gdpr-contact',
    prefix: 'pp-gdpr-contact',
    title: 'Contact Us',
    description: 'GDPR Art. 13(1)(a): contact details of the controller',
    satisfies: ['gdpr/controller-contact'],
    sectionTitle: 'Contact Us',
    fallback: 'end',
    paragraphs: [
      'If you have questions about this policy or about our processing of your personal data, or if you wish to exercise your rights, you can contact us by e-mail at {{privacyEmail}} or by post at {{address}}.',
    ],
  },
  {
    id: 'gdpr-dpo',
    prefix: 'pp-gdpr-dpo',
    title: 'Data Protection Officer',
    description: 'GDPR Art. 13(1)(b): contact details of the data protection officer',
    satisfies: ['gdpr/dpo-contact'],
    sectionTitle: 'Data Protection Officer',
    paragraphs: [
      'We have designated a data protection officer (DPO). Our DPO, {{dpoName}}, can be contacted by e-mail at {{dpoEmail}} or by post at {{address}}, for the attention of the data protection officer.',
    ],
  },
  {
    id: 'gdpr-data-categories',
    prefix: 'pp-gdpr-data-categories',
    title: 'Personal Data We Process',
    description: 'GDPR Art. 14(1)(d): categories of personal data',
    satisfies: ['gdpr/data-categories'],
    sectionTitle: 'Personal Data We Process',
    paragraphs: [
      'We process the following categories of personal data: {{[categories of personal data, e.g. identity and contact data, account data, payment data, usage data]}}.',
    ],
  },
  {
    id: 'gdpr-purposes',
    prefix: 'pp-gdpr-purposes',
    title: 'How We Use Your Personal Data',
    description: 'GDPR Art. 13(1)(c): purposes of the processing',
    satisfies: ['gdpr/purposes'],
    sectionTitle: 'How We Use Your Personal Data',
    paragraphs: [
      'We use your personal data for the following purposes: {{[purposes, e.g. to provide and bill our services, to answer your enquiries, to keep our services secure]}}. We do not use it for purposes that are incompatible with these.',
    ],
  },
  {
    id: 'gdpr-legal-basis',
    prefix: 'pp-gdpr-legal-basis',
    title: 'Legal Basis for Processing',
    description: 'GDPR Art. 13(1)(c): legal basis for each purpose',
    satisfies: ['gdpr/legal-basis'],
    sectionTitle: 'Legal Basis for Processing',
    paragraphs: [
      'We process personal data only where the law gives us a legal basis under Article 6(1) GDPR. We process {{[category of data]}} for {{[purpose]}} on the following legal basis: {{the performance of a contract with you (Art. 6(1)(b) GDPR)|compliance with a legal obligation (Art. 6(1)(c) GDPR)|your consent (Art. 6(1)(a) GDPR)}}.',
    ],
  },
  {
    id: 'gdpr-legitimate-interests',
    prefix: 'pp-gdpr-legitimate-interests',
    title: 'Our Legitimate Interests',
    description: 'GDPR Art. 13(1)(d): legitimate interests pursued',
    satisfies: ['gdpr/legitimate-interests'],
    sectionTitle: 'Legal Basis for Processing',
    paragraphs: [
      'Where we rely on our legitimate interests (Art. 6(1)(f) GDPR), those interests are {{[the interests pursued, e.g. keeping our services secure and preventing fraud]}}. We rely on them only where they are not overridden by your interests or fundamental rights and freedoms.',
    ],
  },
  {
    id: 'gdpr-data-source',
    prefix: 'pp-gdpr-data-source',
    title: 'Where We Get Your Personal Data',
    description: 'GDPR Art. 14(2)(f): source of the personal data',
    satisfies: ['gdpr/data-source'],
    sectionTitle: 'Where We Get Your Personal Data',
    paragraphs: [
      'We collect most personal data directly from you, when you {{[e.g. create an account, send us a message or use our services]}}. We also obtain personal data about you from {{[other sources, e.g. business partners or public registers]}}{{[, including publicly accessible sources: name them]}}.',
    ],
  },
  {
    id: 'gdpr-retention',
    prefix: 'pp-gdpr-retention',
    title: 'How Long We Keep Your Personal Data',
    description: 'GDPR Art. 13(2)(a): storage period',
    satisfies: ['gdpr/retention'],
    sectionTitle: 'How Long We Keep Your Personal Data',
    paragraphs: [
      'We keep personal data only for as long as we need it for the purposes for which we collected it: {{[retention period for each category of data, or the criteria used to determine it]}}. When we no longer need it, we delete it or anonymise it.',
    ],
  },
  {
    id: 'gdpr-recipients',
    prefix: 'pp-gdpr-recipients',
    title: 'Who We Share Your Personal Data With',
    description: 'GDPR Art. 13(1)(e): recipients or categories of recipients',
    satisfies: ['gdpr/recipients'],
    sectionTitle: 'Who We Share Your Personal Data With',
    paragraphs: [
      'We disclose personal data to the following recipients or categories of recipients: {{[e.g. hosting and IT service providers, payment processors, professional advisers, public authorities where the law requires it]}}. Service providers that process personal data on our behalf may do so only on our instructions and under a contract with us.',
    ],
  },
  {
    id: 'gdpr-transfers',
    prefix: 'pp-gdpr-transfers',
    title: 'International Transfers',
    description: 'GDPR Art. 13(1)(f): transfers to third countries and safeguards',
    satisfies: ['gdpr/international-transfers'],
    sectionTitle: 'International Transfers',
    paragraphs: [
      'We transfer personal data to {{[country or countries]}}, outside the European Economic Area (EEA). Where the European Commission has not decided that a country ensures an adequate level of protection, we protect the data by {{standard contractual clauses adopted by the European Commission|binding corporate rules|another safeguard under Article 46 GDPR}}. Copies of these safeguards are available from us at {{privacyEmail}}.',
    ],
  },
  {
    id: 'gdpr-statutory-requirement',
    prefix: 'pp-gdpr-statutory-requirement',
    title: 'Whether You Must Provide Personal Data',
    description: 'GDPR Art. 13(2)(e): whether providing the data is required, and the consequences',
    satisfies: ['gdpr/statutory-requirement'],
    sectionTitle: 'Personal Data We Process',
    paragraphs: [
      'Providing {{[which data]}} is {{a contractual requirement|a statutory requirement|necessary to enter into a contract with us|voluntary}}. If you do not provide it, {{[the consequence, e.g. we cannot create your account]}}.',
    ],
  },
  {
    id: 'gdpr-automated-decisions',
    prefix: 'pp-gdpr-automated-decisions',
    title: 'Automated Decision-Making',
    description: 'GDPR Art. 13(2)(f): automated decision-making and profiling',
    satisfies: ['gdpr/automated-decision-making'],
    sectionTitle: 'Automated Decision-Making',
    paragraphs: [
      'We {{do not make|make}} decisions based solely on automated processing, including profiling, that produce legal effects concerning you or similarly significantly affect you. {{[If you do: the logic involved, and the significance and envisaged consequences for the person]}}',
    ],
  },
  {
    id: 'gdpr-access',
    prefix: 'pp-gdpr-access',
    title: 'Right of Access',
    description: 'GDPR Art. 15: right of access',
    satisfies: ['gdpr/right-access'],
    sectionTitle: RIGHTS,
    paragraphs: [
      'You have the right of access: you may ask us to confirm whether we process personal data about you and, if we do, to give you a copy of it together with information about how we process it.',
    ],
  },
  {
    id: 'gdpr-rectification',
    prefix: 'pp-gdpr-rectification',
    title: 'Right to Rectification',
    description: 'GDPR Art. 16: right to rectification',
    satisfies: ['gdpr/right-rectification'],
    sectionTitle: RIGHTS,
    paragraphs: ['You have the right to rectification: you may ask us to correct personal data about you that is inaccurate and to complete personal data that is incomplete.'],
  },
  {
    id: 'gdpr-erasure',
    prefix: 'pp-gdpr-erasure',
    title: 'Right to Erasure',
    description: 'GDPR Art. 17: right to erasure',
    satisfies: ['gdpr/right-erasure'],
    sectionTitle: RIGHTS,
    paragraphs: [
      'You have the right to erasure: you may ask us to delete your personal data, for example where we no longer need it for the purposes for which we collected it or where we have processed it unlawfully.',
    ],
  },
  {
    id: 'gdpr-restriction',
    prefix: 'pp-gdpr-restriction',
    title: 'Right to Restriction of Processing',
    description: 'GDPR Art. 18: right to restriction of processing',
    satisfies: ['gdpr/right-restriction'],
    sectionTitle: RIGHTS,
    paragraphs: [
      'You have the right to restriction of processing: you may ask us to restrict the processing of your personal data, for example while we verify its accuracy at your request. While processing is restricted, we store the data and use it otherwise only in the cases Article 18(2) GDPR permits.',
    ],
  },
  {
    id: 'gdpr-objection',
    prefix: 'pp-gdpr-objection',
    title: 'Right to Object',
    description: 'GDPR Art. 21: right to object',
    satisfies: ['gdpr/right-objection'],
    sectionTitle: RIGHTS,
    paragraphs: [
      'You have the right to object, on grounds relating to your particular situation, to processing that we base on our legitimate interests or on a task carried out in the public interest. You may also object at any time to the use of your personal data for direct marketing; we will then stop using it for that purpose.',
    ],
  },
  {
    id: 'gdpr-portability',
    prefix: 'pp-gdpr-portability',
    title: 'Right to Data Portability',
    description: 'GDPR Art. 20: right to data portability',
    satisfies: ['gdpr/right-portability'],
    sectionTitle: RIGHTS,
    paragraphs: [
      'You have the right to data portability: where the processing is automated and relies on your consent or on a contract with you, you may receive the personal data you provided to us in a structured, commonly used and machine-readable format and ask us to transmit it directly to another organisation where this is technically feasible.',
    ],
  },
  {
    id: 'gdpr-withdraw-consent',
    prefix: 'pp-gdpr-withdraw-consent',
    title: 'Right to Withdraw Consent',
    description: 'GDPR Art. 7(3): right to withdraw consent',
    satisfies: ['gdpr/right-withdraw-consent'],
    sectionTitle: RIGHTS,
    paragraphs: [
      'Where you have given your consent, you may withdraw it at any time, as easily as you gave it, for example {{[how, e.g. by using the unsubscribe link or by writing to us]}}. Withdrawing consent does not affect the lawfulness of processing carried out before you withdrew it.',
    ],
  },
  {
    id: 'gdpr-complaint',
    prefix: 'pp-gdpr-complaint',
    title: 'Right to Lodge a Complaint',
    description: 'GDPR Art. 77: right to lodge a complaint with a supervisory authority',
    satisfies: ['gdpr/right-complaint'],
    sectionTitle: RIGHTS,
    paragraphs: [
      'You also have the right to lodge a complaint with a data protection supervisory authority, in particular in the EU Member State where you live or work or where you believe an infringement took place.',
      // A paragraph of its own: naming the authority is a courtesy (Art. 13(2)(d) asks for the right),
      // so its blank does not leave the right itself insufficient.
      'The supervisory authority responsible for us is {{supervisoryAuthority}}.',
    ],
  },
];

const CCPA_RIGHTS = 'Your California Privacy Rights';

const CCPA: Clause[] = [
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

const CALOPPA: Clause[] = [
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
];

const SECTIONS: Clause[] = [
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
  {
    id: 'section-eu-representative',
    title: 'Our Representative in the EU',
    description: 'EU representative of a controller established outside the EU (GDPR Art. 27)',
    satisfies: [],
    sectionTitle: 'Our Representative in the EU',
    paragraphs: [
      'As we are not established in the European Union, we have designated {{[name of the representative]}}, {{[address of the representative]}}, as our representative in the EU under Article 27 GDPR. You can contact our representative at {{[e-mail of the representative]}} about any matter relating to the processing of your personal data.',
    ],
  },
];

export const CLAUSES: readonly Clause[] = [...GDPR, ...CCPA, ...CALOPPA, ...SECTIONS];

/**
 * Snippets that insert a whole section (heading and clauses). `pp-section-contact` and
 * `pp-section-dpo` reuse the item clauses, `pp-section-rights` lists every GDPR right.
 */
export interface SectionSnippet {
  prefix: string;
  title: string;
  description: string;
  clauses: string[];
}

export const SECTION_SNIPPETS: readonly SectionSnippet[] = [
  { prefix: 'pp-section-contact', title: 'Contact Us', description: 'Section: contact details of the controller', clauses: ['gdpr-contact'] },
  { prefix: 'pp-section-dpo', title: 'Data Protection Officer', description: 'Section: data protection officer', clauses: ['gdpr-dpo'] },
  {
    prefix: 'pp-section-rights',
    title: RIGHTS,
    description: 'Section: every GDPR data subject right (Art. 15–21, 7(3), 77)',
    clauses: ['gdpr-access', 'gdpr-rectification', 'gdpr-erasure', 'gdpr-restriction', 'gdpr-objection', 'gdpr-portability', 'gdpr-withdraw-consent', 'gdpr-complaint'],
  },
  {
    prefix: 'pp-section-california',
    title: CCPA_RIGHTS,
    description: 'Section: CCPA/CPRA consumer rights and how to exercise them',
    clauses: ['ccpa-know', 'ccpa-know-sold-shared', 'ccpa-delete', 'ccpa-correct', 'ccpa-opt-out', 'ccpa-limit', 'ccpa-non-discrimination', 'ccpa-request-methods'],
  },
  { prefix: 'pp-section-changes', title: 'Changes to This Policy', description: 'Section: changes to this policy and how users are told', clauses: ['caloppa-change-notification'] },
  { prefix: 'pp-section-children', title: 'Children', description: 'Section: children’s personal data', clauses: ['coppa-children'] },
  { prefix: 'pp-section-security', title: 'Security', description: 'Section: security of personal data', clauses: ['section-security'] },
  { prefix: 'pp-section-cookies', title: 'Cookies', description: 'Section: cookies and similar technologies', clauses: ['section-cookies', 'caloppa-third-party-tracking', 'caloppa-do-not-track'] },
  { prefix: 'pp-section-eu-representative', title: 'Our Representative in the EU', description: 'Section: EU representative (Art. 27)', clauses: ['section-eu-representative'] },
  { prefix: 'pp-section-transfers', title: 'International Transfers', description: 'Section: transfers outside the EEA', clauses: ['gdpr-transfers'] },
  { prefix: 'pp-section-retention', title: 'How Long We Keep Your Personal Data', description: 'Section: storage periods', clauses: ['gdpr-retention'] },
];

const BY_ID = new Map(CLAUSES.map((c) => [c.id, c]));

export function clauseById(id: string): Clause | undefined {
  return BY_ID.get(id);
}

/** The clause that discloses a catalog item, if the library has one. */
export function clauseFor(catalogId: string): Clause | undefined {
  return CLAUSES.find((c) => c.satisfies.includes(catalogId));
}
