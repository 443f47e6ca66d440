// GDPR detector gaps found by reading disagreements with a labelled corpus against the law
// (Art. 13/14). Every sentence is our own drafting; each case says which wording it guards, and
// each fix has a trap beside it: the same words where the law's information is not given.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { draft, isFound } from './detection-helpers';

const cases: Array<[string, string, boolean, string]> = [
  // Legitimate interests: the interests listed after a lead sentence.
  ['gdpr/legitimate-interests', '# Privacy Notice\n\nWe process some data on the basis of our legitimate interests, where your rights do not override them. This includes:\n\n- keeping our systems secure;\n- measuring how the newsletter performs.\n', true, 'interests listed after "This includes:"'],
  ['gdpr/legitimate-interests', '# Privacy Notice\n\nWe rely on legitimate interests where the law allows. We balance them against your rights.\n\nOur services include:\n\n- a newsletter;\n- an online shop.\n', true, 'a list in another paragraph is not the interests (the basis named: addressed, insufficient)'],
  ['gdpr/legitimate-interests', '# Privacy Notice\n\nYou may object where we rely on legitimate interests. This includes:\n\n- processing for direct marketing;\n- profiling.\n', false, 'a list after the right to object describes no interest'],
  ['gdpr/legitimate-interests', draft('Contact us if you would like to understand how our legitimate interests are balanced against your rights.'), true, 'talk about the balancing, no interest: addressed, insufficient'],
  ['gdpr/legitimate-interests', draft('We will tell you at the time what those legitimate interests are.'), true, 'a promise to describe them later: addressed, insufficient'],
  ['gdpr/legitimate-interests', draft('To understand how visitors use the site, we rely on our legitimate interest in improving it.'), true, 'interest in improving'],
  // Restriction (Art. 18).
  ['gdpr/right-restriction', '# Privacy Notice\n\n## Your rights\n\nYou may request restriction of or object to\n\nprocessing of your personal data.\n', true, 'the right split across lines by extraction'],
  ['gdpr/right-restriction', draft('You may request restrictions of the kind described in our terms.'), false, 'plural "restrictions" is not the right'],
  ['gdpr/right-restriction', draft('You may ask us to correct your details or to place restrictions on processing your information.'), true, 'place restrictions on processing'],
  ['gdpr/right-restriction', draft('Our suppliers must place restrictions on their staff.'), false, 'restrictions on staff'],
  ['gdpr/right-restriction', draft('You may request a copy of, update, delete, or limit the use of your personal information.'), true, 'limit the use of your information'],
  ['gdpr/right-restriction', draft('We limit the use of your personal information to the purposes in this notice.'), false, 'our own purpose limitation'],
  ['gdpr/right-restriction', draft('You can ask us to temporarily stop using your information while we check whether it is accurate.'), true, 'temporarily stop using it'],
  ['gdpr/right-restriction', draft('We may temporarily stop processing orders while the shop is being maintained.'), false, 'a shop pause'],
  ['gdpr/right-restriction', draft('In your settings you will find tools to object, restrict, or withdraw consent for the use of your data.'), true, 'rights as a list of verbs'],
  ['gdpr/right-restriction', draft('Our staff may access, delete, or restrict access to records when needed.'), false, 'access control'],
  ['gdpr/right-restriction', '# Privacy Notice\n\n## Your rights\n\n### Erasure\n\nYou may ask us to delete your data.\n\n### Restriction\n\nWhere the conditions of the law are met.\n', true, 'a bare "Restriction" heading'],
  ['gdpr/right-restriction', '# Privacy Notice\n\n## Restrictions\n\nYou may not use the service if you are under 13.\n', false, 'a "Restrictions" heading'],
  ['gdpr/right-restriction', draft('You may request that your data be deleted or that we restrict access to it.'), true, 'asking us to restrict access to your data'],
  ['gdpr/right-restriction', draft('We restrict access to your data to employees who need it.'), false, 'access control stays excluded'],
  // Controller identity (Art. 13(1)(a)): the legal name where the text presents the controller.
  ['gdpr/controller-identity', draft('Your information will be held by Example Savings Bank plc, which trades as Example Money.'), true, 'data held by a named company'],
  ['gdpr/controller-identity', draft('Your information will be held securely on servers in Ireland.'), false, 'held, but by no one named'],
  ['gdpr/controller-identity', draft('These terms apply to any site or application owned and operated by Example Press, Inc.'), true, 'sites owned and operated by a named company'],
  ['gdpr/controller-identity', draft('Some pages link to sites operated by other companies.'), false, 'sites of others, no legal name'],
  ['gdpr/controller-identity', '# Privacy Notice\n\n## The data controller\n\nExample Care Services Ltd,\n\n4 Mill Lane\n', true, 'a legal name under a "data controller" heading'],
  ['gdpr/controller-identity', draft('Please write with questions about our third-party sharing practices or your marketing choices to: Example Books, Inc., 10 Market Street, Springfield.'), true, 'our address, even with vendor words elsewhere in the sentence'],
  ['gdpr/controller-identity', draft('We use a web analytics service provided by Example Metrics Inc, 5 Main Street, Springfield.'), false, 'a vendor\'s address'],
  // Portability (Art. 20): receiving the data in a usable form, or having them sent on.
  ['gdpr/right-portability', draft('You may ask for a copy of your data and have it sent to another data controller.'), true, 'another data controller'],
  ['gdpr/right-portability', draft('We may transfer your information to another company if we are acquired or merge with it.'), false, 'a business transfer'],
  ['gdpr/right-portability', draft('You may also have your information passed to an organisation of your choice.'), true, 'passed on to an organisation of your choice'],
  ['gdpr/right-portability', draft('We pass your order to a courier of our choice.'), false, 'our choice of courier'],
  ['gdpr/right-portability', draft('You may ask to receive an electronic copy of the personal data you gave us.'), true, 'an electronic copy'],
  ['gdpr/right-portability', draft('We send you an electronic receipt after each order.'), false, 'an electronic receipt'],
  ['gdpr/right-portability', draft('If you send us a request for information on a paper or electronic form, we keep it until we answer.'), false, 'an electronic form'],
  ['gdpr/right-portability', draft('You may ask for the transfer of personal data you have provided to us.'), true, 'transfer of data you provided'],
  ['gdpr/right-portability', draft('The transfer of personal data outside Europe is protected by contract clauses.'), false, 'an international transfer'],
  ['gdpr/right-portability', '# Privacy Notice\n\nYou have the right to:\n\n- obtain a copy of your data;\n- transfer your personal data to another service.\n', true, 'a transfer in a rights list'],
  ['gdpr/right-portability', '# Privacy Notice\n\nWe share data with:\n\n- our hosting provider;\n- transfer agents.\n', false, 'a recipients list'],
  ['gdpr/right-portability', draft('You can export your data from the account page at any time.'), true, 'exporting your data'],
  ['gdpr/right-portability', draft('You can export reports about your shop from the dashboard.'), false, 'exporting business reports'],
  // Complaint (Art. 77): naming the authority is not the right to complain to it.
  ['gdpr/right-complaint', draft('Our lead supervisory authority in the EU is the data protection authority of Ireland.'), false, 'the lead authority named, no right'],
  ['gdpr/right-complaint', draft('Our lead supervisory authority is the data protection authority of Ireland, and you may complain to it or to the authority where you live.'), true, 'the authority named with the right'],
  ['gdpr/right-complaint', '# Privacy Notice\n\n## Your rights\n\n### Right to lodge a complaint\n\nwith the supervisory authority of your country.\n', true, 'the right in a heading, its object split off'],
  ['gdpr/right-complaint', 'Privacy Notice\n\nRight to lodge a complaint\n\nwith the supervisory authority of your country.\n', true, 'the same as plain text, the heading left as a line'],
  ['gdpr/right-complaint', '# Privacy Notice\n\n## Complaints\n\nWe answer every message within a week.\n', false, 'a complaints heading about our own service'],
  ['gdpr/right-complaint', draft('If we cannot resolve your concern, you may contact the data protection authority where you live.'), true, 'contact the authority about an unresolved concern'],
];

for (const [id, text, expected, why] of cases) {
  test(`${id}: ${expected ? 'found' : 'not found'} (${why})`, () => {
    assert.equal(isFound(text, id), expected);
  });
}
