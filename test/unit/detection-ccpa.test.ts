// CCPA/CPRA detectors: typical wordings, the sale position stated negatively, and passages that
// use the same words without disclosing the item (or address EU data subjects, not Californians).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, catalogFor } from '../../server/src/engine';
import { disclosure, draft, isFound } from './detection-helpers';

test('the CCPA catalog has exactly the 12 ids, in order', () => {
  assert.deepEqual(
    catalogFor('ccpa').map((r) => r.id),
    ['last-updated', 'categories-collected', 'categories-sold', 'categories-disclosed', 'right-delete', 'right-correct', 'right-know', 'right-know-sold-shared', 'right-opt-out', 'right-limit', 'non-discrimination', 'request-methods'].map((x) => `ccpa/${x}`),
  );
  for (const r of catalogFor('ccpa')) {
    assert.match(r.refs.map((x) => x.cite).join(' '), /^Cal\. Civ\. Code § 1798\.\d{3}/, r.id);
    assert.match(r.docUrl, /leginfo\.legislature\.ca\.gov.*lawCode=CIV/, r.id);
  }
});

const cases: Array<[string, string, boolean, string?]> = [
  ['ccpa/last-updated', '# Privacy Policy\n\nLast updated: March 1, 2025\n\nWe collect your name.\n', true, 'a dated heading line'],
  ['ccpa/last-updated', draft('We may update this policy from time to time.'), false, 'no date'],
  ['ccpa/categories-collected', draft('In the preceding 12 months we collected the following categories of personal information: identifiers, commercial information and internet or other electronic network activity information.'), true],
  ['ccpa/categories-sold', draft('We do not sell or share your personal information.'), true, 'the sale position stated negatively'],
  ['ccpa/categories-sold', draft('Click "Do Not Sell My Personal Information" to opt out.'), false, 'the link title is not a statement about sales'],
  ['ccpa/categories-sold', draft('If we sell our business, your data may be transferred to the buyer.'), false, 'a sale of the business'],
  ['ccpa/categories-sold', draft('In the past 12 months we have sold the following categories of personal information: identifiers and inferences.'), true],
  ['ccpa/categories-disclosed', draft('We disclosed identifiers to our service providers for a business purpose.'), true],
  ['ccpa/right-delete', draft('California residents have the right to request that we delete personal information we collected from them.'), true],
  ['ccpa/right-delete', draft('You can delete cookies through your browser.'), false],
  ['ccpa/right-correct', draft('You have the right to request that we correct inaccurate personal information.'), true],
  ['ccpa/right-correct', draft('Please ensure that the information you give us is correct.'), false, 'adjective'],
  ['ccpa/right-correct', draft('We reserve the right to amend this privacy notice at any time.'), false, 'amending the notice'],
  ['ccpa/right-correct', draft('Your state law may allow for accessing, correcting, and deletion of your personal information.'), true, 'gerunds in an enumeration'],
  ['ccpa/right-correct', draft('You may contact us about any inaccuracies you find in your profile.'), true],
  ['ccpa/right-know', draft('You have the right to know the categories and specific pieces of personal information we have collected about you.'), true],
  ['ccpa/right-know', draft('You can access the Services on any device.'), false],
  ['ccpa/right-know-sold-shared', draft('You may request the categories of third parties to whom we sold or disclosed your personal information.'), true],
  ['ccpa/right-opt-out', draft('You have the right to opt out of the sale or sharing of your personal information.'), true],
  ['ccpa/right-opt-out', '# Privacy Policy\n\n## Can I opt out of promotional e-mails?\n\nYes, use the link in each e-mail.\n', false, 'marketing e-mails are not sales'],
  ['ccpa/right-limit', draft('You may limit the use and disclosure of your sensitive personal information.'), true],
  ['ccpa/right-limit', draft('We do not use or disclose sensitive personal information for purposes other than those permitted.'), true, 'negative position'],
  ['ccpa/non-discrimination', draft('We will not discriminate against you for exercising any of your CCPA rights.'), true],
  ['ccpa/request-methods', draft('To exercise your rights, submit a request by calling 1-800-555-0100 or e-mailing privacy@example.com.'), true],
  ['ccpa/request-methods', draft('If you wish to subscribe to our newsletter, send us an e-mail.'), false],
];

for (const [id, text, expected, why] of cases) {
  test(`${id}: ${expected ? 'found' : 'not found'} in "${text.replace(/^# Privacy (Notice|Policy)\s+/, '').trim().slice(0, 70)}"${why ? ` (${why})` : ''}`, () => {
    assert.equal(isFound(text, id), expected);
  });
}

test('a right offered to EU data subjects under the GDPR does not disclose the CCPA right', () => {
  const eu = '# Privacy Policy\n\n## Rights of EEA residents under the GDPR\n\nYou may ask us to correct inaccurate personal data.\n';
  assert.equal(isFound(eu, 'ccpa/right-correct'), false);
  assert.equal(isFound(eu, 'gdpr/right-rectification'), true);
  const ca = '# Privacy Policy\n\n## California residents\n\nYou may ask us to correct inaccurate personal information.\n';
  assert.equal(isFound(ca, 'ccpa/right-correct'), true);
});

test('a web domain is not an audience: a .co.uk address does not make a section EU-only', () => {
  const text = '# Privacy Policy\n\n## Write to privacy@example.co.uk\n\nTo exercise your rights, submit a request by calling us toll-free at 1-800-555-0100.\n';
  assert.equal(isFound(text, 'ccpa/request-methods'), true);
});

test('a rights list under a California heading discloses each listed right', () => {
  const text = '# Privacy Policy\n\n## Your California privacy rights\n\nYou have the right to:\n\n- know what we collect;\n- deletion;\n- correct inaccurate information;\n- opt out of sales;\n- non-discrimination.\n';
  for (const id of ['ccpa/right-know', 'ccpa/right-delete', 'ccpa/right-correct', 'ccpa/right-opt-out', 'ccpa/non-discrimination']) assert.equal(isFound(text, id), true, id);
});

test('requirement: "we do not sell or share" makes the opt-out right not applicable; a declared sale makes it required', () => {
  const text = draft('We do not sell or share your personal information.');
  assert.equal(disclosure(text, 'ccpa/right-opt-out').required, 'not-applicable');
  assert.equal(disclosure(text, 'ccpa/categories-sold').found, true);
  const sells = disclosure(text, 'ccpa/right-opt-out', { sells: true });
  assert.equal(sells.required, 'always');
  assert.equal(disclosure(draft('We sell identifiers to marketing partners.'), 'ccpa/right-opt-out').required, 'always');
  assert.equal(disclosure(draft('We collect your name to answer your questions.'), 'ccpa/right-opt-out').required, 'conditional');
  assert.equal(disclosure(draft('If we sell our business, your data may pass to the buyer.'), 'ccpa/right-opt-out').required, 'conditional');
});

test('requirement: the right to limit is conditional unless offered or excluded, and then reported only as information', () => {
  const text = draft('We collect your name.');
  const d = disclosure(text, 'ccpa/right-limit');
  assert.equal(d.required, 'conditional');
  const f = analyze({ text, config: { settings: { regimes: ['ccpa'] } } }).report.findings.find((x) => x.code === 'ccpa/right-limit');
  assert.equal(f?.severity, 'information');
});
