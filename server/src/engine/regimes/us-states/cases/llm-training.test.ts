// us-states/llm-training: Connecticut's statement on training large language models (from 1 July 2026). Our own drafting.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../../index';
import { draft, foundCases } from '../../caseHelpers';

const ID = 'us-states/llm-training';
foundCases(ID, [
  [draft('We do not use personal data to train large language models.'), true, 'a statement that it does not'],
  [draft('We may use your chat transcripts to train our AI models, and you can opt out in your settings.'), true, 'a statement that it does'],
  [draft('Our staff are trained to handle personal data with care.'), false, 'staff training'],
  [draft('We use a large language model to answer support questions.'), false, 'using a model, not training it'],
]);

function required(settings: Record<string, unknown>, now: Date) {
  const report = analyze({ text: draft('We collect your name.'), config: { settings: { regimes: ['us-states'], ...settings }, now } }).report;
  return report.disclosures.find((d) => d.id === ID)!.required;
}

test(`${ID}: owed for Connecticut from 1 July 2026`, () => {
  const after = new Date(Date.UTC(2026, 11, 6));
  assert.equal(required({ states: ['CT'] }, after), 'always');
  assert.equal(required({ states: ['VA'] }, after), 'not-applicable');
  assert.equal(required({}, after), 'conditional');
  assert.equal(required({ states: ['CT'] }, new Date(Date.UTC(2026, 5, 30))), 'not-applicable');
});
