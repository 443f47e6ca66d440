// The pack's scope words address UK readers: a passage scoped to the UK counts for the UK items
// and not for the CCPA; a "California residents" passage does not count for them. Our own drafting.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { disclosure } from '../../caseHelpers';

const UK_SECTION = (heading: string) => `# Privacy Notice\n\nWe run an online shop.\n\n## ${heading}\n\nYou can ask us to delete the personal data we hold about you.\n`;

for (const heading of ['Your rights in the UK', 'Rights of United Kingdom residents', 'Your rights under the UK GDPR']) {
  test(`uk-gdpr: a section headed "${heading}" discloses the UK item, not the CCPA's`, () => {
    assert.equal(disclosure(UK_SECTION(heading), 'uk-gdpr/right-erasure').found, true);
    assert.equal(disclosure(UK_SECTION(heading), 'ccpa/right-delete').found, false);
  });
}

test('uk-gdpr: a sentence that addresses UK readers is theirs, wherever it stands', () => {
  const text = '# Privacy Notice\n\n## Your California Privacy Rights\n\nCalifornia residents may ask us to delete their data.\n\nIf you live in the United Kingdom, you can ask us to delete the personal data we hold about you.\n';
  assert.equal(disclosure(text, 'uk-gdpr/right-erasure').evidence.length, 1);
});
