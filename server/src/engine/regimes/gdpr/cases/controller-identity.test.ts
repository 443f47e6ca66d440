// Art. 13(1)(a): the controller's identity. Any name presented as the party responsible for, or
// operating, the service addresses the item; without a legal form (a brand, app or developer name
// only) it is insufficient at hint level. A bare name never presented as responsible does not.
// Every sentence is our own drafting.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { disclosure, draft } from '../../caseHelpers';

const ID = 'gdpr/controller-identity';

/** Found with a legal name: disclosed. */
const legal: Array<[string, string]> = [
  ['Example Apps Ltd ("we", "us") operates the Example app.', 'a legal name defining "we"'],
  ['Company (referred to as "the Company", "We" or "Us") refers to Nordlys AS, 1 Harbour Road, Bergen.', 'Company refers to a legal name'],
  ['Vodafield (Pty) Ltd is the data controller.', '(Pty) Ltd'],
  ['Example Labs OÜ is the data controller.', 'OÜ'],
  ['Harbour Soft Oy is responsible for the processing of your personal data.', 'Oy'],
  ['The app is developed by Lumen Systems Pte. Ltd. in Singapore.', 'Pte. Ltd., split at its dot'],
  ['This service is provided by Acme Software Pvt. Ltd. at no cost.', 'Pvt. Ltd.'],
  ['Desert Apps FZE ("we") publishes this game.', 'FZE'],
  ['Sole Mio S.r.l. ("we") runs the booking website.', 'S.r.l.'],
  ['Rivage SAS ("we") operates the platform.', 'SAS'],
  ['Kirsch GmbH & Co. KG is the controller for this website.', 'GmbH & Co. KG'],
  ['NORTHSTAR MEDIA LIMITED ("we") provides the service.', 'LIMITED in capitals'],
  ['Sakura Games K.K. ("we") operates the app.', 'K.K.'],
];

/** Found with only a brand, app or developer name: insufficient, a hint. */
const brand: Array<[string, string]> = [
  ['Example Apps ("we", "us", "our") operates the Example app.', 'a brand defining "we"'],
  ['This service is provided by Jane Doe at no cost and is intended for use as is.', 'provided by a developer'],
  ['Jane Doe built the Tidy Notes app as a free app.', 'built the app as a free app'],
  ['Company (referred to as "the Company", "We" or "Us") refers to Tidy Notes.', 'Company refers to the app\'s name'],
  ['The Tidy Notes app for mobile devices was created by Brightleaf (hereby referred to as "Service Provider").', 'created by, defined as service provider'],
  ['Sunny Media ("Developer") is concerned about the privacy of its users.', 'a name defined as the developer'],
  ['This is an open source app developed by Quillworks.', 'an app developed by a name'],
  ['It is Lakeside Radio\'s policy to respect your privacy.', 'the policy presented as the name\'s'],
  ['The registered office of Lakeside Radio is at 5 Quay Street.', 'a registered office of a name'],
];

const notFound: Array<[string, string]> = [
  ['Welcome to Tidy Notes, the simplest app for notes.', 'an app name never presented as responsible'],
  ['A Processor means any person or firm that handles data for the Company under its instructions.', 'definition of processors'],
  ['The payment service is provided by a third party.', 'a vendor, not named as ours'],
  ['We use a map service provided by Mapworks.', 'a vendor\'s service'],
  ['While we use commercially acceptable means to protect your data, we cannot guarantee its security.', '"means" as a noun'],
  ['This service is provided by us at no cost.', 'provided by "us": no name'],
  ['Some of the services are provided by third parties.', 'third parties'],
  ['Copies of the model clauses (Controller) and (Processor) are available on request.', 'a role in parentheses, no name'],
  ['IN NO EVENT WILL OUR LIABILITY BE LIMITED TO THE AMOUNT PAID. ANY CLAIM WILL BE LIMITED TO THE AMOUNT PAID.', 'LIMITED in a capitalised disclaimer is not a legal form'],
];

for (const [s, why] of legal) {
  test(`controller identity disclosed: ${why}`, () => {
    const d = disclosure(draft(s), ID);
    assert.equal(d.status, 'disclosed', s);
  });
}

for (const [s, why] of brand) {
  test(`controller identity insufficient (brand only): ${why}`, () => {
    const d = disclosure(draft(s), ID);
    assert.equal(d.found, true, s);
    assert.equal(d.status, 'insufficient', s);
    assert.match(d.shortfall?.message ?? '', /legal name/);
  });
}

for (const [s, why] of notFound) {
  test(`controller identity not found: ${why}`, () => {
    assert.equal(disclosure(draft(s), ID).found, false, s);
  });
}

test('an unfilled blank for the name: found, insufficient until filled', () => {
  const d = disclosure(draft('This service is provided by [Developer name] at no cost.'), ID);
  assert.equal(d.status, 'insufficient');
  assert.match(d.shortfall?.message ?? '', /blank/);
});

test('a brand-only controller is a hint, and a legal name given in the contact details makes it sufficient', () => {
  const text = '# Privacy Notice\n\nExample Apps ("we") operates the Example app.\n\n## Contact\n\nWrite to us: Example Apps Ltd, 4 Mill Lane, Springfield.\n';
  assert.equal(disclosure(text, ID).status, 'disclosed');
  const brandOnly = draft('Example Apps ("we") operates the Example app.');
  const d = disclosure(brandOnly, ID);
  assert.equal(d.status, 'insufficient');
});

test('the policy\'s own name in the contact section presents the controller', () => {
  const text = '# Zapper Privacy Policy\n\nWe collect your e-mail address to send you receipts.\n\n## Contact\n\nIf you have questions, please contact Zapper at help@zapper.example.\n';
  const d = disclosure(text, ID);
  assert.equal(d.found, true);
  assert.equal(d.status, 'insufficient');
});

test('"we may contact you" is not the contact section naming the controller', () => {
  const text = '# Zapper Privacy Policy\n\nZapper may contact you about your order.\n';
  assert.equal(disclosure(text, ID).found, false);
});
