// Right to erasure (Art. 17): deletion on the person's request or with their account, in every word form; our own deletion schedule, a child's data we delete, cookies and consent by use are other senses.
// Every sentence is our own drafting. Affirming cases must be disclosed; traps use the same words
// in another sense and must not be found.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { disclosure, draft } from '../../caseHelpers';

const cases: Array<[string, boolean, string]> = [
  ['You may ask us to have it rectified or erased.', true, 'rectified or erased'],
  ['You can ask us to correct or delete it.', true, 'correct or delete it'],
  ['You can have your data erased.', true, 'have your data erased'],
  ['You may ask that your personal information be corrected, updated, or deleted.', true, 'be corrected, updated, or deleted'],
  ['Deleting your account deletes your data.', true, 'the account deleted with its data'],
  ['If you would like us to delete the data you gave us, write to us.', true, 'would like us to delete'],
  ["If you'd like the developer to delete the data you provided through the app, contact them.", true, 'the contracted form'],
  ['Once a user asks for profile deletion, we remove the profile.', true, 'asking for profile deletion'],
  ['You can request the deletion of your account and all associated data.', true, 'request the deletion'],
  ['By using the site, you allow us to collect, delete, use and share your personal data.', false, 'consent by use to a list of operations'],
  ['When the retention period ends we erase the data.', false, 'our storage period'],
  ['By registering you give us the authority to delete, use and share your personal data with our partners.', false, 'a blanket authority to process'],
  ['We delete your data after 30 days.', false, 'our deletion schedule'],
  ['We will try our best to promptly remove the information from our records.', false, 'our own removal, no request'],
  ['We will notify you a week before the deletion of your personal information.', false, 'a scheduled deletion'],
  ['We stop keeping your data, or remove the means by which the data can be linked to you, when it is no longer needed.', false, 'anonymising'],
  ['If we learn that a child has sent us personal data, we will delete it.', false, 'a child\'s data we delete'],
  ['You can delete cookies in your browser.', false, 'cookies'],
  ['You can uninstall the app at any time.', false, 'uninstalling'],
  ['You can deactivate your account in the settings.', false, 'deactivating'],
];

for (const [sentence, expected, why] of cases) {
  test(`gdpr/right-erasure: ${why}`, () => {
    const d = disclosure(draft(sentence), 'gdpr/right-erasure');
    assert.equal(d.found, expected, sentence);
    assert.equal(d.status, expected ? 'disclosed' : 'missing', sentence);
  });
}
