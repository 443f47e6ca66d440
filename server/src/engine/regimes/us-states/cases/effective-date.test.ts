// us-states/effective-date: the date of the notice. Our own drafting.
import { draft, foundCases } from '../../caseHelpers';

foundCases('us-states/effective-date', [
  [draft('Last updated: March 3, 2026.'), true, 'a dated label'],
  [draft('This notice is dated as of 1 May 2026.'), true, 'dated as of'],
  [draft('We update this notice from time to time.'), false, 'no date'],
  [draft('Cookie declaration last updated on 3/3/26 by Cookiebot.'), false, 'a cookie tool\'s date'],
]);
