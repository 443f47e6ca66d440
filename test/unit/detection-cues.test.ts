// The cue prefilter: one Aho–Corasick pass finds every cue occurrence, overlapping ones included,
// so a rule's patterns are never skipped on a sentence that contains one of its cues.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { CueAutomaton } from '../../server/src/engine/rules/framework/cueIndex';

function occurrences(words: string[], text: string): string[] {
  const out: string[] = [];
  new CueAutomaton(words).scan(text, (end, id) => out.push(`${words[id]}@${end + 1 - words[id].length}`));
  return out.sort();
}

test('finds overlapping and nested cues', () => {
  assert.deepEqual(occurrences(['shar', 'share', 'hare', 'are'], 'we share'), ['are@5', 'hare@4', 'shar@3', 'share@3']);
  assert.deepEqual(occurrences(['delet', 'eletion', 'on'], 'deletion'), ['delet@0', 'eletion@1', 'on@6']);
});

test('restarts correctly after a partial match (failure links)', () => {
  assert.deepEqual(occurrences(['abcd', 'bce'], 'abce'), ['bce@1']);
  assert.deepEqual(occurrences(['aab'], 'aaab'), ['aab@1']);
});

test('no cue, no occurrence', () => {
  assert.deepEqual(occurrences(['consent'], 'we collect your name'), []);
});
