// Contact details of the controller (Art. 13(1)(a), 14(1)(a)) and of the DPO (Art. 13(1)(b),
// 14(1)(b)): disclosed by a concrete channel, not by an invitation to "contact us" or by naming
// the DPO. Drafts we wrote; each row says why.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { disclosure, draft } from './detection-helpers';

const CONTROLLER = 'gdpr/controller-contact';
const DPO = 'gdpr/dpo-contact';

const cases: Array<[string, string, boolean, string]> = [
  [CONTROLLER, draft('We process your data to run the service.', 'If you have any questions about this policy, please contact us.'), false, 'an invitation without any channel (the web page link is lost)'],
  [CONTROLLER, '# Privacy Notice\n\nWe are Example Ltd; you can reach us at hello@example.com at any time.\n\n## Your rights\n\nYou may ask for a copy of your data.\n\n## Contact\n\nPlease contact us with any questions.\n', true, 'an e-mail address in the introduction, the contact section only inviting'],
  [CONTROLLER, draft('Shopco Ltd ("we") runs this website.', 'We use Example Analytics, a service of Example Analytics LLC, 1600 Sample Parkway, Mountain View, CA 94043, to measure visits.', 'You can contact us with questions.'), false, 'a processor’s postal address is not ours'],
  [CONTROLLER, draft('Questions? Write to us at Example GmbH, Musterstraße 12, 10115 Berlin.'), true, 'our postal address'],
  [CONTROLLER, draft('You can contact us at [email protected] with any questions.'), true, 'a scraped e-mail link ("[email protected]") is still an e-mail channel'],
  [CONTROLLER, draft('You can contact us by e-mail at privacy [at] example [dot] com.'), true, 'an obfuscated e-mail address'],
  [CONTROLLER, draft('If you have questions, you can contact us using the contact form on our website.'), true, 'a contact form offered'],
  [CONTROLLER, draft('Questions about this policy may be submitted via https://support.example.com.', 'Example Ltd runs example.com.'), true, 'a web address for contacting us'],
  [CONTROLLER, draft('You can complain to the supervisory authority, the Information Commissioner, at casework@ico.org.uk.', 'Please contact us with questions.'), false, 'an authority’s address is not ours'],
  [CONTROLLER, draft('If you have questions, please contact our data protection officer at dpo@example.com.', 'Example Ltd operates example.com.'), true, 'an in-house DPO’s mailbox at our domain reaches us'],
  [DPO, draft('We have appointed a data protection officer.', 'You can contact us at hello@example.com.'), false, 'a DPO named without a way to reach the DPO'],
  [DPO, draft('You can reach our data protection officer at dpo@example.com.'), true, 'the DPO’s e-mail'],
  [DPO, draft('Our data protection officer can be contacted at privacy@example.com.'), true, 'a shared mailbox given for the DPO'],
  [DPO, draft('Example Ltd, 1 High Street, London SW1A 1AA.', 'You can contact our data protection officer at the address above.'), true, 'a pointer from the DPO to the address given'],
  [DPO, draft('For measurement, contact Sample Metrics at dpo@samplemetrics.net.', 'You can contact us at hello@example.com.'), false, 'another company’s DPO mailbox'],
  [DPO, '---\ndpo: false\n---\n# Privacy Policy\n\nLast updated: 2 March 2026\n\nRiverside Kayaks Ltd, 9 Mill Lane, Exeter EX1 1AA, is the controller of your personal data.\n', false, 'the front matter’s `dpo: false` is not a label on the address under the title'],
];

for (const [id, text, expected, why] of cases) {
  test(`${id}: ${expected ? 'found' : 'missing'}: ${why}`, () => {
    const d = disclosure(text, id);
    assert.equal(d.found, expected, why);
    for (const e of d.evidence) assert.equal(text.slice(e.start, e.end), e.text);
  });
}

test('evidence: the sentence holding the channel, with the invitation just before it', () => {
  const text = '# Privacy Notice\n\nWe run a shop.\n\n## Contact us\n\nIf you have questions about this policy, please contact us:\n\nEmail: privacy@example.com\n';
  const d = disclosure(text, CONTROLLER);
  assert.equal(d.found, true);
  assert.deepEqual(d.evidence.map((e) => e.text), ['If you have questions about this policy, please contact us:', 'Email: privacy@example.com']);
});

test('a DPO named without contact details: dpo-contact is required and missing', () => {
  const d = disclosure(draft('We have appointed a data protection officer.', 'You can contact us at hello@example.com.'), DPO);
  assert.equal(d.found, false);
  assert.equal(d.required, 'always');
  const none = disclosure(draft('We have not appointed a data protection officer.', 'You can contact us at hello@example.com.'), DPO);
  assert.equal(none.required, 'not-applicable');
  assert.equal(disclosure(draft('You can contact us at hello@example.com.'), DPO).required, 'conditional');
});
