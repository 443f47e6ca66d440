// Right to withdraw consent (Art. 13(2)(c), Art. 7(3)): consent, or a permission given, can be
// withdrawn, revoked or changed, in any wording. A plain marketing unsubscribe not tied to consent
// does not count, nor does a ground of erasure, nor consent inferred from use. Our own sentences.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { isFound, draft } from '../../caseHelpers';

const ID = 'gdpr/right-withdraw-consent';

const cases: Array<[string, boolean, string]> = [
  [draft('We process your e-mail address based on your consent, which you can withdraw at any time with effect for the future.'), true, 'withdrawable with effect for the future'],
  [draft('You may revoke your consent at any time by writing to us.'), true, 'revoke'],
  [draft('If you agreed to receive offers, you can change your mind at any time.'), true, 'change your mind about an agreement'],
  [draft('If you have opted in to text alerts, you can opt out at any time by replying STOP.'), true, 'opting out of what you opted in to'],
  [draft('Once you allow the app to use the camera, you can turn this off at any time in your device settings.'), true, 'a permission given, turned off in the settings'],
  [draft('We only read your contacts with your explicit permission, and you have the option to disable this at any time.'), true, 'a permission given, disabled'],
  [draft('You can switch off location permission for the app at any time in your device settings.'), true, 'a permission switched off'],
  [draft('If you give us your e-mail address, we send you offers. You can opt out at any time.'), false, 'giving an address is not consent; a plain opt-out'],
  [draft('You can revoke the app\'s access to your location in your phone settings.'), true, 'access given, revoked'],
  [draft('You may withdraw the information you have provided by writing to our grievance officer.'), true, 'withdrawing the information (Indian IT Rules wording)'],
  [draft('Information you provided may be withdrawn at any time on request.'), true, 'information withdrawn'],
  [draft('If you chose to receive push messages and no longer want them, you can change your notification settings on your phone.'), true, 'a choice to receive, changed in the settings'],
  [draft('You can change your notification settings on your phone.'), false, 'settings alone, no choice given'],
  [draft('Please note, you may disable certain access to your files that is on by default.'), false, 'a default access, not a permission given'],
  [draft('You can unsubscribe from our newsletter at any time using the link in each e-mail.'), false, 'a plain unsubscribe, not tied to consent'],
  [draft('You can opt out of interest-based advertising through industry tools.'), false, 'an advertising opt-out, not tied to consent'],
  [draft('We may disable your account at any time if you break the rules.'), false, 'we disable, not you withdraw'],
  [draft('By using the app you consent to the processing of your data. You can delete the app at any time.'), false, 'consent by use is no consent, and deleting the app is no withdrawal'],
  [draft('By using the app you consent to our use of cookies. You can disable cookies in your browser.'), false, 'consent by use is no consent to withdraw'],
  [draft('You may ask us to erase your data where you withdraw the consent on which the processing is based.'), false, 'a ground of erasure'],
  ['# Privacy Notice\n\nWe erase data when one of these applies:\n\n- you have withdrawn your consent to the processing and there is no other valid reason to keep it.\n', false, 'a ground of erasure in a list, "no other valid reason"'],
];

test('right to withdraw consent: cases', () => {
  for (const [text, found, why] of cases) {
    assert.equal(isFound(text, ID), found, `${why}: ${text}`);
  }
});

test('right to withdraw consent: opt-in/opt-out named as a pair, an administrator\'s power', () => {
  assert.equal(isFound(draft('You have the right to opt in or opt out of the sale of your information.'), ID), false);
  assert.equal(isFound(draft('As an account owner you may revoke a team member\'s access at any time.'), ID), false);
  assert.equal(isFound(draft('You may revoke any permissions you gave us, such as camera access, in your device settings.'), ID), true);
});
