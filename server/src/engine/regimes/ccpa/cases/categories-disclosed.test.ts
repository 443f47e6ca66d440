// ccpa/categories-disclosed: the categories of personal information disclosed for a business purpose (§ 1798.115, § 1798.130(a)(5)(C)). Every sentence is our own drafting; each trap has a real disclosure beside it.
import { draft, foundCases } from '../../caseHelpers';

const ID = 'ccpa/categories-disclosed';
const cases: Array<[string, boolean, string]> = [
  [draft('In the preceding 12 months, we disclosed the following categories of personal information for a business purpose: identifiers and commercial information.'), true, 'categories disclosed for a business purpose'],
  [draft('We disclose identifiers and internet activity information to our service providers for business purposes.'), true, 'categories named with their recipients'],
  [draft('You have the right to know the categories of personal information we disclosed for a business purpose.'), false, 'the right to know names none'],
];

foundCases(ID, cases);
