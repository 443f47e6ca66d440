// ccpa/last-updated: the date of the last update (§ 1798.130(a)(5)). Every sentence is our own drafting; each trap has a real disclosure beside it.
import { draft, foundCases } from '../../caseHelpers';

const ID = 'ccpa/last-updated';
const cases: Array<[string, boolean, string]> = [
  ['# Privacy Policy\n\nLast updated: March 3, 2026\n\nWe collect identifiers.\n', true, 'a last-updated line'],
  [draft('This policy is effective as of January 1, 2026.'), true, 'an effective date'],
  [draft('We were founded in 2012 and serve customers in 40 states.'), false, 'a year in the company history'],
];

foundCases(ID, cases);
