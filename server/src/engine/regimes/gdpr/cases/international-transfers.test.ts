// Transfers to third countries (Art. 13(1)(f) / 14(1)(f)), decided cases. The judging guide counts
// any statement that data are transferred, stored or processed outside the person's country or the
// EEA, or a denial. Art. 13(1)(f) asks for the safeguard relied on and, for the safeguards of
// Art. 46/47, how to obtain a copy: a transfer named without them is insufficient; a denial needs
// none. Every sentence is our own drafting.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { disclosure, draft } from '../../caseHelpers';

type Status = 'disclosed' | 'insufficient' | 'missing';
const ID = 'gdpr/international-transfers';

const cases: Array<[string, Status, string]> = [
  // Transfers named without a safeguard: addressed, insufficient.
  [draft('Your details may be kept on machines located outside your state, province or country, where the laws may differ.'), 'insufficient', 'kept on machines outside your country'],
  [draft('The information you give us is stored on servers in the United States.'), 'insufficient', 'servers in a third country'],
  [draft('Your data may be processed in several countries.'), 'insufficient', 'processed in several countries'],
  [draft('Your data may be transferred to and processed in countries other than your own.'), 'insufficient', 'countries other than your own'],
  [draft('Our contractors may be located overseas and may access your details.'), 'insufficient', 'contractors based overseas'],
  [draft('We may pass your information to partners located within or outside Ruritania.'), 'insufficient', 'within or outside a named country'],
  [draft('Privacy laws in the places where we process data may differ from those where you live.'), 'insufficient', 'laws that differ where data are processed'],
  [draft('We run servers around the world, so your profile may be stored far from home.'), 'insufficient', 'servers around the world'],
  [draft('By using the app you agree that your data may be transferred abroad.'), 'insufficient', 'consent by use is not a safeguard'],
  [draft('We may need to transfer your personal data out of Ruritania to serve you.'), 'insufficient', 'transferred out of a named country'],
  [draft('Analytics data may leave Europe: it is sent outside Europe to our provider.'), 'insufficient', 'outside Europe'],
  // A denial addresses the item and needs no safeguard.
  [draft('We do not transfer your data outside the EEA.'), 'disclosed', 'a denial (EEA)'],
  [draft('Your data never leaves your home country: we do not send it abroad.'), 'disclosed', 'a denial (abroad)'],
  // The safeguard named (and, for contractual clauses, where to get a copy): disclosed.
  [draft('When we send data to the United States, we rely on the standard contractual clauses of the European Commission. You can request a copy of these clauses from us.'), 'disclosed', 'SCCs and how to obtain a copy'],
  [draft('Our host stores data in Canada, for which the European Commission has adopted an adequacy decision.'), 'disclosed', 'an adequacy decision needs no copy'],
  [draft('Some data are processed in the United States by providers certified under the EU-US Data Privacy Framework.'), 'disclosed', 'the Data Privacy Framework'],
  // A safeguard of Art. 46 without how to obtain a copy: insufficient.
  [draft('Transfers to third countries are covered by standard contractual clauses.'), 'insufficient', 'SCCs without how to obtain a copy'],
  // Traps: nothing leaves the country.
  [draft('Our servers are hosted in Frankfurt.'), 'missing', 'an EEA location'],
  [draft('Some things are beyond our control.'), 'missing', '"beyond" not about a place'],
  [draft('You can use the app when you travel outside your home country.'), 'missing', 'the user travelling, not the data'],
  [draft('We may share data with other users of the app.'), 'missing', 'sharing, not a place'],
  [draft('Data protection law in some places differentiates between controllers and processors.'), 'missing', '"differentiates" is not "differs"'],
  [draft('We will not send you offers through channels you have opted out of.'), 'missing', 'opting out of a channel is not a place'],
  [draft('Users outside the EU can call our helpline from abroad free of charge.'), 'missing', 'where the reader is, not where the data go'],
  [draft('If you are located outside the EEA, you accept these terms by using the app.'), 'missing', 'the reader outside the EEA'],
  [draft('Our representative for businesses established outside the EEA is Example B.V.'), 'missing', 'the seat of a company'],
  [draft('See also Transfers to other countries below.'), 'missing', 'a pointer to another passage'],
  [draft('Some of our hosting providers are located outside the EEA.'), 'insufficient', 'recipients outside the EEA'],
  [draft('If you live outside the EEA, your data will be transferred to our servers in the United States.'), 'insufficient', 'the reader outside the EEA, the data moved'],
  [draft('Tap Share to send the picture to your friends in other apps.'), 'missing', 'sending a picture, no country'],
];

for (const [text, status, why] of cases) {
  test(`${ID} case: ${why}`, () => {
    const d = disclosure(text, ID);
    assert.equal(d.status, status, text);
    assert.equal(d.found, status !== 'missing', text);
  });
}
