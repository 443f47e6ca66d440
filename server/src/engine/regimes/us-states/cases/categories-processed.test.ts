// us-states/categories-processed: the categories of personal data the controller processes. Our own drafting.
import { draft, foundCases } from '../../caseHelpers';

foundCases('us-states/categories-processed', [
  [draft('We collect the following categories of personal data: identifiers, purchase records and device data.'), true, 'categories listed'],
  [draft('We may collect your name, e-mail address and phone number when you sign up.'), true, 'kinds of data named'],
  ['# Privacy Notice\n\n## Information We Collect\n\nAccount details, order history and the pages you visit.\n', true, 'a heading over its body'],
  [draft('You may request the categories of personal data we collect about you.'), false, 'the right to know, not the list'],
  [draft('We care about your privacy and keep your information safe.'), false, 'no categories'],
  ['# Privacy Notice\n\n## Information We Collect\n\n## Contact\n\nWrite to us.\n', false, 'a bare heading'],
]);
