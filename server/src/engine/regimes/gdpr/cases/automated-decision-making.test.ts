// Automated decision-making (Art. 13(2)(f), Art. 22): a statement that such decisions or profiling
// with effects are made, or a denial of them, addresses the item. The bare right not to be subject
// to such decisions, or marketing profiling, does not. Our own sentences.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { disclosure, draft, isFound } from '../../caseHelpers';

const ID = 'gdpr/automated-decision-making';

const cases: Array<[string, boolean, string]> = [
  [draft('We do not make automated decisions about you.'), true, 'a denial'],
  [draft('No decisions based solely on automated processing are taken about our users.'), true, 'a denial in the words of Art. 22'],
  [draft('We do not use profiling.'), true, 'profiling denied'],
  [draft('Our app does not carry out any profiling of its users.'), true, 'profiling denied, other verb'],
  [draft('You have the right not to be subject to automated decisions, but we do not make such decisions.'), true, 'the right with a denial in the same sentence'],
  ['# Privacy Notice\n\nYou have the right not to be subject to automated decision-making. We do not engage in such processing.\n', true, 'a denial pointing back at the right'],
  [draft('We use profiling to set credit limits, which can significantly affect you.'), true, 'profiling with its effect'],
  [draft('Loan applications are decided automatically, without human review, by an automated decision system.'), true, 'automated decisions made'],
  [draft('You have the right not to be subject to a decision based solely on automated processing.'), false, 'the right alone'],
  [draft('We do not use cookies for profiling or advertising.'), false, 'one tool denied, not profiling as such'],
  [draft('You may object to profiling for direct marketing.'), false, 'marketing profiling, no effect'],
  ['# Privacy Notice\n\nWe send newsletters. We do not engage in such activities without asking first.\n', false, '"such" pointing at something else'],
];

test('automated decision-making: cases', () => {
  for (const [text, found, why] of cases) {
    assert.equal(isFound(text, ID), found, `${why}: ${text}`);
  }
});

test('automated decision-making: a denial is disclosed, not insufficient', () => {
  assert.equal(disclosure(draft('We do not use profiling.'), ID).status, 'disclosed');
});
