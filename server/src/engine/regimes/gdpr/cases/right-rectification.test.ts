// Right to rectification (Art. 16): correcting or completing one's data, in every word form; the adjective "correct", our software's errors and the notice's amendments are other senses.
// Every sentence is our own drafting. Affirming cases must be disclosed; traps use the same words
// in another sense and must not be found.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { disclosure, draft } from '../../caseHelpers';

const cases: Array<[string, boolean, string]> = [
  ['You may ask us to have it rectified or erased.', true, 'a compound with a pronoun'],
  ['You can ask us to correct or delete it.', true, 'correct or delete it'],
  ['You can correct mistakes in your profile.', true, 'correcting mistakes'],
  ['You may ask us to correct mistakes in the data we hold.', true, 'mistakes in the data we hold'],
  ['If your data is inaccurate, you can have it corrected.', true, 'have it corrected'],
  ['You can ask us to fix inaccurate information.', true, 'fixing inaccurate information'],
  ['You may have inaccurate data rectified.', true, 'rectified'],
  ['You may ask for your data to be supplemented, updated or corrected.', true, 'to be corrected, in a list'],
  ['We give you ways to update it or to delete it.', true, 'ways to update it'],
  ['Please make sure the information you give us is correct.', false, 'the adjective'],
  ['We correct errors in our software regularly.', false, 'software errors'],
  ['This policy may be amended or updated from time to time.', false, 'the notice amended'],
  ['We use the logs to identify and rectify a security incident.', false, 'rectifying an incident'],
  ['When you register or update your details we ask for your e-mail address.', false, 'updating as an occasion of collection'],
  ['When you invite a co-host, you authorise that person to access and update your information.', false, 'another person edits'],
  ['We may e-mail you to remind you to complete any outstanding information.', false, 'completing a form'],
  ['We do not warrant that defects in the service will be corrected.', false, 'product defects'],
  ['You may ask us to have incorrect details corrected.', true, 'have incorrect details corrected'],
  ['You may also have inaccurate information amended.', true, 'have inaccurate information amended'],
  ['Our team will have the inaccurate entries in the catalogue corrected.', false, 'catalogue entries, not the person\'s data'],
];

for (const [sentence, expected, why] of cases) {
  test(`gdpr/right-rectification: ${why}`, () => {
    const d = disclosure(draft(sentence), 'gdpr/right-rectification');
    assert.equal(d.found, expected, sentence);
    assert.equal(d.status, expected ? 'disclosed' : 'missing', sentence);
  });
}
