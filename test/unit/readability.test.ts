// Readability per section (issue 17 §5): the word and syllable counts, the Flesch formulas, the
// hover on a section's heading, and the hint drafting/long-sentence (off by default). Every
// sentence is our own drafting.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import {
  analyze,
  buildDocumentModel,
  countSyllables,
  fleschScores,
  hoverAt,
  readabilityOfSection,
  resolveOptions,
  sectionReadability,
  textHoverAt,
  textHoverNear,
  wordsOf,
} from '../../server/src/engine';

test('syllables: the words a policy uses, counted as a dictionary does', () => {
  const expected: Record<string, number> = {
    privacy: 3, policy: 3, information: 4, controller: 3, legitimate: 4, necessary: 4, processing: 3,
    shared: 1, shares: 1, processes: 3, stated: 2, table: 2, agree: 2, region: 2, retention: 3,
    erasure: 3, authority: 4, supervisory: 5, portability: 5, quality: 3, language: 2, changes: 2,
    change: 1, made: 1, deleted: 3, corrected: 3, transferred: 2, countries: 2, months: 1, analytics: 4,
    'third-party': 3, doing: 2, seeing: 2, social: 2, mission: 2, media: 3, ratio: 3, people: 2,
    the: 1, a: 1, GDPR: 1, we: 1,
  };
  const wrong = Object.entries(expected).filter(([w, n]) => countSyllables(w) !== n).map(([w, n]) => `${w}: ${countSyllables(w)}, not ${n}`);
  assert.deepEqual(wrong, []);
  // A word that is a key of every object is still a word (the exceptions table is a Map).
  assert.equal(countSyllables('constructor'), 3);
  assert.equal(countSyllables('toString'), 2);
  assert.equal(countSyllables(''), 0);
  assert.equal(countSyllables('2026'), 1);
});

test('words: letters and digits, joined by an inner apostrophe or hyphen; markup and punctuation are not words', () => {
  assert.deepEqual(wordsOf('We don’t sell *your* third-party data [here](https://x.example) — ever.'), ['We', 'don’t', 'sell', 'your', 'third-party', 'data', 'here', 'https', 'x', 'example', 'ever']);
  assert.deepEqual(wordsOf('Größe und Übermittlung'), ['Größe', 'und', 'Übermittlung']);
  assert.deepEqual(wordsOf(' -- \' - '), []);
  // Linear on a long run of separators and letters (no pattern to backtrack).
  const started = performance.now();
  assert.equal(wordsOf("a-'".repeat(200_000)).length, 200_000);
  assert.ok(performance.now() - started < 2000);
});

test('Flesch reading ease and Flesch–Kincaid grade follow the published formulas', () => {
  // 20 words in 2 sentences with 30 syllables: 206.835 − 1.015 × 10 − 84.6 × 1.5; 0.39 × 10 + 11.8 × 1.5 − 15.59.
  assert.deepEqual(fleschScores({ sentences: 2, words: 20, syllables: 30, longest: 12 }), { readingEase: 69.8, grade: 6 });
  assert.equal(fleschScores({ sentences: 0, words: 0, syllables: 0, longest: 0 }), undefined);
});

const DRAFT = [
  '# Privacy notice',
  '',
  'Northwind Ltd runs this shop.',
  '',
  '## What we collect',
  '',
  'We collect your name. We collect your address.',
  '',
  '- your e-mail address',
  '- your order history',
  '',
  '## Your rights',
  '',
  'Notwithstanding the foregoing and subject to applicable legislation, individuals possessing personal information processed by the organisation may, in accordance with the provisions of the applicable regulation and following appropriate verification of their identity by our designated personnel, request access to, rectification of, or erasure of such information.',
  '',
].join('\n');

test('per section: sentences, words per sentence, longest, reading ease and grade; list items apart', () => {
  const doc = buildDocumentModel(DRAFT, 'markdown');
  const rows = sectionReadability(doc);
  const collect = rows.find((r) => r.heading?.text === 'What we collect')!;
  assert.equal(collect.sentences, 2);
  assert.equal(collect.listItems, 2);
  assert.equal(collect.words, 8);
  assert.equal(collect.meanWords, 4);
  assert.equal(collect.longest, 4);
  const rights = rows.find((r) => r.heading?.text === 'Your rights')!;
  assert.equal(rights.sentences, 1);
  assert.ok(rights.longest > 40, String(rights.longest));
  // The plain section reads easier, and at a lower grade, than the legalese one.
  assert.ok(collect.readingEase! > 80, String(collect.readingEase));
  assert.ok(rights.readingEase! < 10, String(rights.readingEase));
  assert.ok(rights.grade! > 20 && collect.grade! < 3, `${rights.grade} ${collect.grade}`);
});

