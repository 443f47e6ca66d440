// ccpa/non-discrimination: the promise not to discriminate against a consumer for exercising a right (§ 1798.125). Every sentence is our own drafting; each trap has a real disclosure beside it.
import { draft, foundCases } from '../../caseHelpers';

const ID = 'ccpa/non-discrimination';
const cases: Array<[string, boolean, string]> = [
  [draft('We will not discriminate against you for exercising any of your rights under the CCPA.'), true, 'the promise'],
  [draft('We will not deny you goods or services, or charge you different prices, because you exercised your privacy rights.'), true, 'the promise in its own terms'],
  [draft('We do not discriminate on the basis of race, religion or gender in hiring.'), false, 'employment equality, not the CCPA promise'],
];

foundCases(ID, cases);
