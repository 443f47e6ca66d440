// Conditional GDPR items: the processing profile decides; undeclared, the text's implications do;
// still unknown, the item is reported at information severity and asks the drafter to decide.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/engine';
import { disclosure, draft } from './detection-helpers';

const plain = draft('We collect your name and e-mail address to answer your questions.');

test('DPO: declared true → required and reported as a warning; declared false → not applicable; undeclared → conditional', () => {
  assert.equal(disclosure(plain, 'gdpr/dpo-contact', { dpo: true }).required, 'always');
  assert.equal(disclosure(plain, 'gdpr/dpo-contact', { dpo: false }).required, 'not-applicable');
  const undeclared = disclosure(plain, 'gdpr/dpo-contact');
  assert.equal(undeclared.required, 'conditional');
  const r = analyze({ text: plain }).report;
  assert.equal(r.findings.find((f) => f.code === 'gdpr/dpo-contact')?.severity, 'information');
  const declared = analyze({ text: plain, config: { settings: { dpo: true } } }).report;
  assert.equal(declared.findings.find((f) => f.code === 'gdpr/dpo-contact')?.severity, 'warning');
  assert.equal(analyze({ text: plain, config: { settings: { dpo: false } } }).report.findings.some((f) => f.code === 'gdpr/dpo-contact'), false);
});

test('withdrawal of consent: required when the text relies on consent, or the profile lists consent', () => {
  const relies = draft('We send newsletters only with your consent.');
  const d = disclosure(relies, 'gdpr/right-withdraw-consent');
  assert.equal(d.found, false);
  assert.equal(d.required, 'always');
  assert.equal(disclosure(plain, 'gdpr/right-withdraw-consent').required, 'conditional');
  assert.equal(disclosure(plain, 'gdpr/right-withdraw-consent', { basis: ['contract', 'consent'] }).required, 'always');
  assert.equal(disclosure(relies, 'gdpr/right-withdraw-consent', { basis: ['contract'] }).required, 'not-applicable');
});

test('legitimate interests: the profile basis decides; a text that names the basis makes the description required', () => {
  assert.equal(disclosure(plain, 'gdpr/legitimate-interests', { basis: ['legitimate interests'] }).required, 'always');
  assert.equal(disclosure(plain, 'gdpr/legitimate-interests', { basis: ['contract'] }).required, 'not-applicable');
  assert.equal(disclosure(plain, 'gdpr/legitimate-interests').required, 'conditional');
});

test('naming legitimate interests as a basis requires their description; the bare name is not one', () => {
  const named = draft('We process your data on the basis of our legitimate interests.');
  const d = disclosure(named, 'gdpr/legitimate-interests');
  // Addressed but not described: insufficient (WP260 rev.01), not disclosed.
  assert.equal(d.status, 'insufficient');
  assert.equal(d.required, 'always');
  const described = draft('We rely on our legitimate interest in preventing fraud and keeping our service secure.');
  assert.equal(disclosure(described, 'gdpr/legitimate-interests').found, true);
  // The right to object names the basis but neither describes nor asserts reliance on it.
  const objection = draft('You may object to processing based on our legitimate interests.');
  assert.equal(disclosure(objection, 'gdpr/legitimate-interests').found, false);
  assert.equal(disclosure(objection, 'gdpr/legitimate-interests').required, 'conditional');
});

test('transfers, other sources and automated decisions follow the profile', () => {
  assert.equal(disclosure(plain, 'gdpr/international-transfers', { transfers: true }).required, 'always');
  assert.equal(disclosure(plain, 'gdpr/international-transfers', { transfers: false }).required, 'not-applicable');
  assert.equal(disclosure(plain, 'gdpr/data-source', { indirectSources: true }).required, 'always');
  assert.equal(disclosure(plain, 'gdpr/data-source', { indirectSources: false }).required, 'not-applicable');
  assert.equal(disclosure(plain, 'gdpr/automated-decision-making', { automatedDecisions: true }).required, 'always');
  assert.equal(disclosure(plain, 'gdpr/automated-decision-making', { automatedDecisions: false }).required, 'not-applicable');
  assert.equal(disclosure(plain, 'gdpr/automated-decision-making').required, 'conditional');
});

test('a negative statement discloses the position and makes the item not applicable; a positive one makes it required', () => {
  const stays = draft('We do not transfer your personal data outside the EEA.');
  assert.equal(disclosure(stays, 'gdpr/international-transfers').found, true);
  assert.equal(disclosure(stays, 'gdpr/international-transfers').required, 'not-applicable');
  const leaves = draft('We transfer personal data to the United States under standard contractual clauses.');
  assert.equal(disclosure(leaves, 'gdpr/international-transfers').required, 'always');
  const noAdm = draft('We do not make decisions based solely on automated processing.');
  assert.equal(disclosure(noAdm, 'gdpr/automated-decision-making').found, true);
  assert.equal(disclosure(noAdm, 'gdpr/automated-decision-making').required, 'not-applicable');
  const indirect = draft('We receive information about you from our advertising partners.');
  assert.equal(disclosure(indirect, 'gdpr/data-source').required, 'always');
});

test('found reports detection regardless of applicability', () => {
  const text = draft('You can reach our data protection officer at dpo@example.com.');
  const d = disclosure(text, 'gdpr/dpo-contact', { dpo: false });
  assert.equal(d.found, true);
  assert.equal(d.required, 'not-applicable');
});

test('the profile can come from the front matter of a Markdown draft', () => {
  const text = '---\ndpo: true\nbasis: [contract, consent]\n---\n# Privacy Notice\n\nWe collect your name.\n';
  const r = analyze({ text }).report;
  assert.equal(r.disclosures.find((d) => d.id === 'gdpr/dpo-contact')?.required, 'always');
  assert.equal(r.disclosures.find((d) => d.id === 'gdpr/right-withdraw-consent')?.required, 'always');
  assert.equal(r.disclosures.find((d) => d.id === 'gdpr/legitimate-interests')?.required, 'not-applicable');
});
