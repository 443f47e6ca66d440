// ccpa/right-limit: the right to limit the use of sensitive personal information, or the position that it is used only for permitted purposes (§ 1798.121; CPRA regs § 7027). Every sentence is our own drafting; each trap has a real disclosure beside it.
import { draft, foundCases } from '../../caseHelpers';

const ID = 'ccpa/right-limit';
const cases: Array<[string, boolean, string]> = [
  [draft('You have the right to limit our use and disclosure of your sensitive personal information.'), true, 'the right'],
  [draft('We do not collect or process sensitive personal information.'), true, 'none collected'],
  [draft('Please do not send us any sensitive information through the contact form.'), false, 'a request to the reader, not a position on use'],
];

foundCases(ID, cases);
