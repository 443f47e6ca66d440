// us-states/right-portability: the right to a portable copy. Our own drafting.
import { draft, foundCases } from '../../caseHelpers';

foundCases('us-states/right-portability', [
  [draft('You may obtain a copy of your personal data in a portable and readily usable format.'), true, 'the right'],
  [draft('You have the right to data portability.'), true, 'portability named'],
  [draft('You may request a copy of this privacy notice in large print.'), false, 'a copy of the notice'],
  [draft('Our app is available on portable devices.'), false, 'no right'],
  [draft('Some data we hold are governed by the Health Insurance Portability and Accountability Act.'), false, 'HIPAA by name'],
]);
