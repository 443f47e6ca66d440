// Right to data portability (Art. 20): a reusable, structured copy or transmission to another controller at the person's request; our own transfers to processors or buyers are other senses.
// Every sentence is our own drafting. Affirming cases must be disclosed; traps use the same words
// in another sense and must not be found.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { disclosure, draft } from '../../caseHelpers';

const cases: Array<[string, boolean, string]> = [
  ['You can take your data to another service.', true, 'take your data to another service'],
  ['You may move your data to another provider.', true, 'move your data'],
  ['You can ask us to send your data to another company.', true, 'send it on at your request'],
  ['You may receive your data in a structured, commonly used format.', true, 'structured, commonly used'],
  ['You have the right to receive the data you gave us in a format you can reuse.', true, 'a reusable format'],
  ['We may transfer your data to another company if we are acquired.', false, 'a business transfer'],
  ['We send your data to another service provider who hosts our servers.', false, 'our processor'],
];

for (const [sentence, expected, why] of cases) {
  test(`gdpr/right-portability: ${why}`, () => {
    const d = disclosure(draft(sentence), 'gdpr/right-portability');
    assert.equal(d.found, expected, sentence);
    assert.equal(d.status, expected ? 'disclosed' : 'missing', sentence);
  });
}
