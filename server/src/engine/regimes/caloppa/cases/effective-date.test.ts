// caloppa/effective-date: the policy's effective date (§ 22575(b)(4)). Every sentence is our own drafting; each trap has a real disclosure beside it.
import { draft, foundCases } from '../../caseHelpers';

const ID = 'caloppa/effective-date';
const cases: Array<[string, boolean, string]> = [
  ['# Privacy Policy\n\nEffective date: 1 February 2026\n\nWe collect identifiers.\n', true, 'an effective-date line'],
  [draft('This privacy policy was last revised on 12 May 2025.'), true, 'a revision date'],
  [draft('Our company was incorporated in 2010.'), false, 'a year in the company history'],
];

foundCases(ID, cases);
