// caloppa/third-party-tracking: whether other parties may collect information about the user's activities over time and across sites (§ 22575(b)(6)). Every sentence is our own drafting; each trap has a real disclosure beside it.
import { draft, foundCases } from '../../caseHelpers';

const ID = 'caloppa/third-party-tracking';
const cases: Array<[string, boolean, string]> = [
  [draft('Third-party advertising networks may collect information about your online activities over time and across different websites when you use our site.'), true, 'third parties tracking across sites'],
  [draft('We do not allow third parties to collect personal information about your browsing across other websites through our service.'), true, 'a denial addresses it'],
  [draft('We collect the pages you visit on our site to improve it.'), false, 'our own first-party analytics'],
];

foundCases(ID, cases);
