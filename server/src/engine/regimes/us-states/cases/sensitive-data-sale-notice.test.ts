// us-states/sensitive-data-sale-notice: Texas's notice of the sale of sensitive data, in the statute's words. Our own drafting.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { disclosure, draft, foundCases } from '../../caseHelpers';

const ID = 'us-states/sensitive-data-sale-notice';
foundCases(ID, [
  [draft('NOTICE: We may sell your sensitive personal data.'), true, 'the statutory words'],
  [draft('Notice: we may sell your biometric personal data.'), true, 'the biometric notice'],
  [draft('We do not sell sensitive data.'), false, 'a denial'],
]);

const SELLS = draft('We sell information about health conditions to research partners.');

test(`${ID}: the profile's states decide when the text says sensitive data are sold`, () => {
  assert.equal(disclosure(SELLS, ID, { states: ['TX'] }).required, 'always');
  assert.equal(disclosure(SELLS, ID, { states: ['VA'] }).required, 'not-applicable');
  assert.equal(disclosure(SELLS, ID).required, 'conditional');
  assert.equal(disclosure(draft('We sell mailing lists.'), ID).required, 'not-applicable');
});

test(`${ID}: other words than the statute's fall short`, () => {
  assert.equal(disclosure(draft('We may sell sensitive data.'), ID, { states: ['TX'] }).status, 'insufficient');
});

test(`${ID}: a sale of biometric data needs the second notice too`, () => {
  const d = disclosure(draft('We sell biometric data to security vendors.', 'NOTICE: We may sell your sensitive personal data.'), ID, { states: ['TX'] });
  assert.equal(d.status, 'insufficient');
  assert.match(d.shortfall!.message, /biometric personal data/);
});
