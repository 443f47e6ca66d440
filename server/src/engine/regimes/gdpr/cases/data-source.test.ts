// Art. 14(2)(f): the source of data obtained from OTHERS (partners, social networks, public
// sources, other users, a parent, data brokers, advertisers or analytics providers). Data the
// person gives, or collected from their own device or use, are not a source in this sense. A
// denial addresses the item and makes it not applicable. Every sentence is our own drafting.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { disclosure, draft, isFound } from '../../caseHelpers';

const ID = 'gdpr/data-source';

const found: Array<[string, string]> = [
  ['We may receive information about you from our advertising partners.', 'receiving from partners (active)'],
  ['Some contact details are obtained from public registers.', 'obtained from public sources (passive)'],
  ['Some data are provided to us by our partners.', 'provided to us by partners'],
  ['Our business partners may share information about you with us.', 'partners sharing with us'],
  ['If you sign in with your Google account, we receive your name and e-mail address.', 'social sign-in'],
  ['When you register through a social network, we may access your public profile.', 'social sign-in, "register through"'],
  ['We may combine this with information from data brokers.', 'combined with data from brokers'],
  ['We buy mailing lists from marketing companies.', 'bought from others'],
  ['A parent may provide information about their child when creating a family account.', 'a parent as the source'],
  ['Other users may upload content that contains information about you.', 'other users as the source'],
  ['We receive reports about your use of our ads from analytics providers.', 'analytics providers sending data'],
];

const notFound: Array<[string, string]> = [
  ['We collect the information you provide when you register.', 'data the person gives'],
  ['We collect data automatically from your device.', 'data from the person\'s own device'],
  ['Information is provided by you when you open an account.', 'provided by the person'],
  ['When you use the app, we collect log data on your phone through third-party products.', 'device data through tools, not data from others'],
  ['You may receive e-mails from our partners.', 'marketing, not data about the person'],
  ['We use an analytics service provided by third parties.', 'a vendor named, no data received'],
  ['We share your data with our service providers.', 'recipients, not a source'],
  ['Google may collect information from your device and share it with other companies.', 'collection from the device'],
  ['You can receive your data in a machine-readable format from us.', 'portability'],
];

for (const [s, why] of found) {
  test(`data source found: ${why}`, () => {
    const d = disclosure(draft(s), ID);
    assert.equal(d.found, true, s);
    assert.equal(d.required, 'always', s);
  });
}

for (const [s, why] of notFound) {
  test(`data source not found: ${why}`, () => {
    assert.equal(disclosure(draft(s), ID).found, false, s);
  });
}

test('a denial addresses the data source and makes it not applicable', () => {
  const d = disclosure(draft('We do not obtain personal data from third parties.'), ID);
  assert.equal(d.found, true);
  assert.equal(d.required, 'not-applicable');
});

test('a child giving its own data, or the person asked to give data, is not another source', () => {
  const child = draft('If you are a parent and learn that your child has provided us with personal data, please contact us.');
  assert.equal(disclosure(child, ID).found, false);
  const asked = draft('The service provider may require you to provide us with your name and e-mail address.');
  assert.equal(disclosure(asked, ID).found, false);
});

test('data held by a third-party sign-in service and accessed by us come from others', () => {
  const text = draft('If you log in through an external account, the app can access some data stored by these third-party services.');
  assert.equal(disclosure(text, ID).found, true);
  const own = draft('We access the data stored by you in your profile.');
  assert.equal(disclosure(own, ID).found, false);
});

test('"the partners we receive data from" names a source', () => {
  assert.equal(disclosure(draft('These are the partners we share data with and receive data from.'), ID).found, true);
  assert.equal(disclosure(draft('These are the partners we share data with.'), ID).found, false);
});

test('a template\'s question line with nothing under it does not name a source', () => {
  assert.equal(disclosure('# Privacy Policy\n\nWhat third parties we receive data from\n\nWho we share your data with\n', ID).found, false);
});

test('data received from an organisation the person chooses (a bank, an insurer, an employer) come from another source', () => {
  assert.equal(isFound(draft('If you link your bank, we receive your account balance and transactions from the bank you choose.'), 'gdpr/data-source'), true);
  assert.equal(isFound(draft('We obtain your claims history from your insurer.'), 'gdpr/data-source'), true);
  // Traps: the person's own data and device are not another source.
  assert.equal(isFound(draft('We receive your name from you when you register.'), 'gdpr/data-source'), false);
  assert.equal(isFound(draft('We collect your IP address from your device.'), 'gdpr/data-source'), false);
});
