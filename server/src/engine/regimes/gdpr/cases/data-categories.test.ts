// Data categories (Art. 13/14(1)(d)): decided cases, in our own words. The policy addresses the
// item when it says what personal data is collected, by category or example, or that none is; in
// any voice and with any subject. Traps: the same words about something else.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { disclosure, draft, isFound } from '../../caseHelpers';

const ID = 'gdpr/data-categories';

const cases: Array<[string, boolean, string]> = [
  // Affirming: other voices and subjects than "we collect".
  [draft('The app collects your e-mail address and the model of your device.'), true, 'the app as the subject'],
  [draft('Northwind Games gathers crash logs and your advertising identifier.'), true, 'the company as the subject'],
  [draft('I collect the operating system version and browser type of every visitor.'), true, 'the developer in the first person'],
  [draft('Your postal address is stored when you place an order.'), true, 'passive voice'],
  [draft('When you sign up you will be asked to supply your date of birth and a username.'), true, 'what the person hands over'],
  [draft('Like most websites, this one receives technical information such as the browser type and the pages visited.'), true, 'information named by example'],
  [draft('We collect the following types of personal data: contact details and billing information.'), true, 'types of data announced and named'],
  [draft('This app does not collect any personal data.'), true, 'a denial addresses the item'],
  // Carried by a heading: a verbless fragment or a list under "What we collect".
  ['# Privacy Notice\n\n## What we collect\n\nYour name, home address and date of birth.\n', true, 'a verbless fragment under a collection heading'],
  ['# Privacy Notice\n\n## Information we collect\n\n### From your account\n\n- Usernames and passwords\n- Billing address\n', true, 'a list in a subsection nested under the heading'],
  // Traps.
  [draft('We do not knowingly collect personal information from children under the age of 13.'), false, 'the children clause says nothing about what is collected from others'],
  [draft('If we learn that we have collected data from anyone under the age of 16, we delete it.'), false, '"age" in an age limit is no data kind'],
  [draft('You have the right to know the categories of personal data we hold about you.'), false, 'a right to ask about categories, not a statement of them'],
  [draft('Our processing of special categories of data is subject to stricter rules.'), false, 'special categories named as a legal notion'],
  [draft('Please write to the address below if you have questions about how we process your data.'), false, 'our contact address is no data kind'],
  ['# Privacy Notice\n\n## Types of data we collect\n\n## Contact\n\nWrite to privacy@example.org.\n', false, 'a heading with nothing under it'],
];

test('data categories: decided cases', () => {
  for (const [text, expected, why] of cases) assert.equal(isFound(text, ID), expected, `${why}: ${text}`);
});

test('data categories: a denial is a disclosure, not a shortfall', () => {
  assert.equal(disclosure(draft('We do not collect any personal information.'), ID).status, 'disclosed');
});
