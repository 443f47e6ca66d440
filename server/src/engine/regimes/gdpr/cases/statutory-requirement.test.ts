// Art. 13(2)(e): whether the person must provide the data (law, contract, to use the service) or
// may choose not to, or what follows if they do not. Either half addresses the item (judging
// guide). Our own duties to disclose data, consent to a policy, cookies and permissions do not.
// Every sentence is our own drafting.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { disclosure, draft } from '../../caseHelpers';

const ID = 'gdpr/statutory-requirement';

const found: Array<[string, string]> = [
  ['You must give us your name and e-mail address to create an account; without them we cannot provide the app.', 'needed for an account, and the consequence'],
  ['You need to enter your phone number to sign up for the delivery service.', 'needed to use the service'],
  ['You do not have to give us your phone number.', 'not obliged: a denial of the requirement'],
  ['You are not obliged to provide any personal data to browse the shop.', 'not obliged'],
  ['You are under no obligation to provide us with your date of birth.', 'no obligation'],
  ['Providing your date of birth is optional.', 'optional'],
  ['The provision of your billing address is a contractual requirement.', 'a contractual requirement'],
  ['Supplying your tax number is required by law for invoices above the threshold.', 'required by law, the person supplying'],
  ['If you choose not to provide your location, you may not be able to use the map.', 'the consequence of withholding data'],
  ['If you refuse to share your e-mail address, we will not be able to send you receipts.', 'refusal and its consequence'],
  ['Failure to provide the requested details may mean that we cannot process your booking.', 'failure to provide'],
  ['Without your postal address, we cannot deliver your order.', 'without the data, the service fails'],
  ['Fields marked with an asterisk are mandatory.', 'mandatory fields'],
  ['You can choose not to give us your gender, and nothing changes for you.', 'a choice not to provide'],
  ['The club processes members\' data on a voluntary basis.', 'voluntary basis'],
  ['You must give us your delivery address to place an order with us.', 'needed to place an order (entering a contract)'],
];

const notFound: Array<[string, string]> = [
  ['We may disclose your data if required by law.', 'our duty to disclose, not the person\'s to provide'],
  ['We may be required to disclose data to the police.', 'our duty to disclose'],
  ['We provide information to authorities where this is required by law.', 'we provide, to authorities'],
  ['If you do not agree with this policy, please do not use the app.', 'consent to a policy'],
  ['We have no obligation to update this policy.', 'an obligation about something else'],
  ['If you do not accept cookies, some parts of the site may not work.', 'cookies, not data the person provides'],
  ['If you do not give your consent, an order is not possible.', 'consent, not data'],
  ['You do not have to give us permission to use the website.', 'a permission, not data'],
  ['Cookies remember your settings so you don\'t have to give them to us again.', 'not again, because remembered'],
  ['You may choose to share your playlists with friends.', 'sharing with others, a positive choice'],
  ['The token cannot be reversed without your email address, so partners cannot use it.', '"without" about something else'],
  ['You may be asked to provide proof of identity; you are required to provide it to verify your identity before we act on a request.', 'identity verification for a rights request'],
  ['We value the information you provide to us.', 'providing data, with nothing about whether it is required'],
];

for (const [s, why] of found) {
  test(`statutory requirement found: ${why}`, () => {
    const d = disclosure(draft(s), ID);
    assert.equal(d.found, true, s);
    assert.equal(d.status, 'disclosed', s);
  });
}

for (const [s, why] of notFound) {
  test(`statutory requirement not found: ${why}`, () => {
    assert.equal(disclosure(draft(s), ID).found, false, s);
  });
}
