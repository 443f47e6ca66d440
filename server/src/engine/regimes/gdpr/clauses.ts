// GDPR standard clauses: our own plain, precise wording for each catalog item (the wording
// rules are in ../../clauses/library.ts). They feed the snippets and the "insert clause" quick fixes.

import type { Clause, SectionSnippet } from '../../clauses/types';

const RIGHTS = 'Your Rights';

export const GDPR_CLAUSES: Clause[] = [
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

export const GDPR_SECTION_SNIPPETS: SectionSnippet[] = [
  { prefix: 'pp-section-contact', title: 'Contact Us', description: 'Section: contact details of the controller', clauses: ['gdpr-contact'] },
  { prefix: 'pp-section-dpo', title: 'Data Protection Officer', description: 'Section: data protection officer', clauses: ['gdpr-dpo'] },
  {
    prefix: 'pp-section-rights',
    title: RIGHTS,
    description: 'Section: every GDPR data subject right (Art. 15–21, 7(3), 77)',
    clauses: ['gdpr-access', 'gdpr-rectification', 'gdpr-erasure', 'gdpr-restriction', 'gdpr-objection', 'gdpr-portability', 'gdpr-withdraw-consent', 'gdpr-complaint'],
  },
  { prefix: 'pp-section-eu-representative', title: 'Our Representative in the EU', description: 'Section: EU representative (Art. 27)', clauses: ['section-eu-representative'] },
  { prefix: 'pp-section-transfers', title: 'International Transfers', description: 'Section: transfers outside the EEA', clauses: ['gdpr-transfers'] },
  { prefix: 'pp-section-retention', title: 'How Long We Keep Your Personal Data', description: 'Section: storage periods', clauses: ['gdpr-retention'] },
];
