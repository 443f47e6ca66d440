// Complaint to the Information Commissioner (UK GDPR Art. 13(2)(d), DPA 2018 s. 165): the ICO, the
// Information Commissioner or an authority in general disclose the item; a text pointing only to
// an EU or EEA authority addresses it but falls short for UK readers (insufficient). The GDPR
// item's traps stay traps. Every sentence is our own drafting.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { disclosure, draft } from '../../caseHelpers';

const ID = 'uk-gdpr/right-complaint';

const cases: Array<[string, 'disclosed' | 'insufficient' | 'missing', string]> = [
  ['You can complain to the ICO if you think we have mishandled your data.', 'disclosed', 'the ICO by acronym'],
  ["You have the right to lodge a complaint with the Information Commissioner's Office at ico.org.uk.", 'disclosed', 'the ICO by name, with its website'],
  ['You may also raise a concern with the UK data protection regulator.', 'disclosed', 'the UK regulator by description'],
  ['You have the right to lodge a complaint with a supervisory authority.', 'disclosed', 'an authority in general'],
  ['If you are unhappy with our answer, you can complain to your local data protection authority.', 'disclosed', 'the local authority, wherever the reader is'],
  ['You can lodge a complaint with the CNIL, the French data protection authority.', 'insufficient', 'only an EU authority'],
  ['You may complain to the supervisory authority of the EU Member State where you live or work.', 'insufficient', 'only an authority of an EU Member State'],
  ['You have the right to complain to the Irish Data Protection Commission, our lead supervisory authority in the European Union.', 'insufficient', 'only the Irish DPC'],
  ['We are registered with the ICO under number ZA123456.', 'missing', 'registration is no right'],
  ['If a breach puts your data at risk, we will notify the Information Commissioner within 72 hours.', 'missing', 'our breach notification is no right'],
  ['If you have a complaint about a delivery, please contact our customer service team.', 'missing', 'a complaint to us about the service'],
];

for (const [sentence, status, why] of cases) {
  test(`${ID}: ${status} (${why})`, () => {
    const d = disclosure(draft(sentence), ID);
    assert.equal(d.status, status, sentence);
  });
}

test(`${ID}: an EU authority is enough when the ICO is named elsewhere in the text`, () => {
  const text = draft('EU residents may complain to the supervisory authority of their EU Member State.', 'UK residents may contact the ICO at ico.org.uk.');
  assert.equal(disclosure(text, ID).status, 'disclosed');
});

test(`${ID}: the insufficient finding tells the drafter to name the ICO, citing the UK GDPR`, () => {
  const d = disclosure(draft('You can lodge a complaint with the CNIL.'), ID);
  assert.match(d.shortfall!.message, /Information Commissioner’s Office \(ICO, ico\.org\.uk\)/);
});

const mixed: Array<[string, 'disclosed' | 'insufficient', string]> = [
  ['You may complain to your local data protection authority or to the Irish Data Protection Commission, our lead authority in the EU.', 'disclosed', "the reader's own authority beside the Irish DPC"],
  ['EEA users may lodge a complaint with their local supervisory authority.', 'insufficient', 'the complaint offered to EEA users only'],
  ['If you live in an EU member state, you can complain to your local supervisory authority.', 'insufficient', 'the complaint offered to EU residents only'],
  ['If you live in the EEA or the UK, you can complain to your local supervisory authority.', 'disclosed', 'UK readers included'],
];

for (const [sentence, status, why] of mixed) {
  test(`${ID}: ${status} (${why})`, () => {
    assert.equal(disclosure(draft(sentence), ID).status, status, sentence);
  });
}
