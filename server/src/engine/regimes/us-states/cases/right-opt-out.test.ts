// us-states/right-opt-out: opting out of targeted advertising and sale. Our own drafting.
import { draft, foundCases } from '../../caseHelpers';

foundCases('us-states/right-opt-out', [
  [draft('You may opt out of targeted advertising and the sale of your personal data.'), true, 'the right'],
  [draft('To stop the sale of your data, use our opt-out form.'), true, 'sale, then opt-out'],
  [draft('You can opt out of our newsletter at any time.'), false, 'a newsletter'],
  [draft('You can learn more about interest-based ads at the Digital Advertising Alliance and opt out there.'), false, 'an industry page'],
  [draft('Nevada residents may opt out of the sale of their personal information.'), false, 'told to Nevada residents only'],
  [draft('To opt out of targeted advertising from such third parties, please visit AdChoices.'), false, 'another company\'s ads'],
]);
