// ccpa/categories-sold: the categories sold or shared, or the statement that none are. A rule about
// minors' information (the opt-in for consumers under 16, § 1798.120(c)) is not the sale position.
// Every sentence is our own drafting.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { disclosure, draft } from './detection-helpers';

const ID = 'ccpa/categories-sold';
const cases: Array<[string, boolean, string]> = [
  [draft('We do not knowingly sell the personal information of consumers under 16 years of age without their affirmative consent.'), false, 'the minors opt-in only'],
  [draft('We will not sell personal data of children younger than 13.'), false, 'children only'],
  ['# Privacy Notice\n\n## Categories of Personal Information Sold\n\n## Contact\n\nWrite to us.\n', false, 'a bare heading'],
  [draft('We do not sell your personal information.'), true, 'the no-sale statement'],
  [draft('We do not sell personal information, including the personal information of minors under 16.'), true, 'a general statement that names minors as one case'],
  [draft('In the past 12 months we sold identifiers and inferences to data resellers.'), true, 'categories sold named'],
];

for (const [text, expected, why] of cases) {
  test(`${ID}: ${expected ? 'found' : 'not found'} (${why})`, () => {
    assert.equal(disclosure(text, ID).found, expected);
  });
}

test(`${ID}: a no-sale rule for minors does not make the opt-out not applicable`, () => {
  const d = disclosure(draft('We do not sell the personal information of minors under 16.'), 'ccpa/right-opt-out');
  assert.notEqual(d.required, 'not-applicable');
});
