// ccpa/right-know-sold-shared and ccpa/right-opt-out: a heading with nothing under it (a table's
// column header, a row label of request metrics) does not address the item. Our own drafting.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { disclosure } from '../../caseHelpers';

const cases: Array<[string, string, boolean, string]> = [
  ['ccpa/right-know-sold-shared', '# Privacy Notice\n\n## Right to Know What We Sold or Shared\n\n## Security\n\nWe protect your data.\n', false, 'a bare heading'],
  ['ccpa/right-know-sold-shared', '# Privacy Notice\n\n## Right to Know What We Sold or Shared\n\nSend us a request and we will answer.\n', true, 'a heading over its body'],
  ['ccpa/right-opt-out', '# Privacy Notice\n\n## Do Not Sell My Personal Information\n\n## Security\n\nWe protect your data.\n', false, 'a bare link title'],
  ['ccpa/right-opt-out', '# Privacy Notice\n\n## Do Not Sell My Personal Information\n\nUse the link in the footer of our website.\n', true, 'the link title over its body'],
];

for (const [id, text, expected, why] of cases) {
  test(`${id}: ${expected ? 'found' : 'not found'} (${why})`, () => {
    assert.equal(disclosure(text, id).found, expected);
  });
}
