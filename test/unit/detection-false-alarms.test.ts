// False alarms: wordings that do disclose an item but that the detector used to report as missing.
// Each sentence is our own. Every wording that must count has a trap with the same words that
// must not count (it does not give the information).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { draft, isFound } from './detection-helpers';

const cases: Array<[string, string, boolean, string]> = [
  // Rectification (Art. 16).
  ['gdpr/right-rectification', draft('You may ask to see the data we hold and request corrections of any errors in it.'), true, 'plural "request corrections"'],
  ['gdpr/right-rectification', draft('We make corrections to our articles when readers point out errors.'), false, 'editorial corrections are not the right'],
  ['gdpr/right-rectification', draft('You can also log in to correct factual errors in your profile information.'), true, 'correct factual errors in your information'],
  ['gdpr/right-rectification', draft('Our editors correct factual errors in published stories.'), false, 'correcting stories, not data'],
  ['gdpr/right-rectification', draft('Where the law allows, you may have the right to access, correct, delete, or limit use of certain personal information.'), true, 'an enumeration over "certain personal information"'],
  ['gdpr/right-rectification', draft('You may need to provide correct, complete and current certain personal information when you register.'), false, 'the adjective "correct"'],
  ['gdpr/right-rectification', draft('In accordance with the law, you can obtain a copy and, where needed, correction or deletion of the data about you.'), true, '"obtain … correction"'],
  ['gdpr/right-rectification', draft('Where required by law, you may have the right to access, update, change or delete personal information.'), true, '"the right to access, update … personal information"'],
  ['gdpr/right-rectification', draft('Where required by law, you may have the right to access, update or change the settings of the app, which do not hold personal information.'), false, 'app settings, not data'],
  ['gdpr/right-rectification', '# Privacy Notice\n\nYou have the right to request:\n\n- a copy of your personal data\n- that anything inaccurate in your personal data is corrected\n', true, 'a rights list item "… is corrected"'],
  ['gdpr/right-rectification', '# Privacy Notice\n\nYou have the right to request:\n\n- a copy of your personal data\n- information about incorrect entries we found\n', false, '"incorrect" is not "corrected"'],
  // Complaint (Art. 77): plural authorities.
  ['gdpr/right-complaint', draft('You may complain about our processing to the competent data protection authorities.'), true, 'plural "authorities"'],
  ['gdpr/right-complaint', draft('We are registered with the data protection authorities of each country where we operate.'), false, 'registration with the authorities'],
  // Access (Art. 15).
  ['gdpr/right-access', draft('If you live in the EEA, you can: (i) access personal information we have about you; (ii) object to marketing.'), true, 'access without a determiner'],
  ['gdpr/right-access', draft('Only our support staff can access personal information we have about you.'), false, 'staff access is not the right'],
  ['gdpr/right-access', draft('You can email privacy@example.com to ask us to provide access to, correct, or delete your personal information.'), true, '"ask us to provide access to, …"'],
  ['gdpr/right-access', draft('We may ask us to provide access to, or restrict, the services for your account.'), false, 'access to the services'],
  // Portability (Art. 20).
  ['gdpr/right-portability', draft('You can download a copy of your account data and take it with you to a service outside of Example.'), true, 'take it with you to another service'],
  ['gdpr/right-portability', draft('Print your ticket and take it with you to the service desk.'), false, 'a ticket taken to a desk'],
  ['gdpr/right-portability', draft('In the EEA you have the right to access, rectify, download or erase your information.'), true, 'a right to download your information'],
  ['gdpr/right-portability', draft('You have the right to download our app from any store, and we may then collect your information.'), false, 'downloading an app'],
  ['gdpr/right-portability', '# Privacy Notice\n\n## Access and porting\n\nContact us to receive your information in an easily accessible format.\n', true, 'a heading "Access and porting"'],
  ['gdpr/right-portability', '# Privacy Notice\n\n## Number porting\n\nContact us to move your phone number.\n', false, 'telephone number porting'],
  // CCPA deletion (§ 1798.105) in a list introduced by "you may ask us to:".
  ['ccpa/right-delete', '# Privacy Policy\n\n## Your choices\n\nDepending on where you live, you may ask us to:\n\n- give you a copy of your information\n- delete certain information\n', true, 'a list introduced by "ask us to"'],
  ['ccpa/right-delete', '# Privacy Policy\n\n## Your choices\n\nWe may ask you to:\n\n- give us a copy of your ID\n- delete certain information from your upload before sending it\n', false, '"ask you to" is our request, not the right'],
  // CCPA categories disclosed (§ 1798.115(c)(2)): all categories named at once, with recipients.
  ['ccpa/categories-disclosed', draft('We may share all the categories of information listed in this policy with other companies, including our affiliates.'), true, 'all categories shared with other companies'],
  ['ccpa/categories-disclosed', draft('Upon a verified request, we will disclose the categories of personal information we collected to you.'), false, 'disclosure to the consumer on request'],
  // CCPA right to know (§ 1798.115): a long enumeration that ends with the recipients.
  ['ccpa/right-know-sold-shared', draft('You may have the right to request details regarding the information we collect about you, including the categories of personal information we collect, the sources of that information, our business purposes for collecting and using it, and the entities to which we disclose this personal information.'), true, 'the recipients at the end of a long right-to-know enumeration'],
  ['ccpa/right-know-sold-shared', draft('You may have the right to request details regarding the information we collect about you, including the categories of personal information we collect, the sources of that information, our business purposes for collecting and using it, and the period for which we keep it.'), false, 'a right to know that never reaches disclosures'],
];

for (const [id, text, expected, why] of cases) {
  test(`${id}: ${why}`, () => {
    assert.equal(isFound(text, id), expected, text);
  });
}
