// us-states/contact: a way to contact the controller. Our own drafting.
import { draft, foundCases } from '../../caseHelpers';

foundCases('us-states/contact', [
  [draft('Contact us at privacy@example.com with any questions.'), true, 'an e-mail address'],
  [draft('You can reach us through the online form on our help page.'), true, 'an online form'],
  [draft('Contact your bank if your card is lost.'), false, 'no way to reach us'],
]);
