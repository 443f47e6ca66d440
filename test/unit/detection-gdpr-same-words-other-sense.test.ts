// GDPR items the engine called "found" on the same words used in
// another sense, which hid a real gap from the lawyer. Every sentence is our own drafting; each
// trap (must not count) has beside it a real disclosure that must still count.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { draft, isFound } from './detection-helpers';

const cases: Array<[string, string, boolean, string]> = [
  // Right of access (Art. 15): using one's account, losing access, or a copy of the notice is not the right.
  ['gdpr/right-access', draft('Whenever you access your account information, we use a secure connection.'), false, 'accessing an account is not the right of access'],
  ['gdpr/right-access', draft('If your administrator changes your role, you may lose access to the information held by your organisation.'), false, 'losing access to shared information'],
  ['gdpr/right-access', draft('For more details on how we use your information, visit our website or request a copy of this privacy notice.'), false, 'a copy of the notice, not of the data'],
  ['gdpr/right-access', draft('Our staff may access your personal information only when we need to provide support.'), false, 'staff access is not your right'],
  ['gdpr/right-access', draft('You can ask for a copy of the personal data we hold about you.'), true, 'a copy of the data we hold'],
  ['gdpr/right-access', draft('To access the personal information our websites have collected about you, log into your account or write to us.'), true, 'access to information collected about you'],
  ['gdpr/right-access', draft('You may request access to your personal data at any time.'), true, 'request access'],
  // Right to rectification (Art. 16): "correct" as an adjective after a verb of giving.
  ['gdpr/right-rectification', draft('We use the data to offer new services and correct information to our users.'), false, '"correct information" given to users'],
  ['gdpr/right-rectification', draft('Please provide us with correct information when you register.'), false, 'a duty to give correct information'],
  ['gdpr/right-rectification', draft('You can ask us to correct information about you that is inaccurate.'), true, 'asking us to correct information'],
  ['gdpr/right-rectification', draft('We offer you a simple way to correct information in your profile.'), true, 'a way to correct information'],
  // Contact details (Art. 13(1)(a)): a phone number, not the word "phone" in a list of data collected.
  ['gdpr/controller-contact', draft('We collect your name, postal code, phone (or mobile) number and payment details.'), false, '"phone (or mobile) number" among data collected'],
  ['gdpr/controller-contact', draft('Questions about this notice? Telephone (020) 7946 0000.'), true, 'a telephone number with an area code in brackets'],
  ['gdpr/controller-contact', draft('Our data team answers on phone +44 20 7946 0000.'), true, 'an international number'],
  // Recipients (Art. 13(1)(e)): the recipient of a message, users sharing with the public, a bare "we do not sell".
  ['gdpr/recipients', draft('Messages you send through the app stay private between you and the recipient.'), false, 'the recipient of a message'],
  ['gdpr/recipients', draft('You can choose the recipients of your newsletters in the dashboard.'), false, 'the recipients of your newsletters'],
  ['gdpr/recipients', draft('Members often share information with the general public and other members on our forums.'), false, 'users sharing with the public'],
  ['gdpr/recipients', draft('We do not sell your personal data.'), false, 'not selling says nothing of who receives'],
  ['gdpr/recipients', draft('We do not share information that you post on other websites.'), false, 'a narrow negative about one kind of data'],
  ['gdpr/recipients', draft('The recipients of your personal data are our hosting provider and our payment processor.'), true, 'recipients named'],
  ['gdpr/recipients', draft('Categories of recipients: IT service providers, auditors and tax authorities.'), true, 'categories of recipients'],
  ['gdpr/recipients', draft('We do not share your personal data with third parties.'), true, 'an explicit statement that there are no third-party recipients'],
  ['gdpr/recipients', draft('We never disclose your personal information.'), true, 'an unqualified statement that nothing is disclosed'],
  ['gdpr/recipients', draft('If you post a review publicly, we may also share it with our marketing partners.'), true, 'user posting beside what we share'],
  // Legitimate interests (Art. 13(1)(d)): a promise to explain, or the balancing test, is no description.
  ['gdpr/legitimate-interests', draft('We rely on consent, on our contract with you, or on our legitimate interests (in which case we will explain what those interests are).'), true, 'a promise to explain the interests later: addressed, insufficient'],
  ['gdpr/legitimate-interests', draft('When processing personal data for our legitimate interests, we take measures to ensure that the interests we pursue are balanced with your rights.'), true, 'the balancing test only: addressed, insufficient'],
  ['gdpr/legitimate-interests', draft('We process data for legitimate interests (as outlined in this privacy policy) and with your consent.'), true, 'a pointer to the rest of the policy: addressed, insufficient'],
  ['gdpr/legitimate-interests', draft('The processing is necessary for the legitimate interests of the company, except where such interests are overridden by your rights.'), true, 'the balancing clause "such interests are overridden": addressed, insufficient'],
  ['gdpr/legitimate-interests', draft('We rely on legitimate interests under Art. 6(1)(f) GDPR, and these interests are fraud prevention and network security.'), true, '"these interests are …" describes them'],
  ['gdpr/legitimate-interests', draft('We rely on our legitimate interest in preventing fraud and in keeping our network secure.'), true, 'the interests described'],
  ['gdpr/legitimate-interests', draft('We process usage data for our legitimate interests, such as improving the service and preventing abuse.'), true, 'interests given by example'],
  // Legal basis (Art. 13(1)(c)): a referral to another document does not state the basis.
  ['gdpr/legal-basis', draft('For more information about how we use your data and our legal grounds for using it, please visit our website.'), false, 'a referral to a website'],
  ['gdpr/legal-basis', draft('The legal basis for sending newsletters is your consent.'), true, 'the basis named'],
  ['gdpr/legal-basis', draft('For more information on the legal bases we rely on, see the table below: account data is processed to perform our contract with you.'), true, 'a pointer with the basis in the same sentence'],
  // Erasure (Art. 17): what we do on learning that a child sent us data is our duty, not the right.
  ['gdpr/right-erasure', draft('If we learn that a child under 13 has sent us personal information, we will attempt to delete the information promptly.'), false, 'deleting data a child sent us'],
  ['gdpr/right-erasure', draft('If your employer manages your account, it may restrict your ability to delete or edit your information.'), false, 'an administrator restricting you'],
  ['gdpr/right-rectification', draft('If your employer manages your account, it may restrict your ability to delete or edit your information.'), false, 'an administrator restricting you (rectification)'],
  ['gdpr/right-rectification', draft('You can edit your information in your account settings at any time.'), true, 'editing your information yourself'],
  ['gdpr/right-erasure', draft('If you are a child or the parent of a child, you may ask us to delete your personal data at any time.'), true, 'the right, beside a mention of children'],
  ['gdpr/right-erasure', draft('Where a minor has given us personal data, we will delete the data if the parent makes a request.'), true, 'deletion on a parent\'s request'],
];

for (const [id, text, expected, why] of cases) {
  test(`${id}: ${why}`, () => {
    assert.equal(isFound(text, id), expected, text);
  });
}
