// us-states/right-delete: the right to delete. Our own drafting.
import { draft, foundCases } from '../../caseHelpers';

foundCases('us-states/right-delete', [
  [draft('You may ask us to delete personal data about you.'), true, 'the right'],
  [draft('If you live in Texas or Oregon, you have the right to delete your personal data.'), true, 'states named'],
  [draft('You can set your browser to delete cookies.'), false, 'cookies'],
  [draft('We reserve the right to delete accounts that break our rules.'), false, 'the business\'s own right'],
  [draft('California residents may request that we delete their personal information.'), false, 'told to California only'],
  [draft('Typically, you cannot control, delete, or disable Flash cookies through your browser.'), false, 'browser storage, and a cannot'],
  [draft('Our vendors assist us in responding to requests for access or deletion of information.'), false, 'vendors helping with requests'],
]);
