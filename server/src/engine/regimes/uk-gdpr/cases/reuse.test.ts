// The UK items reuse the GDPR items' detectors: the same sentence discloses both, a trap of the
// GDPR item is a trap of the UK item, and the requirement decisions (which read the catalog's
// findings by id) work under the UK ids. Every sentence is our own drafting.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { disclosure, draft } from '../../caseHelpers';
import { catalogFor } from '../../../index';

const pairs: Array<[string, string, boolean, string]> = [
  ['retention', 'We keep your account data for two years after you close your account.', true, 'a period'],
  ['retention', 'We store cookies on your device.', false, 'storing is not keeping over time'],
  ['legal-basis', 'We process your order details because we need them to perform our contract with you.', true, 'contract'],
  ['legal-basis', 'By using our website you agree to this notice.', false, 'consent by use is no basis'],
  ['right-erasure', 'You can ask us to delete the personal data we hold about you.', true, 'deletion on request'],
  ['right-erasure', 'You can uninstall the app at any time.', false, 'uninstalling'],
  ['right-withdraw-consent', 'Where we rely on your consent, you can withdraw it at any time.', true, 'withdrawal'],
  ['statutory-requirement', 'Giving us your phone number is optional.', true, 'optional data'],
  ['right-access', 'You can ask us for a copy of your personal data.', true, 'a copy'],
  ['dpo-contact', 'You can reach our data protection officer at dpo@example.co.uk.', true, 'a DPO e-mail'],
];

for (const [item, sentence, expected, why] of pairs) {
  test(`uk-gdpr/${item} finds what gdpr/${item} finds (${why})`, () => {
    const text = draft(sentence);
    assert.equal(disclosure(text, `uk-gdpr/${item}`).found, expected, sentence);
    assert.equal(disclosure(text, `gdpr/${item}`).found, expected, sentence);
  });
}

test('requirement decisions read the UK ids: a DPO mentioned makes uk-gdpr/dpo-contact required, the profile decides otherwise', () => {
  assert.equal(disclosure(draft('Our data protection officer is Jane Doe.'), 'uk-gdpr/dpo-contact').required, 'always');
  assert.equal(disclosure(draft('We use your e-mail address to send receipts.'), 'uk-gdpr/dpo-contact', { dpo: false }).required, 'not-applicable');
  assert.equal(disclosure(draft('Where we rely on your consent, you can withdraw it at any time.'), 'uk-gdpr/right-withdraw-consent').required, 'always');
});

test('a "California residents" passage does not disclose a UK item', () => {
  const text = '# Privacy Notice\n\nWe sell nothing.\n\n## Your California Privacy Rights\n\nCalifornia residents may ask us to delete the personal information we hold about them.\n';
  assert.equal(disclosure(text, 'uk-gdpr/right-erasure').found, false);
});

test('every UK item cites the UK GDPR (and the DPA 2018 where it applies) and links to legislation.gov.uk', () => {
  const items = catalogFor('uk-gdpr');
  assert.equal(items.length, 21);
  for (const r of items) {
    assert.ok(r.refs.length > 0 && r.refs.every((x) => x.law === 'UK GDPR' || x.law === 'DPA 2018'), r.id);
    assert.ok(r.refs.some((x) => x.law === 'UK GDPR'), r.id);
    assert.match(r.docUrl, /^https:\/\/www\.legislation\.gov\.uk\//, r.id);
    assert.doesNotMatch(`${r.explanation} ${r.remedy}`, /\b(EEA|Member State)\b|(?<!UK )GDPR/, r.id);
  }
  assert.deepEqual(
    items.map((r) => r.id.replace('uk-gdpr/', '')),
    catalogFor('gdpr').map((r) => r.id.replace('gdpr/', '')),
  );
});
