// Art. 4 definitions and rights named in words: data and finder.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { ART4_DEFINITIONS, buildDocumentModel, findLegalTerms, NAMED_RIGHTS } from '../../server/src/engine';

function found(text: string): Array<[string, string]> {
  const doc = buildDocumentModel(text, 'plaintext');
  return findLegalTerms(doc).map((m) => [text.slice(m.start, m.end), m.term.id]);
}

test('all 26 Art. 4 points are defined, each with an explanation', () => {
  const points = new Set(ART4_DEFINITIONS.map((d) => d.point));
  for (let p = 1; p <= 26; p++) assert.ok(points.has(p), `Art. 4(${p})`);
  for (const d of ART4_DEFINITIONS) {
    assert.equal(d.articles[0], 4);
    assert.ok(d.explanation.length > 40, d.label);
  }
});

test('named rights point to their articles', () => {
  const art = (id: string) => NAMED_RIGHTS.find((r) => r.id === id)?.articles[0];
  assert.equal(art('right/access'), 15);
  assert.equal(art('right/rectification'), 16);
  assert.equal(art('right/erasure'), 17);
  assert.equal(art('right/restriction'), 18);
  assert.equal(art('right/portability'), 20);
  assert.equal(art('right/objection'), 21);
  assert.equal(art('right/withdraw-consent'), 7);
  assert.equal(art('right/complaint'), 77);
  assert.equal(art('right/automated-decisions'), 22);
  assert.equal(art('right/informed'), 13);
});

test('rights named in words, in the forms policies use', () => {
  assert.deepEqual(
    found('You have the Right to Erasure (the right to be forgotten), the right to data portability and the right to object. You may withdraw your consent or lodge a complaint.'),
    [
      ['Right to Erasure', 'right/erasure'],
      ['right to be forgotten', 'right/erasure'],
      ['right to data portability', 'right/portability'],
      ['right to object', 'right/objection'],
      ['withdraw your consent', 'right/withdraw-consent'],
      ['lodge a complaint', 'right/complaint'],
    ],
  );
  assert.deepEqual(found('We do not use automated decision-making.'), [['automated decision-making', 'right/automated-decisions']]);
  assert.deepEqual(found('the right of access and the right to restriction of processing'), [
    ['right of access', 'right/access'],
    ['right to restriction of processing', 'right/restriction'],
  ]);
});

test('defined terms: whole words, plurals, case-insensitive, longest phrase first, British and American spelling', () => {
  assert.deepEqual(
    found('Data Controllers and sub-processors process Personal Data; a personal data breach; pseudonymized IDs; third parties; international organizations.'),
    [
      ['Data Controllers', 'def/controller'],
      ['sub-processors', 'def/processor'],
      ['Personal Data', 'def/personal-data'],
      ['personal data breach', 'def/personal-data-breach'],
      ['pseudonymized', 'def/pseudonymisation'],
      ['third parties', 'def/third-party'],
      ['international organizations', 'def/international-organisation'],
    ],
  );
  // Not inside other words; "representative" alone is an ordinary word.
  assert.deepEqual(found('Our controllership, reprocessing, consentual, a sales representative.'), []);
  assert.deepEqual(found('our EU representative'), [['EU representative', 'def/representative']]);
  assert.deepEqual(found('Profiling and consent.'), [
    ['Profiling', 'def/profiling'],
    ['consent', 'def/consent'],
  ]);
});

test('terms split across a line break are still found', () => {
  assert.deepEqual(found('the personal\ndata we hold'), [['personal\ndata', 'def/personal-data']]);
});

test('linear: 100 KB scanned quickly', () => {
  const unit = 'The controller processes personal data of data subjects; you may exercise the right to erasure or lodge a complaint. ';
  const text = unit.repeat(Math.ceil(100_000 / unit.length));
  const doc = buildDocumentModel(text, 'plaintext');
  const t0 = performance.now();
  const n = findLegalTerms(doc).length;
  assert.ok(n >= 5 * Math.floor(100_000 / unit.length));
  assert.ok(performance.now() - t0 < 500);
});
