// CCPA/CPRA items the detector counted as disclosed although the sentence does not give them (a
// missed gap: no warning where the lawyer needs one). Every sentence is our own drafting; each trap
// comes with a real disclosure in similar words that must still count.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { disclosure, draft, isFound } from './detection-helpers';

const cases: Array<[string, string, boolean, string]> = [
  // Right to limit: a hedged denial, or a ban on sensitive ad segments only, is not the § 7027(m) position.
  ['ccpa/right-limit', draft('We do not typically collect sensitive personal information about the people in our files.'), false, 'hedged: not typically'],
  ['ccpa/right-limit', draft('We generally do not use sensitive personal information in our products.'), false, 'hedged: generally do not'],
  ['ccpa/right-limit', draft('We do not create advertising segments based on sensitive personal information such as health conditions.'), false, 'no sensitive ad segments, other uses open'],
  ['ccpa/right-limit', draft('Our partners may not use the data for personalized advertising relating to sensitive health conditions.'), false, 'a ban on one advertising use'],
  ['ccpa/right-limit', draft('We do not use sensitive personal information for targeted advertising or for any purpose other than those permitted by the CPRA regulations.'), true, 'one use named, then the permitted purposes'],
  ['ccpa/right-limit', draft('We do not collect sensitive personal information.'), true, 'no sensitive information at all'],
  ['ccpa/right-limit', draft('You may limit our use of your sensitive personal information for targeted advertising.'), true, 'the right, with an advertising use'],

  // Right to correct: the policy announcing its contents, or a bare GDPR heading, is not the right.
  ['ccpa/right-correct', draft('This privacy notice also explains the choices you have regarding access to and correction of your information.'), false, 'the notice announces its contents'],
  ['ccpa/right-correct', draft('It further tells you how to contact us to review, correct or delete your information.'), false, 'it tells you how: a promise'],
  ['ccpa/right-correct', '# Privacy Notice\n\n## Right to Rectification\n\nWe keep our records accurate and up to date.\n', false, 'a bare GDPR heading'],
  ['ccpa/right-correct', '# Privacy Notice\n\n## Right to Correction\n\nWe keep our records accurate and up to date.\n', true, 'a heading in the CCPA word'],
  ['ccpa/right-correct', draft('California residents may ask us to correct inaccurate personal information we hold about them.'), true, 'the right stated'],
  ['ccpa/right-correct', draft('If you would like to correct or be removed from our mailing list, please e-mail us.'), true, 'you would like to correct: contact us'],
  ['ccpa/right-correct', draft('You have the right to rectification of inaccurate personal information.'), true, 'rectification in a sentence'],

  // Right to know: a pointer to a section by its title; "your information request" in an opt-out.
  ['ccpa/right-know', draft('You can do this through the contact details in the "Right to Access" section below.'), false, 'a pointer to a section title'],
  ['ccpa/right-know', '# Privacy Notice\n\nYou may opt out of our marketing file in two ways:\n\n- clicking the preferences button on our homepage and following the instructions for submitting your information request; or\n- calling us toll-free.\n', false, 'an opt-out request'],
  ['ccpa/right-know', draft('You have the right to access the personal information we hold about you.'), true, 'the right to access'],
  ['ccpa/right-know', draft('We answer access requests within 45 days of receipt.'), true, 'access requests'],

  // Request methods: an industry opt-out page is not a way to send this business a request.
  ['ccpa/request-methods', draft('You may opt out of interest-based advertising by visiting the Network Advertising Initiative opt-out page.'), false, 'an industry opt-out page'],
  ['ccpa/request-methods', draft('You may submit a request to delete your information by visiting our privacy portal or by calling us.'), true, 'a request and its channels'],
  ['ccpa/request-methods', draft('To exercise your rights, you may e-mail us, and to stop other ads, visit the NAI page.'), true, 'rights exercised by e-mail, beside an industry page'],
];

for (const [id, text, expected, why] of cases) {
  test(`${id}: ${expected ? 'found' : 'not found'} (${why})`, () => {
    assert.equal(isFound(text, id), expected);
  });
}

test('right-limit: a hedged denial ("we do not typically collect sensitive information") does not make the right not applicable', () => {
  const text = draft('We do not typically collect sensitive personal information about consumers.');
  assert.notEqual(disclosure(text, 'ccpa/right-limit').required, 'not-applicable');
});

test('right-limit: "we only use sensitive personal information for the permitted purposes" still makes it not applicable', () => {
  const text = draft('We only use sensitive personal information for the purposes permitted by section 7027(m) of the regulations.');
  assert.equal(disclosure(text, 'ccpa/right-limit').required, 'not-applicable');
});
