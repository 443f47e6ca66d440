// gdpr/consent-by-use: a sentence that infers consent (or agreement to the policy) from the use
// of the service. Using, visiting or installing is not a freely given, specific, informed and
// unambiguous act (Art. 4(11)); the controller must be able to show a distinct consent (Art. 7).
// "If you do not agree with this policy, do not use the app" says the same thing in reverse and is
// reported too. Agreeing to contract terms and real consent statements are not. Our own sentences.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../../index';
import { draft } from '../../caseHelpers';

const ID = 'gdpr/consent-by-use';

function reported(text: string, regimes: string[] = ['gdpr']): string[] {
  const r = analyze({ text, config: { settings: { regimes } } }).report;
  return r.findings.filter((f) => f.code === ID).map((f) => text.slice(f.start, f.end));
}

const cases: Array<[string, boolean, string]> = [
  ['By using our app you agree to the processing of your personal data.', true, 'consent by use'],
  ['By using the Service, you consent to the collection and use of information in accordance with this policy.', true, 'consent by use, policy named'],
  ['If you choose to use my app, then you agree to the collection and use of information in relation to this policy.', true, '"if you choose to use … then you agree"'],
  ['By accessing or browsing this site, you are consenting to our privacy policy.', true, 'agreement to the policy by browsing'],
  ['You consent to the storage of your data on our servers by installing the app.', true, 'the act named after the assent'],
  ['Your continued use of the service constitutes your acceptance of the collection of data described here.', true, 'use constitutes acceptance'],
  ['If you do not agree with this privacy policy, please do not use the app.', true, 'the reverse wording: use means agreement'],
  ['If you disagree with this policy, uninstall the app.', true, 'the reverse wording with uninstall'],
  ['By using the app you agree to our Terms of Service.', false, 'contract terms, not processing'],
  ['If you do not agree to these terms, do not use the app.', false, 'contract terms in the reverse wording'],
  ['We ask for your consent before we access your photos.', false, 'a real consent request'],
  ['We process your email address based on your consent, which you may withdraw at any time.', false, 'consent as a basis'],
  ['When you use the app, we ask you to consent to the use of cookies through a banner.', false, 'consent asked for as a separate act'],
  ['By using the app you acknowledge that we process data as described in this notice.', false, 'acknowledging information is not claiming consent'],
  ['If you keep using the service after we post changes to this policy, you accept the revised policy.', false, 'a change clause, not the basis'],
  ['By visiting sites we link to, you are agreeing to the privacy policies of those sites.', false, 'other sites\' policies, not our processing'],
  ['By using the app you confirm that you have agreed to the Terms of Use and read this Privacy Notice.', false, 'agreement to terms, the notice only read'],
  ['If you are located outside the EEA, by using the app you accept the practices described in this policy.', false, 'addressed to people outside the EEA'],
  ['If you do not accept the changes made to this policy, please stop using the app.', false, 'a change clause in the reverse wording'],
  ['By continuing to browse, you agree to our use of cookies as described in our cookie policy.', true, 'cookies accepted by browsing'],
  ['By clicking "I agree", you consent to the processing of your health data for this study.', false, 'a clear affirmative act, not use'],
];

test('consent by use: cases', () => {
  for (const [sentence, expected, why] of cases) {
    assert.equal(reported(draft(sentence)).length > 0, expected, `${why}: ${sentence}`);
  }
});

test('consent by use: only with the GDPR checked, not in a passage for US readers only', () => {
  const s = 'By using our app you agree to the processing of your personal data.';
  assert.equal(reported(draft(s), ['ccpa']).length, 0);
  assert.equal(reported(`# Privacy Notice\n\n## Notice to California residents\n\n${s}\n`).length, 0);
  const found = reported(draft(s));
  assert.deepEqual(found, [s]);
});
