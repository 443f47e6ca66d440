// Transfers outside the UK (UK GDPR Art. 13(1)(f)): the border is the UK's, the safeguards are the
// UK's (adequacy regulations, IDTA, UK Addendum, UK Extension to the DPF, BCRs, Art. 49). Every
// sentence is our own drafting.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { disclosure, draft } from '../../caseHelpers';

const ID = 'uk-gdpr/international-transfers';
const status = (...sentences: string[]) => disclosure(draft(...sentences), ID);

const found: Array<[string, boolean, string]> = [
  ['Some of our suppliers process your personal data outside the United Kingdom.', true, 'outside the United Kingdom'],
  ['Your data may be transferred outside the UK.', true, 'outside the UK'],
  ['Our customer database is hosted on servers in Ireland.', true, 'hosted in the EEA, which is abroad from the UK'],
  ['We store your order history in the European Union.', true, 'stored in the EU'],
  ['Our support team works from Canada, so your messages are processed in Canada.', true, 'a named third country (the GDPR detector)'],
  ['We do not transfer your personal data outside the UK.', true, 'a denial'],
  ['We process the personal data of customers in the EU to deliver their orders.', false, 'people in the EU, not data sent there'],
  ['If you are located outside the United Kingdom, please note that our shop delivers only within Great Britain.', false, 'where the reader lives'],
  ['Our servers in Northern Ireland keep a backup copy.', false, 'Northern Ireland is in the UK'],
  ['If you are located in the EU or the UK, this section applies to you.', false, 'where the reader is, not where data go'],
];

for (const [sentence, expected, why] of found) {
  test(`${ID}: ${expected ? 'found' : 'not found'} (${why})`, () => {
    assert.equal(status(sentence).found, expected, sentence);
  });
}

test(`${ID}: the IDTA, with how to get a copy, discloses the transfer`, () => {
  const d = status('We transfer personal data to our developers in India.', 'We rely on the International Data Transfer Agreement issued by the ICO, a copy of which you can request from us.');
  assert.equal(d.status, 'disclosed');
});

test(`${ID}: UK adequacy regulations (a data bridge) need no copy`, () => {
  assert.equal(status('Your data are stored in Japan, which is covered by UK adequacy regulations.').status, 'disclosed');
});

test(`${ID}: EU SCCs with the UK Addendum are a UK safeguard`, () => {
  const d = status('Our hosting provider stores data in the United States.', 'We use the EU standard contractual clauses together with the UK Addendum; copies are available on request.');
  assert.equal(d.status, 'disclosed');
});

test(`${ID}: EU SCCs alone are insufficient (information), and the message says why`, () => {
  const d = status('Our hosting provider stores data in the United States.', 'We use the standard contractual clauses approved by the European Commission; copies are available on request.');
  assert.equal(d.status, 'insufficient');
  assert.match(d.shortfall!.message, /not a safeguard for transfers from the UK/);
  assert.match(d.shortfall!.message, /UK Addendum/);
  assert.match(d.shortfall!.message, /IDTA/);
});

test(`${ID}: the EU-US Data Privacy Framework without its UK Extension is insufficient`, () => {
  const d = status('We transfer data to our analytics provider in the United States, which is certified under the EU-U.S. Data Privacy Framework.');
  assert.equal(d.status, 'insufficient');
  assert.match(d.shortfall!.message, /UK Extension/);
});

test(`${ID}: the UK Extension to the Data Privacy Framework is a UK safeguard`, () => {
  const d = status('We transfer data to our analytics provider in the United States, which is certified under the EU-U.S. Data Privacy Framework and its UK Extension.');
  assert.equal(d.status, 'disclosed');
});

test(`${ID}: "outside the EEA" alone does not say whether data leave the UK (insufficient, information)`, () => {
  const d = status('We may transfer your personal data outside the EEA.', 'Where we do, we rely on adequacy decisions.');
  assert.equal(d.status, 'insufficient');
  assert.match(d.shortfall!.message, /whether personal data leave the UK/);
});

test(`${ID}: "outside the EEA and the UK" speaks of the UK's border`, () => {
  const d = status('We may transfer your personal data outside the EEA and the UK.', 'Where we do, we rely on UK adequacy regulations.');
  assert.equal(d.status, 'disclosed');
});

test(`${ID}: a transfer without any safeguard is insufficient and names the UK safeguards`, () => {
  const d = status('Your data may be processed outside the United Kingdom.');
  assert.equal(d.status, 'insufficient');
  assert.match(d.shortfall!.message, /IDTA/);
});

test(`${ID}: a denial that data leave the UK makes the item not applicable`, () => {
  assert.equal(status('We do not transfer your personal data outside the UK.').required, 'not-applicable');
  assert.equal(status('We use your e-mail address to send receipts.').required, 'conditional');
});

test(`${ID}: a data processing addendum is not the UK Addendum`, () => {
  const d = status('Our hosting provider stores data in the United States.', 'We rely on standard contractual clauses incorporated in our data processing addendum; copies are available on request.');
  assert.equal(d.status, 'insufficient');
  assert.match(d.shortfall!.message, /UK Addendum/);
});

test(`${ID}: "adequate protection" in general names no safeguard; the UK's adequacy finding does`, () => {
  const vague = status('Our suppliers process your data outside the UK.', 'We make sure that they protect it adequately.');
  assert.equal(vague.status, 'insufficient');
  assert.match(vague.shortfall!.message, /Name the safeguard/);
  const named = status('Our suppliers process your data outside the UK.', 'We send it only to countries that the UK government has found to provide adequate protection.');
  assert.equal(named.status, 'disclosed');
});

const seats: Array<[string, boolean, string]> = [
  ['Some of the companies that provide services to us may be located outside the United Kingdom and process your data there.', true, 'recipients located outside the UK'],
  ['Our representative acts for those of our companies that process personal data and are established outside of the United Kingdom.', false, 'a company established outside the UK'],
  ['If you order from us while you are outside of the UK, we transfer your order details to our shop in the UK.', false, 'the reader outside the UK, data sent into it'],
  ['This notice covers the personal data we process if you are domiciled within the EU.', false, 'the reader domiciled in the EU'],
];
for (const [sentence, expected, why] of seats) {
  test(`${ID}: ${expected ? 'found' : 'not found'} (${why})`, () => {
    assert.equal(status(sentence).found, expected, sentence);
  });
}
