// What clauses are filled with: the draft's own name and e-mail addresses, read cautiously.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, resolveClauseValues } from '../../server/src/engine';
import { emailsIn } from '../../server/src/engine/clauses/values';

const values = (text: string, config?: Parameters<typeof analyze>[0]['config']) => {
  const a = analyze({ text, config });
  return resolveClauseValues(a.doc, a.options);
};

test('the defined name: legal name before the parenthesis, short name inside it', () => {
  assert.deepEqual(
    values('Privacy Policy\nLast updated June 1, 2026\nNorthwind Traders, Inc. (“Northwind,” “we,” “us” and/or “our”) sells tea.\n'),
    { controllerName: 'Northwind Traders, Inc.', shortName: 'Northwind' },
  );
  // The sentence before is not part of the name.
  assert.equal(values('Visit www.example.com. Example ApS (hereinafter "Example", "We") cares.\n').controllerName, 'Example ApS');
  assert.equal(values('Welcome! Contoso Labs ("we", "us") builds apps.\n').controllerName, 'Contoso Labs');
  // No definition, no guess.
  assert.equal(values('We sell tea. Contact us.\n').controllerName, undefined);
});

test('e-mail addresses: the first, the privacy one, the DPO one; glued scraped text is cut off', () => {
  const v = values('Write to hello@shop.example. For privacy matters, privacy@shop.example; our DPO: dpo@shop.example.\n');
  assert.equal(v.email, 'hello@shop.example');
  assert.equal(v.privacyEmail, 'privacy@shop.example');
  assert.equal(v.dpoEmail, 'dpo@shop.example');
  assert.deepEqual(emailsIn('Mail info@shop.example.CHILDREN We do not'), ['info@shop.example']);
  assert.deepEqual(emailsIn('not @ an address, nor a@b'), []);
});

test('declared organization details win', () => {
  const v = values('Contoso Labs ("we") writes to hello@contoso.example.\n', {
    settings: { organization: { name: 'Contoso Labs GmbH', email: 'info@contoso.example', privacyEmail: 'privacy@contoso.example', address: 'Berlin' } },
  });
  assert.equal(v.controllerName, 'Contoso Labs GmbH');
  assert.equal(v.email, 'info@contoso.example');
  assert.equal(v.privacyEmail, 'privacy@contoso.example');
  assert.equal(v.address, 'Berlin');
});
