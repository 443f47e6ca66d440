// us-states/right-correct: the right to correct inaccurate data. Our own drafting.
import { draft, foundCases } from '../../caseHelpers';

foundCases('us-states/right-correct', [
  [draft('You may ask us to correct inaccurate personal data about you.'), true, 'the right'],
  [draft('Consumers have the right to correct inaccuracies in their data.'), true, 'the right named'],
  [draft('Please make sure the shipping address you give us is correct.'), false, 'the adjective'],
  [draft('California consumers may request that we correct inaccurate personal information.'), false, 'told to California only'],
]);
