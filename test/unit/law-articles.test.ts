// The article data lawyers read in hovers: titles for all 99 articles, our explanations where promised.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { GDPR_ARTICLES, GDPR_CHAPTERS, gdprArticle } from '../../server/src/engine';

// Promised: Art. 1–50 and 77–84; written: all 99.
const EXPLAINED = Array.from({ length: 99 }, (_, i) => i + 1);

test('all 99 articles, in order, each with a title, a chapter and its EUR-Lex anchor', () => {
  assert.equal(GDPR_ARTICLES.length, 99);
  GDPR_ARTICLES.forEach((a, i) => {
    assert.equal(a.number, i + 1);
    assert.ok(a.title.length > 3, `Art. ${a.number} title`);
    assert.ok(GDPR_CHAPTERS.includes(a.chapter), `Art. ${a.number} chapter`);
    assert.match(a.url, new RegExp(`^https://eur-lex\\.europa\\.eu/.*CELEX:32016R0679#art_${a.number}$`));
  });
  assert.equal(GDPR_CHAPTERS.length, 11);
});

test('well-known titles and chapters', () => {
  assert.equal(gdprArticle(15)?.title, 'Right of access by the data subject');
  assert.equal(gdprArticle(17)?.title, "Right to erasure ('right to be forgotten')");
  assert.equal(gdprArticle(77)?.title, 'Right to lodge a complaint with a supervisory authority');
  assert.equal(gdprArticle(99)?.title, 'Entry into force and application');
  assert.equal(gdprArticle(13)?.chapter.number, 'III');
  assert.equal(gdprArticle(46)?.chapter.title, 'Transfers of personal data to third countries or international organisations');
  assert.equal(gdprArticle(0), undefined);
  assert.equal(gdprArticle(100), undefined);
  assert.equal(gdprArticle(6.5), undefined);
});

test('explanations for every article (at least Art. 1–50 and 77–84): 2–4 sentences, plus what a policy must say', () => {
  for (const n of EXPLAINED) {
    const a = gdprArticle(n)!;
    assert.ok(a.explanation, `Art. ${n} explanation`);
    const sentences = a.explanation.split(/(?<=[.!?])\s+(?=[A-Z])/);
    assert.ok(sentences.length >= 2 && sentences.length <= 4, `Art. ${n}: ${sentences.length} sentences`);
    assert.ok(a.explanation.length <= 1100, `Art. ${n} explanation is long (${a.explanation.length})`);
    assert.ok(a.inPolicy && a.inPolicy.length > 5, `Art. ${n} inPolicy`);
    assert.match(a.inPolicy, /^[A-Z].*\.$/, `Art. ${n} inPolicy is a sentence`);
  }
});

test('the information-duty articles say what the policy must contain', () => {
  assert.match(gdprArticle(13)!.inPolicy!, /checklist/);
  assert.match(gdprArticle(14)!.inPolicy!, /sources/);
  assert.match(gdprArticle(21)!.inPolicy!, /separately/);
  assert.match(gdprArticle(77)!.inPolicy!, /complaint/);
  assert.match(gdprArticle(6)!.inPolicy!, /legal basis/);
});
