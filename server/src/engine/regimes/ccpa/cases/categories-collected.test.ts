// ccpa/categories-collected: the categories of personal information collected (Cal. Civ. Code § 1798.110, § 1798.130(a)(5)). Every sentence is our own drafting; each trap has a real disclosure beside it.
import { draft, foundCases } from '../../caseHelpers';

const ID = 'ccpa/categories-collected';
const cases: Array<[string, boolean, string]> = [
  [draft('In the past 12 months we have collected the following categories of personal information: identifiers, commercial information and internet activity.'), true, 'categories listed'],
  [draft('We collect your name, e-mail address, postal address and purchase history.'), true, 'kinds of information named'],
  [draft('You have the right to request the categories of personal information we collected about you.'), false, 'the right to know names no category'],
];

foundCases(ID, cases);
