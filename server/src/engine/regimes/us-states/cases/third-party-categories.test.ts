// us-states/third-party-categories: the categories of third parties with whom data are shared. Our own drafting.
import { draft, foundCases } from '../../caseHelpers';

foundCases('us-states/third-party-categories', [
  [draft('We share personal data with the following categories of third parties: analytics providers and advertising partners.'), true, 'categories named'],
  [draft('We disclose your information to service providers, affiliates and law enforcement when the law requires it.'), true, 'two kinds of recipient'],
  ['# Privacy Notice\n\n## How We Share Information\n\n- Service providers that host our site.\n- Advertising partners.\n', true, 'a list under a sharing heading'],
  [draft('We do not share personal data with third parties.'), true, 'no third parties'],
  [draft('We sell your contact details to partners.'), false, '"partners" alone is no category'],
  [draft('You may request the categories of third parties to whom we disclosed your data.'), false, 'the right, not the list'],
  [draft('Our analytics show that most visitors read the blog.'), false, 'no sharing'],
  [draft('Under California\'s Shine the Light law, we do not disclose personal information to third parties for their direct marketing purposes.'), false, 'Shine the Light'],
  ['# Privacy Notice\n\nYou have the right to request:\n\n- the categories of third parties with whom we share personal data.\n', false, 'an item of the right to know'],
]);
