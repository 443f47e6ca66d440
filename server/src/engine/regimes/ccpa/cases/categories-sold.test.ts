// ccpa/categories-sold: the categories sold or shared, or the statement that none are. A rule about
// minors' information (the opt-in for consumers under 16, § 1798.120(c)) is not the sale position.
// Every sentence is our own drafting.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { disclosure, draft, foundCases } from '../../caseHelpers';

const ID = 'ccpa/categories-sold';
const cases: Array<[string, boolean, string]> = [
  [draft('We do not knowingly sell the personal information of consumers under 16 years of age without their affirmative consent.'), false, 'the minors opt-in only'],
  [draft('We will not sell personal data of children younger than 13.'), false, 'children only'],
  ['# Privacy Notice\n\n## Categories of Personal Information Sold\n\n## Contact\n\nWrite to us.\n', false, 'a bare heading'],
  [draft('We do not sell your personal information.'), true, 'the no-sale statement'],
  [draft('We do not sell personal information, including the personal information of minors under 16.'), true, 'a general statement that names minors as one case'],
  [draft('In the past 12 months we sold identifiers and inferences to data resellers.'), true, 'categories sold named'],
  [draft('We may disclose the following categories of your information in ways California may treat as sales: identifiers and inferences.'), true, 'categories of your information, as sales'],
  [draft('We use the data to license and sell business contact information to marketers.'), true, 'the trade in contact information'],
  [draft('We license information from other data companies.'), false, 'licensing in is buying, not selling'],
  [draft('You should never share another person\'s personal information without their permission.'), false, 'advice to the reader'],
  [draft('We do not share your personal information with third parties except with our service providers.'), false, 'a share denial with exceptions'],
  [draft('We do not sell your personal information to third parties for their direct marketing purposes.'), false, 'Shine the Light, not the sale position'],
  ['# Privacy Notice\n\nYou have the right to request that we disclose to you:\n\n- the categories of personal information we sold about you; and\n- the categories of third parties to whom it was sold.\n', false, 'items of the right to know'],
  [draft('This policy applies to our collection, use, disclosure and sale of personal information.'), false, 'the policy announcing its scope'],
];

foundCases(ID, cases);

test(`${ID}: a no-sale rule for minors does not make the opt-out not applicable`, () => {
  const d = disclosure(draft('We do not sell the personal information of minors under 16.'), 'ccpa/right-opt-out');
  assert.notEqual(d.required, 'not-applicable');
});
