// ccpa/right-know: the right to know what personal information is collected. Every sentence is
// our own drafting.
import { draft, foundCases } from '../../caseHelpers';

const ID = 'ccpa/right-know';
const cases: Array<[string, boolean, string]> = [
  [draft('You have the right to request that Example Widgets Inc. disclose certain information to you about our collection of your personal information.'), true, 'the business named as who discloses'],
  ['# Privacy Notice\n\n## Access to Specific Information\n\nWe will answer within 45 days.\n', true, 'the CCPA heading over a body'],
  [draft('If you are a European resident, you have the right to access personal information we hold about you.'), false, 'a European audience'],
  [draft('You have the right to request that we provide you with a copy of your personal information.'), true, 'request that we provide a copy'],
  [draft('You may request that you be provided with a newsletter.'), false, 'not a request that the business disclose'],
];

foundCases(ID, cases);
