// us-states/categories-shared: the categories of personal data shared with third parties. Our own drafting.
import { draft, foundCases } from '../../caseHelpers';

foundCases('us-states/categories-shared', [
  [draft('We share identifiers and device data with our advertising partners.'), true, 'categories shared, with whom'],
  [draft('The categories of personal data we have shared with third parties are identifiers and inferences.'), true, 'categories listed'],
  [draft('We do not share personal data with third parties.'), true, 'none shared'],
  [draft('We do not share personal data with third parties, except with our service providers.'), false, 'a denial with an exception says no categories'],
  [draft('You have the right to know the categories of personal data we share.'), false, 'the right, not the list'],
  [draft('Please share your feedback with us.'), false, 'no personal data shared'],
  [draft('We do not share personal information with third parties for their direct marketing purposes.'), false, 'Shine the Light, not the sharing position'],
  [draft('We do not disclose your personal data to these third parties.'), false, 'some third parties only'],
]);
