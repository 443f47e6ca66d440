// us-states/request-methods: how consumers exercise their rights, and the universal opt-out signal. Our own drafting.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { disclosure, draft, foundCases } from '../../caseHelpers';

const ID = 'us-states/request-methods';
foundCases(ID, [
  [draft('To exercise your rights, e-mail privacy@example.com or call 800-555-0100.'), true, 'channels'],
  [draft('We honour Global Privacy Control signals.'), true, 'the signal'],
  [draft('You have rights over your data.'), false, 'no way to exercise them'],
]);

test(`${ID}: a seller that says nothing of universal opt-out signals falls short`, () => {
  const text = draft('We sell identifiers to data brokers.', 'To exercise your rights, e-mail privacy@example.com.');
  assert.equal(disclosure(text, ID).status, 'insufficient');
  assert.equal(disclosure(text, ID, { states: ['VA', 'UT'] }).status, 'disclosed', 'Virginia and Utah require no signal');
  assert.equal(disclosure(`${text.trim()} We treat a Global Privacy Control signal as an opt-out request.\n`, ID).status, 'disclosed');
});

foundCases(ID, [
  [draft('If you wish to opt out of email marketing campaigns, please click here.'), false, 'a marketing opt-out'],
  [draft('To opt out of non-essential cookies, click Decline before you continue.'), false, 'a cookie opt-out'],
  [draft('To opt out of Google Analytics, visit the add-on page at https://example.org.'), false, 'an analytics opt-out'],
]);
