// GDPR detector decisions on the storage period, objection, withdrawal of consent and
// erasure, read against the law. Every sentence is our own drafting; each case says which wording
// it guards, and each fix has a trap beside it.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/engine';
import { draft, isFound } from './detection-helpers';

const cases: Array<[string, string, boolean, string]> = [
  // Storage period (Art. 13(2)(a)): a period, an event that ends storage, or concrete criteria.
  // "As long as necessary" alone is not enough (Article 29 Working Party, WP260 rev.01), but it
  // addresses the item: found, with status insufficient (see cases-gdpr-retention.test.ts).
  ['gdpr/retention', draft('We keep your personal data only for as long as necessary for the purposes described in this notice.'), true, '"as long as necessary" alone: insufficient, not missing'],
  ['gdpr/retention', draft('We retain personal information for as long as needed to provide our services and to comply with our legal obligations.'), true, '"as long as needed" with generic legal obligations: insufficient'],
  ['gdpr/retention', draft('We will not keep your data for longer than is necessary for the purposes for which it is processed.'), true, '"no longer than necessary": insufficient'],
  ['gdpr/retention', draft('When we no longer need your information, we delete it or anonymise it.'), true, 'deleted when no longer needed: insufficient'],
  ['gdpr/retention', '# Privacy Notice\n\n## Data retention\n\nWe retain data for as long as is reasonably necessary and for a limited period afterwards.\n', true, 'vague statement under a retention heading: insufficient'],
  ['gdpr/retention', draft('Our retention policy ensures that data are not kept longer than necessary.'), true, 'a retention policy named, no period: insufficient'],
  ['gdpr/retention', draft('We keep your order records for 7 years.'), true, 'a period in figures'],
  ['gdpr/retention', draft('Invoices are kept for ten years after the end of the financial year.'), true, 'a period in words'],
  ['gdpr/retention', draft('Web server logs are deleted after 30 days.'), true, 'deleted after a period'],
  ['gdpr/retention', draft('We retain advertising identifiers for at most thirteen (13) months from your last visit.'), true, 'a period with the figure in brackets'],
  ['gdpr/retention', draft('We keep your personal data for as long as necessary, and in any case no longer than 24 months after your last purchase.'), true, 'vague wording with a period'],
  ['gdpr/retention', draft('We store your profile until you close your account.'), true, 'until you close your account'],
  ['gdpr/retention', draft('We use your email address for the newsletter until you withdraw your consent, and then we delete it.'), true, 'until you withdraw consent'],
  ['gdpr/retention', draft('Your data are stored for as long as your account is active.'), true, 'as long as the account is active'],
  ['gdpr/retention', draft('Contract data are deleted at the end of the contract.'), true, 'deleted at the end of the contract'],
  ['gdpr/retention', draft('When you close your account, we delete your profile and your uploads.'), true, 'deleted when you close your account'],
  ['gdpr/retention', draft('Some cookies are deleted when you close your browser.'), false, 'closing the browser ends a cookie, not the storage of your data'],
  ['gdpr/retention', draft('We keep billing records as required by statutory retention periods under tax and commercial law.'), true, 'statutory retention periods'],
  ['gdpr/retention', draft('We store correspondence until the limitation periods for legal claims have expired.'), true, 'limitation periods'],
  ['gdpr/retention', draft('The criteria we use to decide how long we keep data include the nature of the data and our legal obligations.'), true, 'criteria named'],
  ['gdpr/retention', draft('The retention period depends on the type of data and on legal obligations that apply to us.'), true, 'what the period depends on'],
  ['gdpr/retention', draft('The retention period depends on the purposes for which we use the data.'), true, 'depends on the purposes: "as long as necessary" in other words, insufficient'],
  ['gdpr/retention', draft('To determine the appropriate retention period, we consider the amount, nature and sensitivity of the data and the risk of harm.'), true, 'the factors we consider'],
  ['gdpr/retention', '# Privacy Notice\n\n## How long we keep your information\n\nWe think about what type of information it is, how sensitive it is and any legal requirements.\n', true, 'plain-language criteria under a retention heading'],
  ['gdpr/retention', draft('Persistent cookies stay on your device until you delete them.'), false, 'a cookie kept until you clear it'],
  ['gdpr/retention', draft('Cookies are either persistent (i.e. they remain on your device until you delete them) or temporary.'), false, 'a cookie explained with "i.e."'],
  ['gdpr/retention', draft('Your photos are stored until you delete them.'), true, 'your content kept until you delete it'],
  ['gdpr/retention', draft('Unless you request the deletion of your account, we retain most of your personal data.'), true, 'kept unless you delete the account'],
  ['gdpr/retention', draft('We will respond to your request to delete your data within 30 days.'), false, 'the time to answer a request is not a storage period'],
  ['gdpr/retention', draft('You have the right to erasure right after you withdraw consent, where no other ground applies.'), false, 'a ground of erasure'],
  ['gdpr/retention', draft('Please note that some information such as your login is kept for one year after deletion, right after which it is erased.'), true, '"right after" is not the right to erasure'],
  ['gdpr/retention', draft('We do not store data of children under 16 years of age.'), false, 'an age is not a period'],
  ['gdpr/retention', draft('Our support team stores tickets in a system available 24 hours a day.'), false, 'a rate is not a period'],
  // Right to object (Art. 21): objecting to the use of one's data for direct marketing is Art. 21(2)/(3);
  // leaving a mailing list or unsubscribing from e-mails is not stated as that right.
  ['gdpr/right-objection', '# Privacy Notice\n\nYou have the right to request that we:\n\n- give you a copy of your data;\n- prevent the processing of your personal data for direct-marketing purposes;\n', true, 'preventing processing for direct marketing, in a rights list'],
  ['gdpr/right-objection', draft('You can ask us at any time to stop the use of your personal information for marketing.'), true, 'stopping the use of your data for marketing'],
  ['gdpr/right-objection', draft('If you do not want us to use your personal data for marketing purposes, contact us at any time to opt out.'), true, 'opting out of the use of your data for marketing'],
  ['gdpr/right-objection', draft('You may opt out of marketing e-mails at any time using the link in each e-mail.'), false, 'unsubscribing from e-mails'],
  ['gdpr/right-objection', draft('Our contracts prevent partners from using your data for their own marketing.'), false, 'a restriction on partners, not your right'],
  // Withdrawal of consent (Art. 7(3), 13(2)(c)) in plain words, where consent is in view.
  ['gdpr/right-withdraw-consent', draft('You can switch these cookies on or off at any time and you can always change your mind. We only use them if you have agreed.'), true, 'change your mind, consent in the next sentence'],
  ['gdpr/right-withdraw-consent', draft('If you have given us permission to send you offers, you can change your mind at any time.'), true, 'change your mind about a permission'],
  ['gdpr/right-withdraw-consent', '# Privacy Notice\n\nYou have the right to:\n\n- get a copy of your information;\n- change your mind, and ask us to stop using your information.\n', true, 'change your mind in a list of rights'],
  ['gdpr/right-withdraw-consent', draft('If you change your mind about an order, you can cancel it within 14 days.'), false, 'changing your mind about an order'],
  ['gdpr/right-withdraw-consent', draft('By using the site you agree to these terms. If you change your mind, you can delete your account.'), false, 'agreeing to terms is not consent to processing'],
  ['gdpr/right-withdraw-consent', '# Privacy Notice\n\nOur shop offers:\n\n- free delivery;\n- change your mind with free returns.\n', false, 'a list that is not of rights'],
  ['gdpr/right-withdraw-consent', draft('You can unsubscribe from our newsletter at any time using the link in each e-mail.'), false, 'leaving a newsletter, not framed as consent'],
  // Erasure (Art. 17): deleting a piece of content is not the erasure of personal data.
  ['gdpr/right-erasure', draft('You can mark an item as a favourite or choose to delete it.'), false, 'deleting an item of content'],
  ['gdpr/right-erasure', draft('You can also choose to delete the project, which will permanently remove it from our servers.'), false, 'deleting a project'],
  ['gdpr/right-erasure', draft('If your information is wrong, you can ask us to correct it or delete it.'), true, '"delete it" where "it" is your information'],
  ['gdpr/right-erasure', '# Privacy Notice\n\nYou have the right to:\n\n- ask us to correct information that is wrong, to delete it or to limit its use\n', true, '"delete it" in a rights list after "information"'],
  ['gdpr/right-erasure', draft('This section sets out our policies on the retention and deletion of personal information.'), false, 'a retention policy is not the right'],
  ['gdpr/right-erasure', draft('You may ask us to delete your data at any time, as set out in our rules on the retention and deletion of personal data.'), true, 'the right beside a retention policy stays'],
];

for (const [id, text, expected, why] of cases) {
  test(`${id}: ${why}`, () => {
    assert.equal(isFound(text, id), expected, text);
  });
}

test('gdpr/retention: the insufficient finding explains that "as long as necessary" is not enough', () => {
  const text = draft('We keep your personal data only for as long as necessary for the purposes described in this notice.');
  const f = analyze({ text, config: { settings: { regimes: ['gdpr'] } } }).report.findings.find((x) => x.code === 'gdpr/retention');
  assert.ok(f, 'the storage period is reported insufficient');
  assert.match(f.message, /"as long as necessary"[^.]*not enough/);
  assert.match(f.message, /WP260/);
});
