// CalOPPA and COPPA detectors.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { catalogFor } from '../../server/src/engine';
import { disclosure, draft, isFound } from './detection-helpers';

test('CalOPPA and COPPA catalogs, with their statutes', () => {
  assert.deepEqual(catalogFor('caloppa').map((r) => r.id).sort(), ['caloppa/change-notification', 'caloppa/do-not-track', 'caloppa/effective-date', 'caloppa/third-party-tracking']);
  for (const r of catalogFor('caloppa')) assert.match(r.refs[0].cite, /Cal\. Bus\. & Prof\. Code § 22575/);
  assert.deepEqual(catalogFor('coppa').map((r) => r.id), ['coppa/children']);
  assert.equal(catalogFor('coppa')[0].refs[0].cite, '16 CFR 312.4(d)');
});

const cases: Array<[string, string, boolean, string?]> = [
  ['caloppa/effective-date', draft('This policy is effective as of 1 January 2025.'), true],
  ['caloppa/effective-date', draft('This policy is effective immediately.'), false, 'no date'],
  ['caloppa/do-not-track', draft('We do not currently respond to browser Do Not Track signals.'), true],
  ['caloppa/change-notification', draft('If we make material changes to this policy, we will notify you by e-mail before they take effect.'), true],
  ['caloppa/change-notification', draft('We retain the right to change this policy.'), false, 'a right to change says nothing about how readers learn of it'],
  ['caloppa/third-party-tracking', draft('Advertising partners may collect information about your online activities over time and across different websites.'), true],
  ['caloppa/third-party-tracking', draft('We collect your name when you register.'), false],
  ['coppa/children', draft('Our service is not directed to children under 13 and we do not knowingly collect their personal information.'), true, 'the general-audience statement'],
  ['coppa/children', draft('Parents may review or delete the information we collected from their child and refuse further collection.'), true],
  ['coppa/children', draft('We collect your name and e-mail address.'), false],
];

for (const [id, text, expected, why] of cases) {
  test(`${id}: ${expected ? 'found' : 'not found'} in "${text.replace(/^# Privacy Notice\s+/, '').trim().slice(0, 70)}"${why ? ` (${why})` : ''}`, () => {
    assert.equal(isFound(text, id), expected);
  });
}

test('COPPA requirement follows the declared children fact', () => {
  const text = draft('We collect your name.');
  assert.equal(disclosure(text, 'coppa/children').required, 'always');
  assert.equal(disclosure(text, 'coppa/children', { children: false }).required, 'not-applicable');
});
