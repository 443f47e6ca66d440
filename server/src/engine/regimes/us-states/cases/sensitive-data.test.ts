// us-states/sensitive-data: sensitive data and consent. Our own drafting.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { disclosure, draft, foundCases } from '../../caseHelpers';

const ID = 'us-states/sensitive-data';
foundCases(ID, [
  [draft('We process sensitive data, such as precise geolocation, only with your consent.'), true, 'consent for sensitive data'],
  [draft('We do not collect or process sensitive personal data.'), true, 'none processed'],
  [draft('We ask for your opt-in consent before we process biometric data from our fitting-room scanner.'), true, 'a named sensitive category with consent'],
  [draft('We collect your name and e-mail address.'), false, 'no sensitive data'],
  [draft('Our staff receive training on handling sensitive documents.'), false, 'sensitive documents, not data'],
  [draft('Wherever we collect sensitive information such as credit card data, it is encrypted.'), false, 'card data is no sensitive data'],
]);

test(`${ID}: sensitive data named without consent is insufficient, not missing`, () => {
  const d = disclosure(draft('We collect sensitive personal data to personalise your plan.'), ID);
  assert.equal(d.status, 'insufficient');
});

test(`${ID}: required when the text names sensitive data, undecided when it does not`, () => {
  assert.equal(disclosure(draft('We collect health information you enter in the app.'), ID).required, 'always');
  assert.equal(disclosure(draft('We collect your name.'), ID).required, 'conditional');
});
