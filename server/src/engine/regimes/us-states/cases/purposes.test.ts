// us-states/purposes: why personal data are processed. Our own drafting.
import { draft, foundCases } from '../../caseHelpers';

foundCases('us-states/purposes', [
  [draft('We use your personal data to process orders and to prevent fraud.'), true, 'purposes stated'],
  [draft('We process contact details for the purposes of customer support.'), true, '"for the purposes of"'],
  ['# Privacy Notice\n\n## How We Use Your Information\n\nTo ship what you buy and answer your questions.\n', true, 'a heading over its body'],
  [draft('You may ask us about the purposes for which we use your data.'), false, 'a request about purposes'],
  [draft('Our website uses a clean layout that is easy to read.'), false, 'no purpose of processing'],
]);
