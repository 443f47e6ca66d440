// us-states/right-third-party-list: Oregon's and Minnesota's list of specific third parties. Our own drafting.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { disclosure, draft, foundCases } from '../../caseHelpers';

const ID = 'us-states/right-third-party-list';
foundCases(ID, [
  [draft('Oregon residents may request a list of the specific third parties to which we have disclosed their personal data.'), true, 'the right'],
  [draft('You may request a list of third parties that received your data.'), true, 'a list of recipients'],
  [draft('We share data with the categories of third parties listed above.'), false, 'categories, not a list of names'],
  ['# Privacy Notice\n\nYou have the right to request:\n\n- where you asked for categories, we will provide a list of those categories.\n', false, 'a list of categories'],
]);

test(`${ID}: applies by the profile's states`, () => {
  const text = draft('We collect your name.');
  assert.equal(disclosure(text, ID, { states: ['MN'] }).required, 'always');
  assert.equal(disclosure(text, ID, { states: ['Oregon'] }).required, 'always');
  assert.equal(disclosure(text, ID, { states: ['VA', 'TX'] }).required, 'not-applicable');
  assert.equal(disclosure(text, ID).required, 'conditional');
});
