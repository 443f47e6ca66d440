// coppa/children: what is collected from children under 13 and the parents' rights, or that the service is not directed to them (16 CFR 312.4). Every sentence is our own drafting; each trap has a real disclosure beside it.
import { draft, foundCases } from '../../caseHelpers';

const ID = 'coppa/children';
const cases: Array<[string, boolean, string]> = [
  [draft('Our service is not directed to children under 13, and we do not knowingly collect personal information from them.'), true, 'not directed to children'],
  [draft('If you are a parent and believe your child under 13 gave us personal information, contact us and we will delete it.'), true, 'a parent\'s request about a child'],
  [draft('Our app helps parents plan healthy meals for the whole family.'), false, 'parents mentioned, nothing about children\'s data'],
];

foundCases(ID, cases);
