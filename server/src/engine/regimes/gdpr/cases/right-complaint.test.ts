// Right to lodge a complaint (Art. 77): a complaint to a supervisory or data protection authority, by kind or by name; naming or cooperating with an authority, or complaining to us, is not the right.
// Every sentence is our own drafting. Affirming cases must be disclosed; traps use the same words
// in another sense and must not be found.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { disclosure, draft } from '../../caseHelpers';

const cases: Array<[string, boolean, string]> = [
  ['You can also complain to the Data Protection Commission.', true, 'a named commission'],
  ['You may lodge a complaint with the ICO.', true, 'an acronym'],
  ['You can lodge a complaint with the CNIL.', true, 'another acronym'],
  ['You have the right to lodge a complaint with your local data protection authority.', true, 'the local authority'],
  ['You can complain to the Information Commissioner\'s Office.', true, 'the commissioner\'s office'],
  ['You may file a complaint with the competent authority in your member state.', true, 'the competent authority'],
  ['You can make a complaint to the Garante per la protezione dei dati personali.', true, 'an authority named in its own language'],
  ['You can report a concern to the ICO.', true, 'reporting a concern'],
  ['We will try to help, but if you are still unhappy you can contact the national communications authority.', true, 'an unresolved concern taken to an authority'],
  ['Our lead supervisory authority is the Irish Data Protection Commission.', false, 'the authority named, no right'],
  ['We are registered with the Information Commissioner\'s Office.', false, 'registration'],
  ['We cooperate with data protection authorities.', false, 'cooperation'],
  ['If we learn of a data breach, we will notify the Information Commissioner and the people affected.', false, 'our breach notification'],
  ['We may send data to countries that the European Commission or a data protection authority has found to offer adequate protection of your rights.', false, 'an adequacy decision'],
  ['If you have a complaint about our service, please contact our support team.', false, 'a complaint to us'],
  ['You may complain to us at privacy@example.com.', false, 'a complaint to us by e-mail'],
];

for (const [sentence, expected, why] of cases) {
  test(`gdpr/right-complaint: ${why}`, () => {
    const d = disclosure(draft(sentence), 'gdpr/right-complaint');
    assert.equal(d.found, expected, sentence);
    assert.equal(d.status, expected ? 'disclosed' : 'missing', sentence);
  });
}
