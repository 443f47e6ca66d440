// Right to object (Art. 21): objecting to processing, in other words and with the grounds between; disagreeing with the terms, cookies and plain unsubscribing are other senses.
// Every sentence is our own drafting. Affirming cases must be disclosed; traps use the same words
// in another sense and must not be found.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { disclosure, draft } from '../../caseHelpers';

const cases: Array<[string, boolean, string]> = [
  ['You can object to the processing of your personal data.', true, 'object to the processing'],
  ['You may object to our use of your data for direct marketing.', true, 'object to direct marketing'],
  ['You can object at any time.', true, 'object at any time'],
  ['You may object, on grounds relating to your situation, to processing based on our legitimate interests.', true, 'the grounds between verb and object'],
  ['You have the right to access, correct, object to or restrict the processing of your data.', true, 'an enumeration'],
  ['You may oppose the processing of your data.', true, 'oppose the processing'],
  ['You have a right of opposition.', true, 'right of opposition'],
  ['You can object to our profiling.', true, 'object to profiling'],
  ['You can unsubscribe from our newsletter at any time.', false, 'a plain unsubscribe (ambiguous, not counted)'],
  ['You can opt out of marketing e-mails by clicking the link in each message.', false, 'a marketing opt-out (ambiguous, not counted)'],
  ['If you object to these terms, please do not use the app.', false, 'disagreeing with the terms'],
  ['If you object to any change, you can stop using the service.', false, 'disagreeing with a change'],
  ['We will object to legal requests that we believe are improper.', false, 'we object'],
  ['If you object to your data being shared with partners, do not install the app.', false, 'walking away'],
  ['Our storage provider offers object storage.', false, 'object storage'],
  ['You can object to cookies in your browser settings.', false, 'cookies'],
];

for (const [sentence, expected, why] of cases) {
  test(`gdpr/right-objection: ${why}`, () => {
    const d = disclosure(draft(sentence), 'gdpr/right-objection');
    assert.equal(d.found, expected, sentence);
    assert.equal(d.status, expected ? 'disclosed' : 'missing', sentence);
  });
}
