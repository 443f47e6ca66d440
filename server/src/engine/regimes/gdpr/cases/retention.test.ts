// Storage period (Art. 13(2)(a) / 14(2)(a)), decided cases. The judging guide counts any statement
// about how long data are kept, the criteria, or keeping and deleting over time; WP260 rev.01 says a
// bare "as long as necessary" falls short of the law. So a period, an ending event or concrete
// criteria disclose the item; a need-based statement or a denial limited to some data makes it
// insufficient (found, with a finding); a stray storage word does not count. Every sentence is our
// own drafting.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { disclosure, draft } from '../../caseHelpers';

type Status = 'disclosed' | 'insufficient' | 'missing';
const ID = 'gdpr/retention';

const cases: Array<[string, Status, string]> = [
  // Need-based statements: they address the item, without the period or criteria the law asks for.
  [draft('We retain your data as long as necessary for the purposes described in this notice.'), 'insufficient', '"as long as necessary"'],
  [draft('We keep it only as long as needed to run the service.'), 'insufficient', '"as long as needed" (keep)'],
  [draft('Your profile is kept so long as we need it.'), 'insufficient', '"so long as we need it" (kept)'],
  [draft('The shop keeps order details only for as long as is reasonably required.'), 'insufficient', '"keeps" with "reasonably required"'],
  [draft('We will not keep your data longer than necessary.'), 'insufficient', '"not longer than necessary" is not a denial'],
  [draft('Customer records are retained no longer than is needed for the purposes above.'), 'insufficient', '"no longer than needed" (retained)'],
  [draft('We delete data when no longer needed.'), 'insufficient', 'deleted when no longer needed'],
  [draft('When we no longer need your information, we erase it or make it anonymous.'), 'insufficient', 'erased when we no longer need it'],
  [draft('Storing your messages is limited to the time necessary to deliver them.'), 'insufficient', '"storing" for the time necessary'],
  [draft('We hold booking data for a limited period after your stay.'), 'insufficient', 'a limited period, not a period'],
  [draft('Diagnostic files are deleted once the purpose for collecting them has been fulfilled.'), 'insufficient', 'deleted once the purpose is fulfilled'],
  [draft('We will cease to retain your details when retention no longer serves a business purpose.'), 'insufficient', 'cease to retain'],
  [draft('Some records may be retained where we must meet our legal obligations.'), 'insufficient', 'kept for legal obligations in general words'],
  [draft('How long we store your details depends on the purposes, and the retention period may vary accordingly.'), 'insufficient', 'the period depends on the purposes'],
  [draft('We use your location to show nearby stops, but we do not store the information.'), 'insufficient', 'a denial for the data just named'],
  [draft('Such data are never retained on our servers.'), 'insufficient', 'a passive denial in general words'],
  ['# Privacy Notice\n\n## Data retention\n\nWe retain data for as long as is reasonably necessary and for a limited period afterwards.\n', 'insufficient', 'vague wording under a retention heading'],
  [draft('Drafts are stored only temporarily on our servers.'), 'insufficient', 'kept temporarily: a time, not a period'],
  [draft('We hold your details only for as long as we are lawfully entitled to.'), 'insufficient', 'as long as lawfully entitled'],
  // Periods, events and criteria disclose it.
  [draft('Comments you post and their metadata are retained indefinitely.'), 'disclosed', 'an open-ended period is a period'],
  [draft('Contact names sent to the speaker are discarded immediately after use.'), 'disclosed', 'discarded straight after use'],
  [draft('We do not retain any personal data from your use of the app.'), 'disclosed', 'a plain denial: nothing is kept'],
  [draft('We keep your data as long as necessary, and at most 18 months after your last login.'), 'disclosed', 'a period beside the vague wording'],
  [draft('The studio keeps its invoices for ten years.'), 'disclosed', 'a period'],
  [draft('We retain your profile until you close your account.'), 'disclosed', 'an ending event'],
  // Traps: storage words that say nothing of keeping or deleting over time.
  [draft('We store your data on secure servers with encryption.'), 'missing', 'where and how, not how long'],
  [draft('Please keep your password confidential.'), 'missing', 'keeping a password secret'],
  [draft('We keep you informed about new features as long as you want.'), 'missing', 'keeping someone informed'],
  [draft('We do not hold ourselves responsible for content on linked sites.'), 'missing', 'holding oneself responsible'],
  [draft('Passwords are never stored in plain text.'), 'missing', 'how a password is kept, not how long'],
  [draft('We do not store data of children under 16 years of age.'), 'missing', 'not collecting children\'s data'],
  [draft('We never store your card number; the payment provider handles it.'), 'missing', 'not keeping a card number is payment security, not a storage period'],
  [draft('Card numbers are never stored by the app.'), 'missing', 'a passive denial for card numbers'],
  ['# Privacy Notice\n\nYou may:\n\n- have your data deleted where we have no legal requirement to retain it\n', 'missing', 'the right to erasure with its exception'],
  [draft('You may ask us to restrict processing where we no longer need the data but you need it for a legal claim.'), 'missing', 'a ground of the right to restriction'],
  [draft('You have the right to erasure where the data are no longer necessary for the purposes for which they were collected.'), 'missing', 'a ground of the right to erasure'],
  [draft('We will respond to your request to delete your data as soon as reasonably necessary.'), 'missing', 'the time to answer a request'],
  [draft('We maintain appropriate security measures for as long as we process data.'), 'missing', 'security kept up, not data kept'],
];

for (const [text, status, why] of cases) {
  test(`${ID} case: ${why}`, () => {
    const d = disclosure(text, ID);
    assert.equal(d.status, status, text);
    assert.equal(d.found, status !== 'missing', text);
  });
}
