// Legal basis (Art. 13(1)(c), Art. 6): which sentences state a ground of Art. 6. Consent inferred
// from use of the service is not consent (Art. 4(11), Art. 7; EDPB Guidelines 05/2020) and is no
// basis unless the sentence names a real ground too. Every sentence is our own drafting.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { disclosure, draft } from '../../caseHelpers';

const ID = 'gdpr/legal-basis';

const cases: Array<[string, boolean, string]> = [
  // Real bases, in plain language.
  [draft('We process your data because we need it to perform our contract with you.'), true, 'contract in plain words'],
  [draft('We keep invoices to comply with our legal obligations.'), true, 'legal obligation as our own purpose'],
  [draft('We send you the newsletter where you have given us your consent.'), true, 'consent given as its own act'],
  [draft('We analyse usage on the basis of our legitimate interests.'), true, 'legitimate interests'],
  [draft('We ask for your consent before we read your contacts.'), true, 'consent asked for before processing'],
  [draft('We use your location only with your explicit consent, which you may withdraw.'), true, 'explicit consent'],
  [draft('Location data is collected only with consent.'), true, '"only with consent"'],
  [draft('We will not share your details with partners unless we ask you for prior consent.'), true, 'prior consent asked for'],
  [draft('We need these details to fulfil our contractual obligations towards you.'), true, 'contractual obligations'],
  ['# Privacy Notice\n\nWe rely on these grounds:\n\n- Compliance with a legal obligation, for example keeping tax records.\n', true, 'a ground in a list item'],
  [draft('We will not, without your express consent, pass your details to advertisers.'), true, 'no sharing without consent'],
  [draft('If your child has given us personal data without your consent, please contact us.'), false, 'a children\'s clause, not a basis'],
  [draft('We will not reduce your rights under this notice without your explicit consent.'), false, 'a change clause, not processing'],
  [draft('We never sell your data without your prior consent.'), true, 'no sale without consent'],
  // Consent by use: not a basis.
  [draft('By using our app you agree to the processing of your personal data.'), false, 'consent by use'],
  [draft('By using the Service, you consent to the collection and use of information in accordance with this policy.'), false, 'consent by use, "in accordance with this policy"'],
  [draft('If you choose to use our app, then you agree to the collection and use of information in relation to this notice.'), false, '"if you choose to use … you agree"'],
  [draft('By downloading the game you are consenting to the transfer of your data to other countries.'), false, 'consent to a transfer by installing'],
  [draft('Your use of the website constitutes your consent to the practices set out in this policy.'), false, 'use constitutes consent'],
  [draft('If you do not agree with this policy, please do not use the app.'), false, 'the reverse wording of consent by use'],
  [draft('By using the app you agree to our Terms of Service.'), false, 'agreeing to contract terms is not a stated basis either'],
  // Consent by use beside a real ground: the real ground stands.
  [draft('By using the app you agree to this policy.', 'We process your account data to perform our contract with you.'), true, 'a real basis elsewhere'],
  [draft('By using the app you agree to the processing of your data, which we need to perform our contract with you.'), true, 'a real ground in the same sentence'],
  // A disclosure reason is not a basis of our own processing.
  [draft('We may disclose your information to comply with legal obligations.'), false, 'a reason to disclose, not a basis'],
];

test('legal basis: cases', () => {
  for (const [text, found, why] of cases) {
    assert.equal(disclosure(text, ID).found, found, `${why}: ${text}`);
  }
});

test('legal basis: the condition of the right to withdraw is not the basis', () => {
  const text = draft('Where you have given your consent, you may withdraw it at any time.');
  assert.equal(disclosure(text, ID).found, false);
});
