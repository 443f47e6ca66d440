// GDPR detector gaps found by reading disagreements with a labelled corpus against the law
// (Art. 13/14). Every sentence is our own drafting; each case says which wording it guards, and
// each fix has a trap beside it: the same words where the law's information is not given.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { draft, isFound } from './detection-helpers';

const cases: Array<[string, string, boolean, string]> = [
  // Legitimate interests: the interests listed after a lead sentence.
  ['gdpr/legitimate-interests', '# Privacy Notice\n\nWe process some data on the basis of our legitimate interests, where your rights do not override them. This includes:\n\n- keeping our systems secure;\n- measuring how the newsletter performs.\n', true, 'interests listed after "This includes:"'],
  ['gdpr/legitimate-interests', '# Privacy Notice\n\nWe rely on legitimate interests where the law allows. We balance them against your rights.\n\nOur services include:\n\n- a newsletter;\n- an online shop.\n', false, 'a list in another paragraph is not the interests'],
  ['gdpr/legitimate-interests', '# Privacy Notice\n\nYou may object where we rely on legitimate interests. This includes:\n\n- processing for direct marketing;\n- profiling.\n', false, 'a list after the right to object describes no interest'],
  ['gdpr/legitimate-interests', draft('Contact us if you would like to understand how our legitimate interests are balanced against your rights.'), false, 'talk about the balancing, no interest'],
  ['gdpr/legitimate-interests', draft('We will tell you at the time what those legitimate interests are.'), false, 'a promise to describe them later'],
  ['gdpr/legitimate-interests', draft('To understand how visitors use the site, we rely on our legitimate interest in improving it.'), true, 'interest in improving'],
];

for (const [id, text, expected, why] of cases) {
  test(`${id}: ${expected ? 'found' : 'not found'} (${why})`, () => {
    assert.equal(isFound(text, id), expected);
  });
}
