// ccpa/last-updated: the date of the last update (§ 1798.130(a)(5)). Every sentence is our own drafting; each trap has a real disclosure beside it.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { disclosure, draft } from './detection-helpers';

const ID = 'ccpa/last-updated';
const cases: Array<[string, boolean, string]> = [
  ['# Privacy Policy\n\nLast updated: March 3, 2026\n\nWe collect identifiers.\n', true, 'a last-updated line'],
  [draft('This policy is effective as of January 1, 2026.'), true, 'an effective date'],
  [draft('We were founded in 2012 and serve customers in 40 states.'), false, 'a year in the company history'],
];

for (const [text, expected, why] of cases) {
  test(`${ID}: ${expected ? 'found' : 'not found'} (${why})`, () => {
    assert.equal(disclosure(text, ID).found, expected);
  });
}
