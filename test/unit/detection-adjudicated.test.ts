// Detector errors found by reading disagreements with a labelled corpus against the law.
// Each sentence is our own; each case says which wording the detector got wrong before.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { draft, isFound } from './detection-helpers';

const cases: Array<[string, string, boolean, string]> = [
  // Storage period with a minimum ("at least") is a period (Art. 13(2)(a)).
  ['gdpr/retention', draft('After you close your account we keep your invoices for at least seven years.'), true, 'a minimum period'],
  ['gdpr/retention', draft('We keep personal data for a minimum of 6 months after the last contact.'), true, 'a minimum period in figures'],
  // Erasure named together with restriction in an enumeration of rights.
  ['gdpr/right-erasure', draft('You may ask for: (a) a copy of the data we hold about you, the reasons we process it and where it came from, and whom we gave it to; (b) deletion or restriction of your personal data where the law allows.'), true, 'deletion or restriction of your data'],
  ['gdpr/right-erasure', draft('To ask us to remove your information from our mailing list, reply to any newsletter.'), false, 'leaving a mailing list is not erasure'],
  ['gdpr/right-erasure', draft('You may ask us to delete your personal data or to remove you from our mailing list.'), true, 'deletion named beside the mailing list'],
  // Restriction: a security measure and a limit on another right are not Art. 18.
  ['gdpr/right-restriction', draft('We restrict access to personal data to employees who need it for their work.'), false, 'access control, not the right'],
  ['gdpr/right-restriction', '# Privacy Notice\n\n## Your rights\n\nYou may withdraw your consent, subject to legal or contractual restrictions.\n', false, 'restrictions on withdrawal'],
  ['gdpr/right-restriction', '# Privacy Notice\n\n## Your rights\n\nYou may ask us to restrict the use of your data while we check a complaint.\n', true, 'the right under a rights heading'],
  // Complaint: registration with the regulator is not the right to complain to it.
  ['gdpr/right-complaint', draft('We are registered with the Information Commissioner as a data controller.'), false, 'registration only'],
  ['gdpr/right-complaint', draft('We are registered with the Information Commissioner, to whom you may also complain about us.'), true, 'registration and the right'],
  // Legitimate interests: naming the basis beside the right to object describes no interest.
  ['gdpr/legitimate-interests', draft('Where we rely on legitimate interests, you have the right to object.'), false, 'basis named, no interest'],
  ['gdpr/legitimate-interests', draft('We process usage data for our legitimate interest in preventing fraud.'), true, 'interest described'],
  ['gdpr/legitimate-interests', draft('Where we have legitimate interests to process your data and they are not overridden by your rights, we may do so.'), true, 'the basis restated, no interest: addressed, insufficient'],
  ['gdpr/legitimate-interests', draft('We may keep processing your data for certain legitimate interests or to comply with the law.'), true, 'interests left unnamed: addressed, insufficient'],
  ['gdpr/legitimate-interests', draft('We rely on our legitimate interests to improve our products.'), true, 'the interest follows "to"'],
  ['gdpr/right-complaint', draft('You may lodge complaints before the competent data protection regulators.'), true, 'plural complaints'],
  ['gdpr/right-complaint', draft("We are regulated by the Information Commissioner's Office."), false, 'being regulated is not the right'],
  ['ccpa/categories-sold', '# Privacy Policy\n\nYou may request that we disclose:\n\n- the categories of personal information we collected about you;\n- the business or commercial purpose for collecting or selling personal information.\n', false, 'a right-to-know item'],
  ['gdpr/right-objection', draft('You may object to the placement of these cookies, but parts of the site may then not work.'), false, 'refusing cookies is not Art. 21'],
  ['gdpr/right-objection', draft('You may object to our use of your data for analytics at any time.'), true, 'the objection right'],
  ['gdpr/controller-identity', draft('Example Media LLC ("Example News") respects the privacy of its readers.'), true, 'a legal name defined as the author'],
  ['ccpa/right-limit', '# Privacy Policy\n\n## Sensitive personal information\n\nIf you do not want us to process such information, please do not send it to us.\n', false, 'a bare heading offers no right'],
  ['ccpa/right-limit', '# Privacy Policy\n\n## Sensitive personal information\n\nYou have the right to limit our use and disclosure of your sensitive personal information.\n', true, 'the right under that heading'],
  // CCPA: describing the statute is not the business's own sale position.
  ['ccpa/categories-sold', draft('The CCPA applies to any company that annually buys, sells or shares the personal information of many consumers.'), false, 'the statute described'],
  ['ccpa/categories-sold', draft('In the past 12 months we have sold identifiers and commercial information to data resellers.'), true, 'our sale stated'],
];

for (const [id, text, expected, why] of cases) {
  test(`${id}: ${expected ? 'found' : 'not found'} (${why})`, () => {
    assert.equal(isFound(text, id), expected);
  });
}
