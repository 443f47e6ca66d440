// caloppa/change-notification: how users are told of material changes (§ 22575(b)(3)). Every sentence is our own drafting; each trap has a real disclosure beside it.
import { draft, foundCases } from '../../caseHelpers';

const ID = 'caloppa/change-notification';
const cases: Array<[string, boolean, string]> = [
  [draft('If we make material changes to this policy, we will notify you by e-mail before they take effect.'), true, 'notice by e-mail'],
  [draft('We will post any changes on this page and update the date at the top.'), true, 'posting with a new date'],
  [draft('You can change your password at any time in the settings.'), false, 'a change the user makes'],
];

foundCases(ID, cases);
