// caloppa/do-not-track: how the site responds to Do Not Track signals (Cal. Bus. & Prof. Code § 22575(b)(5)). Every sentence is our own drafting; each trap has a real disclosure beside it.
import { draft, foundCases } from '../../caseHelpers';

const ID = 'caloppa/do-not-track';
const cases: Array<[string, boolean, string]> = [
  [draft('Our website does not respond to Do Not Track signals sent by your browser.'), true, 'the response stated'],
  [draft('We honour the Global Privacy Control and browser Do Not Track signals by turning off advertising cookies.'), true, 'honoured, and how'],
  [draft('You can keep track of your orders in your account.'), false, '"track" in another sense'],
];

foundCases(ID, cases);
