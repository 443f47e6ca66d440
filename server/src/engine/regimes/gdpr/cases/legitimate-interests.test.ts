// Legitimate interests (Art. 13(1)(d), Art. 6(1)(f)): a described interest discloses the item; the
// basis named without its interests addresses it but falls short (insufficient, WP260 rev.01);
// the right to object, a reason to disclose and a recipient's interest do not address it.
// Every sentence is our own drafting.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { disclosure, draft } from '../../caseHelpers';

const ID = 'gdpr/legitimate-interests';

const cases: Array<[string, 'disclosed' | 'insufficient' | 'missing', string]> = [
  [draft('We rely on our legitimate interest in keeping the service secure and preventing fraud.'), 'disclosed', 'interests described'],
  [draft('We measure how the app is used for our legitimate interest in improving it.'), 'disclosed', 'interest in improving'],
  [draft('We process your data on the basis of our legitimate interests.'), 'insufficient', 'basis named, no interest'],
  [draft('Some processing is necessary for the purposes of the legitimate interests pursued by the controller.'), 'insufficient', 'the words of Art. 6(1)(f) alone'],
  [draft('We may keep some records for certain legitimate interests or to comply with the law.'), 'insufficient', 'interests left unnamed'],
  [draft('We process usage data under Art. 6(1)(f) GDPR.'), 'insufficient', 'the article cited, no interest'],
  [draft('You may object to processing based on our legitimate interests.'), 'missing', 'the right to object'],
  [draft('We may disclose information where needed to protect our legitimate interests or those of others.'), 'missing', 'a reason to disclose'],
  [draft('We may pass records to any person with a legitimate interest in them.'), 'missing', 'a recipient\'s interest'],
  [draft('We process your data to perform our contract with you.'), 'missing', 'another basis'],
];

test('legitimate interests: cases', () => {
  for (const [text, status, why] of cases) {
    assert.equal(disclosure(text, ID).status, status, `${why}: ${text}`);
  }
});

test('legitimate interests named only: the finding says what to add', () => {
  const d = disclosure(draft('We process your data on the basis of our legitimate interests.'), ID);
  assert.equal(d.found, true);
  assert.match(d.shortfall?.message ?? '', /Describe the legitimate interests/);
});
