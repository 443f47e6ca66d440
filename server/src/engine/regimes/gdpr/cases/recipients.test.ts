// Recipients (Art. 13(1)(e) / 14(1)(e)), decided cases. The judging guide counts named recipients or
// their categories (service providers, advertisers, analytics, affiliates, authorities), a list of
// third-party services that collect data, processors named in any role, and a denial of sharing.
// Not the recipient of a message, users sharing with the public, or a bare "we do not sell".
// Every sentence is our own drafting.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { disclosure, draft, isFound } from '../../caseHelpers';

const ID = 'gdpr/recipients';

const cases: Array<[string, boolean, string]> = [
  // Third-party services that collect data, with or without a list of them.
  [draft('The game relies on third-party services that may gather data used to recognise you.'), true, 'third-party services that gather data'],
  ['# Privacy Notice\n\nThe app uses third-party services that may collect information used to identify you:\n\n- Google Analytics for Firebase\n- AdMob\n', true, 'an SDK list after its introduction'],
  [draft('The app includes third-party SDKs that collect device information for crash reports.'), true, 'third-party SDKs that collect information'],
  [draft('We use Google Analytics to understand how the site is used.'), true, 'a named analytics service'],
  [draft('Our free version shows ads from AdMob, which may collect your advertising identifier.'), true, 'a named ad network collecting data'],
  // Service providers, in the words of the common templates.
  [draft('We may employ third-party companies and individuals to run parts of the service for us.'), true, 'companies and individuals we employ'],
  [draft('These third parties have access to your personal information only to perform tasks for us.'), true, 'third parties with access to your data'],
  // Processors named in any role.
  [draft('The website is hosted by Example Cloud Ltd.'), true, 'hosted by a named provider'],
  [draft('Your payments are processed by Stripe.'), true, 'payments processed by a named processor'],
  [draft('Orders are handled through an external payment provider.'), true, 'an external payment provider'],
  // An introduction to sharing followed by bullets.
  ['# Privacy Notice\n\nWe may share your information with:\n\n- our hosting company;\n- delivery firms and couriers.\n', true, 'a sharing introduction with a list'],
  ['# Privacy Notice\n\nWe may disclose your data to:\n\n- Example Analytics Inc.\n- public bodies where the law requires it.\n', true, 'a disclosure introduction with named entities'],
  ['# Privacy Notice\n\nWe may share your information:\n\n- with service providers;\n- with affiliates and business partners.\n', true, 'a sharing introduction without "with"'],
  // Categories in running text; a denial of sharing.
  [draft('We disclose account data to our accountants and to the tax authorities.'), true, 'authorities named'],
  [draft('We do not share your personal data with anyone.'), true, 'a denial of sharing'],
  // Traps.
  [draft('Messages you send stay private between you and the recipient.'), false, 'the recipient of a message'],
  [draft('Tracking pixels tell us which emails were opened by their recipients.'), false, 'the recipients of an e-mail'],
  [draft('Users often share photos publicly with other members of the community.'), false, 'users sharing publicly'],
  [draft('We do not sell your personal data.'), false, 'a bare "we do not sell"'],
  [draft('We provide you with personalised ads based on your interests.'), false, 'providing you with ads'],
  [draft('You must not share your password with anyone.'), false, 'a password kept secret'],
  [draft('We may receive information about you from data providers and social networks.'), false, 'a data source, not a recipient'],
  ['# Privacy Notice\n\nWe may obtain information about you from third parties, such as:\n\n- public registers and identity verification partners;\n', false, 'a list of sources, not recipients'],
  ['# Privacy Notice\n\nWe may disclose your data if we believe this is necessary to:\n\n- protect the rights or property of the company;\n', false, 'a list of reasons, not recipients'],
  [draft('If you sign in through a third-party network such as a social site, we may collect your public profile.'), false, 'we collect through a third party: a source'],
  [draft('Your data is stored on secure servers.'), false, 'stored on servers, no recipient'],
  [draft('You have the right to access your data and to know the recipients to whom it has been disclosed.'), false, 'the right of access names recipients as its content'],
  [draft('You can adjust your settings to limit the data used for ads.'), false, 'a settings sentence'],
];

for (const [text, found, why] of cases) {
  test(`${ID} case: ${why}`, () => {
    assert.equal(disclosure(text, ID).found, found, text);
  });
}

test('processors named by their role and acting on our behalf are recipients (Art. 4(9), Art. 28)', () => {
  assert.equal(isFound(draft('Our hosting provider and our crash-reporting service process your data on our behalf.'), 'gdpr/recipients'), true);
  assert.equal(isFound(draft('Our payment partner stores card details on our behalf.'), 'gdpr/recipients'), true);
  // Trap: acting on someone's behalf is not a recipient of data ("you may act on behalf of a child").
  assert.equal(isFound(draft('You may submit a request on behalf of your child.'), 'gdpr/recipients'), false);
});
