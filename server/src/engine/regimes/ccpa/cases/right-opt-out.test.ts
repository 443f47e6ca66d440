// ccpa/right-opt-out: the right to opt out of sale or sharing, told to California consumers or to
// everyone. Not a right told only to another state's residents, not the yearly request metrics.
// Every sentence is our own drafting.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { disclosure, draft, foundCases } from '../../caseHelpers';

const ID = 'ccpa/right-opt-out';
const cases: Array<[string, boolean, string]> = [
  [draft('If you are a Nevada resident, you may opt out of the sale of your personal information by e-mailing us.'), false, 'Nevada residents only'],
  ['# Privacy Notice\n\n## Nevada Residents\n\nNevada residents may opt out of the sale of covered information.\n', false, 'a Nevada section, its sentence naming Nevada'],
  ['# Privacy Notice\n\n## Connecticut\n\nThese protections apply only to Connecticut residents.\n\nTo exercise the rights described above, you may opt out of the sale of your personal information by e-mail.\n', true, 'a closing line for all the states listed'],
  [draft('Number of requests to opt out of sale received in 2024: 1,204.'), false, 'request metrics'],
  [draft('In 2024 we received 3,210 requests to opt out of the sale of personal information and complied with all of them.'), false, 'request metrics in prose'],
  [draft('Residents of California and Nevada may opt out of the sale of their personal information.'), true, 'California among the states'],
  [draft('Residents of Virginia and other states with similar laws may opt out of the sale of their personal information.'), true, 'other states: not Virginia alone'],
  [draft('You may opt out of the sale of your personal information at any time.'), true, 'everyone'],
];

foundCases(ID, cases);

test('ccpa/right-know: making two requests a year is no metric', () => {
  assert.equal(disclosure(draft('You may make 2 access requests within a 12-month period.'), 'ccpa/right-know').found, true);
});

// ccpa/request-methods: how to submit a CCPA request; not a marketing unsubscribe, not a promise to
// answer within 45 days, not a law-enforcement request.
const METHODS: Array<[string, boolean, string]> = [
  [draft('You may opt out of promotional e-mails by clicking the unsubscribe link in any message.'), false, 'a marketing unsubscribe'],
  [draft('We answer a verified request within 45 days of receiving it.'), false, 'a response time, no method'],
  [draft('We may disclose data to authorities in response to a verified request relating to a criminal investigation.'), false, 'a law-enforcement request'],
  [draft('We do not control content published on our site by users and other participants.'), false, '"by users" is not "by us"'],
  [draft('You may submit a verifiable consumer request by e-mailing privacy@example.com or calling our toll-free number.'), true, 'the methods'],
  [draft('You may designate an authorized agent to make a request on your behalf.'), true, 'an authorized agent'],
  [draft('To opt out of the sale of your personal information, click the link in our footer.'), true, 'a sale opt-out by a link'],
];
for (const [text, expected, why] of METHODS) {
  test(`ccpa/request-methods: ${expected ? 'found' : 'not found'} (${why})`, () => {
    assert.equal(disclosure(text, 'ccpa/request-methods').found, expected);
  });
}
