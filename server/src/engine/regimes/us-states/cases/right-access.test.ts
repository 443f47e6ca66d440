// us-states/right-access: the right to confirm processing and access the data. Our own drafting.
import { draft, foundCases } from '../../caseHelpers';

foundCases('us-states/right-access', [
  [draft('You have the right to confirm whether we process your personal data and to access it.'), true, 'the right'],
  [draft('Residents of Virginia may request access to the personal data we hold about them.'), true, 'a state named'],
  ['# Privacy Notice\n\nYou have the right to:\n\n- access your personal data;\n- delete it.\n', true, 'a list item'],
  [draft('California residents may request access to their personal information.'), false, 'told to California residents only'],
  ['# Privacy Notice\n\n## Your California Privacy Rights\n\nYou may request access to your personal information.\n', false, 'a California section'],
  [draft('If you are in the European Economic Area, you may request access to your personal data.'), false, 'an EEA audience'],
  [draft('We use passwords to prevent unauthorized access to your data.'), false, 'security, not a right'],
  [draft('You can access our website from any browser.'), false, 'visiting the site'],
  [draft('Our readers have the right to know many facts about the public figures we cover.'), false, 'a right to know about others'],
  [draft('Individuals may request access to personal data processed under the Privacy Shield.'), false, 'a Privacy Shield right'],
  [draft('The right to know what personal data we process is yours.'), true, 'the right to know what'],
]);