test('the hover on a section heading shows its readability; elsewhere it does not', () => {
  const a = analyze({ text: DRAFT });
  const h = hoverAt(a, DRAFT.indexOf('Your rights') + 2);
  assert.ok(h, 'a hover on the heading');
  assert.equal(DRAFT.slice(h.start, h.end), 'Your rights');
  assert.match(h.markdown, /Readability of this section/);
  assert.match(h.markdown, /1 sentence, \d+ words on average \(longest \d+\); reading ease -?[\d.]+ \(very difficult\), grade [\d.]+\./);
  const collect = textHoverAt(a.doc, DRAFT.indexOf('What we collect'))!;
  assert.match(collect.markdown, /2 sentences, 4 words on average \(longest 4\); reading ease [\d.]+ \(easy\), grade -?[\d.]+; 2 list items not counted\./);
  assert.equal(hoverAt(a, DRAFT.indexOf('Northwind') + 2), undefined, 'no readability hover in body text');
  // From a paragraph alone (before the model is built) a heading has no section to measure: no hover.
  assert.equal(textHoverNear(DRAFT, DRAFT.indexOf('Your rights') + 2), undefined);
});

test('drafting/long-sentence is off by default', () => {
  const a = analyze({ text: DRAFT, config: { settings: { regimes: ['gdpr'] } } });
  assert.equal(a.report.findings.filter((f) => f.code === 'drafting/long-sentence').length, 0);
});

test('drafting/long-sentence, turned on, reports each sentence over the limit on its own range, as a hint', () => {
  const a = analyze({ text: DRAFT, config: { settings: { regimes: ['gdpr'], rules: { 'drafting/long-sentence': 'hint' } } } });
  const found = a.report.findings.filter((f) => f.code === 'drafting/long-sentence');
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'hint');
  assert.ok(DRAFT.slice(found[0].start, found[0].end).startsWith('Notwithstanding the foregoing'));
  assert.match(found[0].message, /^Long sentence: \d+ words, over the limit of 40; split it so readers can follow \(Art\. 12\(1\) GDPR\)\.$/);
  assert.ok(found[0].message.length <= 160, found[0].message);
});

test('drafting/long-sentence: the limit comes from longSentenceWords (settings, project file or front matter)', () => {
  const on = { 'drafting/long-sentence': 'information' };
  const tight = analyze({ text: DRAFT, config: { settings: { rules: on, longSentenceWords: 10 } } });
  // Only the legalese sentence has more than 10 words; the list items and short sentences do not.
  assert.deepEqual(tight.report.findings.filter((f) => f.code === 'drafting/long-sentence').map((f) => f.line), [13]);
  const loose = analyze({ text: DRAFT, config: { settings: { rules: on }, projectFile: { longSentenceWords: 100 } } });
  assert.equal(loose.report.findings.filter((f) => f.code === 'drafting/long-sentence').length, 0);
  const fm = `---\nlongSentenceWords: 10\nrules:\n  drafting/long-sentence: hint\n---\n${DRAFT}`;
  assert.equal(analyze({ text: fm }).report.findings.filter((f) => f.code === 'drafting/long-sentence').length, 1);
});

test('longSentenceWords: a value it cannot use is named and the default is kept', () => {
  for (const bad of [0, 5, 1000, 12.5, 'forty', true]) {
    const r = resolveOptions({ settings: { longSentenceWords: bad } });
    assert.equal(r.options.longSentenceWords, undefined, String(bad));
    assert.match(r.messages.join('\n'), /"longSentenceWords" must be a whole number of words from 10 to 200, not .*; 40 kept\./, String(bad));
  }
  assert.equal(resolveOptions({ settings: { longSentenceWords: 25 } }).options.longSentenceWords, 25);
});

test('one section measured alone (the hover) gives the figures of the whole-document pass (the report)', () => {
  const text = `${DRAFT}\n## Contact\n\nWrite to us. Or call.\n\n- by post\n`;
  const doc = buildDocumentModel(text, 'markdown');
  const all = sectionReadability(doc);
  assert.equal(all.length, doc.sections.length);
  for (const r of all) assert.deepEqual(readabilityOfSection(doc, r.section), r);
  assert.equal(readabilityOfSection(doc, doc.sections.length), undefined);
});
