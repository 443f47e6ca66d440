// Jurisdiction scope: a right offered to one law's readers does not disclose another law's item.
// Scope comes from headings, from the sentence itself, and (for list items) from the sentence
// that introduces the list; the GDPR's vocabulary alone ("data subject request") does not move a
// sentence out of a section addressed to California residents.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { isFound } from './detection-helpers';

test('a list introduced as CCPA rights does not disclose the GDPR erasure right', () => {
  const text = [
    '# Privacy Policy',
    '',
    '## Your choices',
    '',
    'Under the CCPA, California residents have the following rights:',
    '',
    '- the right to request that we delete the personal information we collected from you;',
    '- the right to know what personal information we sold.',
    '',
  ].join('\n');
  assert.equal(isFound(text, 'gdpr/right-erasure'), false);
  assert.equal(isFound(text, 'ccpa/right-delete'), true);
});

test('the same list introduced without a law still counts for the GDPR', () => {
  const text = ['# Privacy Policy', '', '## Your choices', '', 'You have the following rights:', '', '- the right to request that we delete the personal information we hold about you.', ''].join('\n');
  assert.equal(isFound(text, 'gdpr/right-erasure'), true);
});

test('"data subject request" under a California heading stays a California sentence', () => {
  const text = [
    '# Privacy Policy',
    '',
    '## California Privacy Rights',
    '',
    'You may submit a verifiable request by calling 1-800-555-0100 or through our data subject request form at https://example.com/dsr.',
    '',
  ].join('\n');
  assert.equal(isFound(text, 'ccpa/request-methods'), true);
});

test('"data subject" still scopes a sentence where no section says otherwise', () => {
  const text = ['# Privacy Policy', '', 'Data subjects in the EEA may ask us to delete their personal data at any time.', ''].join('\n');
  assert.equal(isFound(text, 'ccpa/right-delete'), false, 'an EEA sentence does not give the California right');
});

test('a list introduced by the laws of the EEA gives GDPR rights, not California ones', () => {
  const text = ['# Privacy Policy', '', '## Your rights', '', 'Local laws in the EEA, the UK and Switzerland may permit you to:', '', '- ask us to correct inaccurate personal information we hold about you;', '- ask us to delete your personal information.', ''].join('\n');
  assert.equal(isFound(text, 'gdpr/right-rectification'), true);
  assert.equal(isFound(text, 'ccpa/right-correct'), false);
  assert.equal(isFound(text, 'ccpa/right-delete'), false);
});

test('a list introduced with a dash as CCPA rights does not disclose the GDPR erasure right', () => {
  const text = ['# Privacy Policy', '', '## Your choices', '', 'You have the following rights under the CCPA –', '', '- the right to request that we delete the personal information we collected from you;', '- the right to know what we sold.', ''].join('\n');
  assert.equal(isFound(text, 'gdpr/right-erasure'), false);
  assert.equal(isFound(text, 'ccpa/right-delete'), true);
});

test('the right to complain to a supervisory authority counts even where extraction put it under a US heading', () => {
  const text = ['# Privacy Policy', '', '## California Minors', '', 'Minors in California may ask us to remove content they posted.', '', 'You have the right to lodge a complaint with a supervisory authority.', ''].join('\n');
  assert.equal(isFound(text, 'gdpr/right-complaint'), true);
});
