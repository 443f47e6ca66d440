// Right of access (Art. 15): the person obtains their data, a copy, or knows what is held; another party's access, account or device access, and copies of documents are other senses.
// Every sentence is our own drafting. Affirming cases must be disclosed; traps use the same words
// in another sense and must not be found.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { disclosure, draft } from '../../caseHelpers';

const cases: Array<[string, boolean, string]> = [
  ['You have the right to access the personal data we hold about you.', true, 'the right named with its object'],
  ['You can ask us for a copy of your data.', true, 'a copy of your data'],
  ['You can obtain a copy of your data at any time.', true, 'obtain a copy'],
  ['You may get a copy of the information we keep about you.', true, 'get a copy of what we keep'],
  ['Send us a request and we will send you a copy of your data.', true, 'we send you a copy'],
  ['You have the right to access, correct, restrict or erase your data.', true, 'an enumeration of rights'],
  ['You can see what information we hold about you.', true, 'seeing what is held'],
  ['You can ask us whether we process your personal data.', true, 'asking whether we process'],
  ['All users can see, edit, or delete their personal information at any time.', true, 'see among other rights verbs'],
  ['You can request to receive an exported file of the personal data we hold about you.', true, 'an exported file'],
  ['Users have the right to request information on the processing of their personal data.', true, 'information on the processing'],
  ['Users can access their personal data in the app.', true, 'users as the ones who access'],
  ["Using our privacy centre, you can see what kind of data we've collected about you.", true, 'seeing what was collected'],
  ['You can download a copy of your Example, Sample and Demo data.', true, 'a copy of data named by the service'],
  ['The privacy rules of some countries, including the powers of public authorities to access your personal information, may be weaker than yours.', false, 'authorities\' access'],
  ['Courts or regulators in those countries might be entitled to access your personal information.', false, 'regulators\' access'],
  ['You may ask for a copy of the standard contractual clauses we rely on by writing to us.', false, 'a copy of the clauses, not of the data'],
  ['We protect against accidental loss and unauthorised disclosure of, or access to, the personal data we process.', false, 'a security measure'],
  ['Some partner services may request access to your data through a pixel.', false, 'partners request access'],
  ['We ask for your permission to access the camera of your device.', false, 'a device permission'],
  ['We do not request access to the precise location of your phone.', false, 'a location permission denied'],
  ['By paying through the app, you grant the bank and its partner the right, power and authority to act on your behalf to access your financial information.', false, 'a power given to a payment provider'],
  ['Only staff members who need access to your personal information to do their jobs will have access to it.', false, 'staff access'],
  ['If you enable an integration, you may allow the integrator to access your account information.', false, 'letting an integrator in'],
  ['The support team can, at your request, access your content to help you.', false, 'support staff access, with a comma clause'],
  ['We reserve the right to access, preserve and disclose any information where the law requires it.', false, 'our reserved right'],
  ['We may receive a copy of the information you gave to our payment partners.', false, 'we receive a copy'],
  ['You can revoke our access to your data in your account settings.', false, 'revoking our access'],
  ['We keep access to all personal information we have collected from you.', false, 'our access'],
  ['Our affiliated businesses may access and process the information we collect.', false, 'affiliates\' access'],
  ['We may request a copy of the written authorisation from your agent.', false, 'a copy of an authorisation'],
  ['We use your data to provide secure access to your account.', false, 'account access'],
  ['When your account is linked to a teacher, that person will be able to see your profile information.', false, 'another person sees'],
  ['The partner site is able to access your data through your social login.', false, 'a third party is able to access'],
  ['If you withdraw consent, you may not have access to all of our services.', false, 'service access'],
  ['We reserve the right to decline you access to your account.', false, 'account access refused'],
  ['If you do not log out, other users may be able to access your account and your personal information.', false, 'other users\' access'],
];

for (const [sentence, expected, why] of cases) {
  test(`gdpr/right-access: ${why}`, () => {
    const d = disclosure(draft(sentence), 'gdpr/right-access');
    assert.equal(d.found, expected, sentence);
    assert.equal(d.status, expected ? 'disclosed' : 'missing', sentence);
  });
}
