// Purposes (Art. 13(1)(c)): decided cases, in our own words. The policy addresses the item when it
// says what the data is used for: in any voice, with any subject, also as fragments under a heading
// about use. Traps: "purposes" in other senses, rights over a use, references back.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { draft, isFound } from '../../caseHelpers';

const ID = 'gdpr/purposes';

const cases: Array<[string, boolean, string]> = [
  // Affirming: other voices and subjects.
  [draft('This data is used to manage the website and to measure how it performs.'), true, 'passive voice'],
  [draft('The developer uses crash reports to fix errors in the next release.'), true, 'the developer as the subject'],
  [draft('Information collected through the form is used for answering your questions.'), true, 'passive with "for" and a gerund'],
  [draft('Lumen Apps processes your payment details, together with the order number and the delivery address you give at checkout, to bill you.'), true, 'purpose farther than 40 characters from the verb'],
  [draft('We process usage statistics for internal analysis purposes.'), true, 'a purpose named before "purposes"'],
  [draft('Your contact details may be used for marketing.'), true, 'a purpose noun after "for"'],
  [draft('We use your information for the following purposes:') + '\n- to send you receipts\n- to answer support requests\n', true, 'a list after its announcement'],
  // Carried by a heading: "to …" fragments under "How we use your data".
  ['# Privacy Notice\n\n## How we use your data\n\nTo run your membership.\n\nTo send you receipts.\n', true, '"to" fragments under a heading about use'],
  ['# Privacy Notice\n\n## Why we need it\n\n- Processing your orders\n- Preventing fraud\n', true, 'gerund list items under a "why" heading'],
  // Traps.
  [draft('For the purposes of this policy, "Service" means our mobile application.'), false, 'a definition clause'],
  [draft('Acme Ltd determines the purposes and means of the processing.'), false, 'the definition of a controller'],
  [draft('Our contractors may not use the information for their own purposes.'), false, 'another party\'s purposes'],
  [draft('We keep data only as long as needed for the purposes for which it was collected.'), false, 'a retention clause referring back'],
  [draft('You may object at any time to the use of your data for direct marketing.'), false, 'a right over a use'],
  [draft('This page is used to inform visitors about our practices.'), false, 'the page, not the data, is used'],
  [draft('Personal data means information that can be used to identify you.'), false, 'a definition of personal data'],
  [draft('We use your information for the following purposes:') + '\n\n## Contact\n\nWrite to privacy@example.org.\n', false, 'an announcement with no list after it'],
  ['# Privacy Notice\n\n## How we use your data\n\n## Contact\n\nWrite to privacy@example.org.\n', false, 'a heading with nothing under it'],
];

test('purposes: decided cases', () => {
  for (const [text, expected, why] of cases) assert.equal(isFound(text, ID), expected, `${why}: ${text}`);
});
