// UK GDPR standard clauses: our own wording for each catalog item, citing the UK GDPR and the
// Data Protection Act 2018, naming the Information Commissioner's Office as the authority and the
// UK's transfer safeguards. The wording rules are in ../../clauses/library.ts.

import type { Clause, SectionSnippet } from '../../clauses/types';

const RIGHTS = 'Your Rights';

/** One clause per item: id `uk-gdpr-<item>`, snippet prefix `pp-uk-gdpr-<item>`. */
function clause(item: string, c: Omit<Clause, 'id' | 'prefix' | 'satisfies'>): Clause {
  return { id: `uk-gdpr-${item}`, prefix: `pp-uk-gdpr-${item}`, satisfies: [`uk-gdpr/${item}`], ...c };
}

export const UK_GDPR_CLAUSES: Clause[] = [
  clause('controller-identity', {
    title: 'Who We Are',
    description: 'UK GDPR Art. 13(1)(a): identity of the controller',
    sectionTitle: 'Who We Are',
    fallback: 'start',
    paragraphs: [
      '{{controllerName}}, {{address}}, is the controller of the personal data described in this notice for the purposes of the UK GDPR and the Data Protection Act 2018. In this notice, “we”, “us” and “our” mean {{controllerName}}.',
    ],
  }),
  clause('controller-contact', {
    title: 'Contact Us',
    description: 'UK GDPR Art. 13(1)(a): contact details of the controller',
    sectionTitle: 'Contact Us',
    fallback: 'end',
    paragraphs: [
      'If you have a question about this notice or about how we use your personal data, or you want to exercise your rights, you can e-mail us at {{privacyEmail}} or write to us at {{address}}.',
    ],
  }),
  clause('dpo-contact', {
    title: 'Data Protection Officer',
    description: 'UK GDPR Art. 13(1)(b): contact details of the data protection officer',
    sectionTitle: 'Data Protection Officer',
    paragraphs: [
      'We have appointed a data protection officer (DPO), {{dpoName}}. You can contact our DPO by e-mail at {{dpoEmail}} or by post at {{address}}, marked for the attention of the data protection officer.',
    ],
  }),
  clause('data-categories', {
    title: 'Personal Data We Use',
    description: 'UK GDPR Art. 14(1)(d): categories of personal data',
    sectionTitle: 'Personal Data We Use',
    paragraphs: ['We use the following categories of personal data: {{[categories of personal data, e.g. identity and contact data, account data, payment data, usage data]}}.'],
  }),
  clause('purposes', {
    title: 'How We Use Your Personal Data',
    description: 'UK GDPR Art. 13(1)(c): purposes of the processing',
    sectionTitle: 'How We Use Your Personal Data',
    paragraphs: [
      'We use your personal data for these purposes: {{[purposes, e.g. to provide and bill our services, to answer your enquiries, to keep our services secure]}}. We will not use it for a purpose that is incompatible with them.',
    ],
  }),
  clause('legal-basis', {
    title: 'Our Lawful Basis',
    description: 'UK GDPR Art. 13(1)(c): lawful basis for each purpose',
    sectionTitle: 'Our Lawful Basis',
    paragraphs: [
      'We use personal data only where Article 6(1) of the UK GDPR gives us a lawful basis. We use {{[category of data]}} for {{[purpose]}} on this legal basis: {{performance of a contract with you (Art. 6(1)(b) UK GDPR)|compliance with a legal obligation (Art. 6(1)(c) UK GDPR)|your consent (Art. 6(1)(a) UK GDPR)}}.',
    ],
  }),
  clause('legitimate-interests', {
    title: 'Our Legitimate Interests',
    description: 'UK GDPR Art. 13(1)(d): legitimate interests pursued',
    sectionTitle: 'Our Lawful Basis',
    paragraphs: [
      'Where we rely on legitimate interests (Art. 6(1)(f) UK GDPR), our interests are {{[the interests pursued, e.g. preventing fraud and keeping our systems secure]}}. We rely on them only where your interests and fundamental rights do not override them.',
    ],
  }),
  clause('data-source', {
    title: 'Where We Get Your Personal Data',
    description: 'UK GDPR Art. 14(2)(f): source of the personal data',
    sectionTitle: 'Where We Get Your Personal Data',
    paragraphs: [
      'Most of the personal data we hold comes from you, when you {{[e.g. open an account, contact us or use our services]}}. We also receive personal data about you from {{[other sources, e.g. credit reference agencies or Companies House]}}{{[, including publicly accessible sources: name them]}}.',
    ],
  }),
  clause('retention', {
    title: 'How Long We Keep Your Personal Data',
    description: 'UK GDPR Art. 13(2)(a): retention period',
    sectionTitle: 'How Long We Keep Your Personal Data',
    paragraphs: [
      'We keep personal data only as long as we need it for the purposes we collected it for: {{[retention period for each category of data, or the criteria used to set it]}}. After that we delete it or anonymise it.',
    ],
  }),
  clause('recipients', {
    title: 'Who We Share Your Personal Data With',
    description: 'UK GDPR Art. 13(1)(e): recipients or categories of recipients',
    sectionTitle: 'Who We Share Your Personal Data With',
    paragraphs: [
      'We share personal data with these recipients or categories of recipients: {{[e.g. hosting and IT suppliers, payment providers, our professional advisers, HMRC and other public bodies where the law requires it]}}. Suppliers who handle personal data for us may use it only on our instructions and under a written contract with us.',
    ],
  }),
  clause('international-transfers', {
    title: 'Transfers Outside the UK',
    description: 'UK GDPR Art. 13(1)(f): transfers outside the UK and the safeguards',
    sectionTitle: 'Transfers Outside the UK',
    paragraphs: [
      'We transfer personal data outside the UK to {{[country or countries]}}. Where UK adequacy regulations do not cover the destination, we protect the data with {{the International Data Transfer Agreement (IDTA) issued by the Information Commissioner|the EU standard contractual clauses together with the UK Addendum|binding corporate rules approved by the Information Commissioner}}. You can ask us for a copy of these safeguards at {{privacyEmail}}.',
    ],
  }),
  clause('statutory-requirement', {
    title: 'Whether You Have to Give Us Personal Data',
    description: 'UK GDPR Art. 13(2)(e): whether providing the data is required, and the consequences',
    sectionTitle: 'Personal Data We Use',
    paragraphs: [
      'Providing {{[which data]}} is {{a contractual requirement|a statutory requirement|necessary to enter into a contract with us|voluntary}}. If you do not provide it, {{[the consequence, e.g. we cannot open your account]}}.',
    ],
  }),
  clause('automated-decision-making', {
    title: 'Automated Decision-Making',
    description: 'UK GDPR Art. 13(2)(f): automated decision-making and profiling',
    sectionTitle: 'Automated Decision-Making',
    paragraphs: [
      'We {{do not take|take}} significant decisions about you based solely on automated processing, including profiling, that have legal or similarly significant effects on you. {{[If you do: the logic involved, the consequences for the person, and how to ask for human review or contest the decision]}}',
    ],
  }),
  clause('right-access', {
    title: 'Right of Access',
    description: 'UK GDPR Art. 15: right of access',
    sectionTitle: RIGHTS,
    paragraphs: ['You have the right of access: you can ask us to confirm whether we use personal data about you and, if we do, for a copy of it with information about how we use it.'],
  }),
  clause('right-rectification', {
    title: 'Right to Rectification',
    description: 'UK GDPR Art. 16: right to rectification',
    sectionTitle: RIGHTS,
    paragraphs: ['You have the right to rectification: you can ask us to correct personal data about you that is inaccurate and to complete personal data that is incomplete.'],
  }),
  clause('right-erasure', {
    title: 'Right to Erasure',
    description: 'UK GDPR Art. 17: right to erasure',
    sectionTitle: RIGHTS,
    paragraphs: ['You have the right to erasure: you can ask us to delete your personal data, for example where we no longer need it for the purposes we collected it for.'],
  }),
  clause('right-restriction', {
    title: 'Right to Restriction of Processing',
    description: 'UK GDPR Art. 18: right to restriction of processing',
    sectionTitle: RIGHTS,
    paragraphs: [
      'You have the right to restriction of processing: you can ask us to restrict how we use your personal data, for example while we check its accuracy. While it is restricted, we keep the data but otherwise use it only as Article 18(2) of the UK GDPR allows.',
    ],
  }),
  clause('right-objection', {
    title: 'Right to Object',
    description: 'UK GDPR Art. 21: right to object',
    sectionTitle: RIGHTS,
    paragraphs: [
      'You have the right to object, on grounds relating to your situation, to our use of your personal data based on our legitimate interests or on a task in the public interest. You can also object at any time to our use of your personal data for direct marketing, and we will then stop using it for that purpose.',
    ],
  }),
  clause('right-portability', {
    title: 'Right to Data Portability',
    description: 'UK GDPR Art. 20: right to data portability',
    sectionTitle: RIGHTS,
    paragraphs: [
      'You have the right to data portability: where we use your personal data by automated means on the basis of your consent or a contract with you, you can receive the personal data you gave us in a structured, commonly used and machine-readable format and ask us to send it directly to another organisation where that is technically feasible.',
    ],
  }),
  clause('right-withdraw-consent', {
    title: 'Right to Withdraw Consent',
    description: 'UK GDPR Art. 7(3): right to withdraw consent',
    sectionTitle: RIGHTS,
    paragraphs: [
      'Where you have given consent, you can withdraw it at any time, as easily as you gave it, for example {{[how, e.g. by using the unsubscribe link or by e-mailing us]}}. Withdrawing consent does not affect the lawfulness of what we did with your data before you withdrew it.',
    ],
  }),
  clause('right-complaint', {
    title: 'Right to Complain to the ICO',
    description: 'UK GDPR Art. 13(2)(d), DPA 2018 s. 165: right to complain to the Information Commissioner',
    sectionTitle: RIGHTS,
    paragraphs: [
      'If you are unhappy with how we use your personal data, please tell us first at {{privacyEmail}} so that we can try to put it right; we acknowledge complaints within 30 days.',
      // A paragraph of its own: the right to go to the regulator does not depend on complaining to us.
      'You also have the right to complain to the Information Commissioner’s Office (ICO), the UK’s data protection regulator, at ico.org.uk/make-a-complaint.',
    ],
  }),
  {
    id: 'section-uk-representative',
    title: 'Our Representative in the UK',
    description: 'UK representative of a controller established outside the UK (UK GDPR Art. 27)',
    satisfies: [],
    sectionTitle: 'Our Representative in the UK',
    paragraphs: [
      'As we are not established in the United Kingdom, we have appointed {{[name of the representative]}}, {{[address of the representative]}}, as our representative in the UK under Article 27 of the UK GDPR. You can contact our representative at {{[e-mail of the representative]}} about anything relating to our use of your personal data.',
    ],
  },
];

export const UK_GDPR_SECTION_SNIPPETS: SectionSnippet[] = [
  {
    prefix: 'pp-section-uk-rights',
    title: RIGHTS,
    description: 'Section: every UK GDPR right, with the complaint to the ICO (UK GDPR Art. 7(3), 15–21; DPA 2018 s. 165)',
    clauses: [
      'uk-gdpr-right-access',
      'uk-gdpr-right-rectification',
      'uk-gdpr-right-erasure',
      'uk-gdpr-right-restriction',
      'uk-gdpr-right-objection',
      'uk-gdpr-right-portability',
      'uk-gdpr-right-withdraw-consent',
      'uk-gdpr-right-complaint',
    ],
  },
  { prefix: 'pp-section-uk-transfers', title: 'Transfers Outside the UK', description: 'Section: transfers outside the UK and their safeguards', clauses: ['uk-gdpr-international-transfers'] },
  { prefix: 'pp-section-uk-representative', title: 'Our Representative in the UK', description: 'Section: UK representative (UK GDPR Art. 27)', clauses: ['section-uk-representative'] },
];
