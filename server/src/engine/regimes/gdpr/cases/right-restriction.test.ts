// Right to restriction (Art. 18): restricting, limiting or suspending the processing; our restricting staff access or your profile's visibility are other senses.
// Every sentence is our own drafting. Affirming cases must be disclosed; traps use the same words
// in another sense and must not be found.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { disclosure, draft } from '../../caseHelpers';

const cases: Array<[string, boolean, string]> = [
  ['You have the right to access, correct, restrict or erase your data.', true, 'an enumeration'],
  ['You can ask us to restrict how we use your data.', true, 'restrict how we use'],
  ['You may ask us to limit how we process your data while we check its accuracy.', true, 'limit how we process'],
  ['You can have the processing of your data restricted.', true, 'have the processing restricted'],
  ['You can request that we suspend the processing of your data.', true, 'suspend the processing'],
  ['We restrict access to your data to our staff.', false, 'a security measure'],
  ['You can restrict your profile visibility.', false, 'a privacy setting'],
  ['We limit the purposes for processing personal data to those stated here.', false, 'our purpose limitation'],
  ['Our contracts with vendors restrict and regulate their processing of your data.', false, 'a processor contract'],
  ['We restrict logical access to your data to employees who need it.', false, 'access control'],
  ['We use your account data to comply with the law on the sale of age-restricted products.', false, 'age-restricted products'],
  ['Restricted accounts may use certain features of the service in a limited way.', false, 'a restricted account'],
  ['Some areas of the site may be restricted if you block the use of cookies.', false, 'blocking cookies'],
  ['Your administrator may restrict your ability to edit, restrict or delete information.', false, 'an administrator restricting you'],
  ['You can ask us to restrict the use of your personal information while we check it.', true, 'restrict the use of your information'],
];

for (const [sentence, expected, why] of cases) {
  test(`gdpr/right-restriction: ${why}`, () => {
    const d = disclosure(draft(sentence), 'gdpr/right-restriction');
    assert.equal(d.found, expected, sentence);
    assert.equal(d.status, expected ? 'disclosed' : 'missing', sentence);
  });
}
