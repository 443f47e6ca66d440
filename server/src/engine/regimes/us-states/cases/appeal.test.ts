// us-states/appeal: the appeal process and the Attorney General. Our own drafting.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { disclosure, draft, foundCases } from '../../caseHelpers';

const ID = 'us-states/appeal';
foundCases(ID, [
  [draft('If we deny your request, you may appeal our decision by e-mailing appeals@example.com. If we deny your appeal, you may contact your Attorney General.'), true, 'the appeal'],
  ['# Privacy Notice\n\n## Appeals\n\nReply to our response within 30 days.\n', true, 'a heading over its body'],
  [draft('Our products have broad appeal.'), false, 'another sense'],
  [draft('The court of appeals upheld the ruling.'), false, 'a court'],
]);

test(`${ID}: without the Attorney General the appeal is found but falls short (information)`, () => {
  const d = disclosure(draft('You may appeal our decision on your request by replying to it.'), ID);
  assert.equal(d.status, 'insufficient');
  assert.match(d.shortfall!.message, /Attorney General/);
});
