// GDPR citations in every form lawyers write them, with exact ranges and article numbers,
// and the references that are NOT GDPR articles.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { buildDocumentModel } from '../../server/src/engine';
import { findArticleReferences, formatArticleReference } from '../../server/src/engine/law/citations';

const GDPR_POLICY = 'This privacy policy explains how we process personal data under the GDPR.\n\n';

/** The references in `sentence` (inside a policy that names the GDPR), as [cited text, articles, detail]. */
function refs(sentence: string, preamble = GDPR_POLICY) {
  const text = preamble + sentence;
  const doc = buildDocumentModel(text, 'plaintext');
  return findArticleReferences(doc)
    .filter((r) => r.start >= preamble.length)
    .map((r) => ({ cited: text.slice(r.start, r.end), articles: r.articles, detail: r.detail }));
}

const cases: Array<[string, string, number[], string | undefined]> = [
  ['You may ask for a copy (Art. 15 GDPR).', 'Art. 15 GDPR', [15], undefined],
  ['We rely on Article 6(1)(f) for analytics.', 'Article 6(1)(f)', [6], '(1)(f)'],
  ['The legal basis is Art. 6 (1) lit. f GDPR.', 'Art. 6 (1) lit. f GDPR', [6], '(1)(f)'],
  ['The legal basis is Art. 6 para. 1 sentence 1 lit. a GDPR.', 'Art. 6 para. 1 sentence 1 lit. a GDPR', [6], '(1)(a), sentence 1'],
  ['You have the rights in Articles 15 to 22.', 'Articles 15 to 22', [15, 16, 17, 18, 19, 20, 21, 22], undefined],
  ['We inform you as required by Art. 13 and Art. 14 GDPR.', 'Art. 13 and Art. 14 GDPR', [13, 14], undefined],
  ['You may complain under Article 77 of the GDPR.', 'Article 77 of the GDPR', [77], undefined],
  ['Consent (Art. 6(1)(a) and (b)) applies.', 'Art. 6(1)(a) and (b)', [6], '(1)(a), (b)'],
  ['See Arts. 15-22 for your rights.', 'Arts. 15-22', [15, 16, 17, 18, 19, 20, 21, 22], undefined],
  ['See Arts. 15–22 for your rights.', 'Arts. 15–22', [15, 16, 17, 18, 19, 20, 21, 22], undefined],
  ['Under Article 6 paragraph 1 point (f) we may.', 'Article 6 paragraph 1 point (f)', [6], '(1)(f)'],
  ['Rechtsgrundlage ist Art. 6 Abs. 1 S. 1 lit. f DSGVO.', 'Art. 6 Abs. 1 S. 1 lit. f DSGVO', [6], '(1)(f), sentence 1'],
  ['Droit d’accès (Art. 15 RGPD).', 'Art. 15 RGPD', [15], undefined],
  ['Articles 15, 16, 17 and 18 GDPR give you rights.', 'Articles 15, 16, 17 and 18 GDPR', [15, 16, 17, 18], undefined],
  ['A “controller” (Art. 4 No. 7 GDPR) decides.', 'Art. 4 No. 7 GDPR', [4], '(7)'],
  ['Sensitive data (Article 9(2)(a) of the General Data Protection Regulation).', 'Article 9(2)(a) of the General Data Protection Regulation', [9], '(2)(a)'],
  ['Transfers rely on Article 46(2)(c) of Regulation (EU) 2016/679.', 'Article 46(2)(c) of Regulation (EU) 2016/679', [46], '(2)(c)'],
  ['As the GDPR, Article 21 lets you object.', 'Article 21', [21], undefined],
  ['You may object (Art. 21(1) and (2) GDPR).', 'Art. 21(1) and (2) GDPR', [21], '(1), (2)'],
  ['Legal basis: Art. 6.1.f GDPR.', 'Art. 6.1.f GDPR', [6], '(1)(f)'],
  ['Legal basis: Art. 6 (1) lit. a and b GDPR.', 'Art. 6 (1) lit. a and b GDPR', [6], '(1)(a), (b)'],
  ['Rights under Articles 15 through 17 UK GDPR.', 'Articles 15 through 17 UK GDPR', [15, 16, 17], undefined],
  ['See Art.15 GDPR.', 'Art.15 GDPR', [15], undefined],
  ['Under Art. 15 et seq. GDPR you have rights.', 'Art. 15 et seq. GDPR', [15], 'et seq.'],
  ['ARTICLE 17 GDPR – RIGHT TO ERASURE', 'ARTICLE 17 GDPR', [17], undefined],
  ['Consent (Article 7 (GDPR)) may be withdrawn.', 'Article 7 (GDPR)', [7], undefined],
  ['Legal basis: Article 6 sec. 1 sent. 1 lit. b GDPR.', 'Article 6 sec. 1 sent. 1 lit. b GDPR', [6], '(1)(b), sentence 1'],
  ['Our representative under Articles 27 EU and UK GDPR is X.', 'Articles 27 EU and UK GDPR', [27], undefined],
  ['Our representative (Article 27 of the Regulation) is X.', 'Article 27 of the Regulation', [27], undefined],
  ['Any of the bases in Art. 6(1)(a)-(f) GDPR may apply.', 'Art. 6(1)(a)-(f) GDPR', [6], '(1)(a)–(f)'],
];

for (const [sentence, cited, articles, detail] of cases) {
  test(`cites: ${cited}`, () => {
    const found = refs(sentence);
    assert.equal(found.length, 1, `expected one reference in ${JSON.stringify(sentence)}, got ${JSON.stringify(found)}`);
    assert.equal(found[0].cited, cited);
    assert.deepEqual(found[0].articles, articles);
    assert.equal(found[0].detail, detail);
  });
}

test('the whole Regulation: "Regulation (EU) 2016/679" and "General Data Protection Regulation"', () => {
  const found = refs('We comply with Regulation (EU) 2016/679, the General Data Protection Regulation.');
  assert.deepEqual(
    found.map((f) => [f.cited, f.articles]),
    [
      ['Regulation (EU) 2016/679', []],
      ['General Data Protection Regulation', []],
    ],
  );
});

test('a Regulation name inside an article citation is not reported a second time', () => {
  const found = refs('We rely on Article 6(1)(b) of Regulation (EU) 2016/679.');
  assert.equal(found.length, 1);
  assert.deepEqual(found[0].articles, [6]);
});

test('two citations in one sentence are two references with exact offsets', () => {
  const text = GDPR_POLICY + 'Under Art. 15 GDPR and, where applicable, Article 20 you may ask.';
  const doc = buildDocumentModel(text, 'plaintext');
  const found = findArticleReferences(doc);
  const a = text.indexOf('Art. 15 GDPR');
  const b = text.indexOf('Article 20');
  assert.deepEqual(
    found.filter((r) => r.articles.length > 0).map((r) => [r.start, r.end, r.articles]),
    [
      [a, a + 'Art. 15 GDPR'.length, [15]],
      [b, b + 'Article 20'.length, [20]],
    ],
  );
});

test('number spans point at each written article number (for links)', () => {
  const text = GDPR_POLICY + 'See Articles 15 to 22 and Art. 77 GDPR.';
  const doc = buildDocumentModel(text, 'plaintext');
  const [r] = findArticleReferences(doc).filter((x) => x.articles.length > 0);
  assert.deepEqual(
    r.numbers.map((n) => [text.slice(n.start, n.end), n.article]),
    [
      ['15', 15],
      ['22', 22],
      ['77', 77],
    ],
  );
  assert.deepEqual(r.articles, [15, 16, 17, 18, 19, 20, 21, 22, 77]);
});

const notGdpr: string[] = [
  'Employee data is processed under Art. 26 BDSG.',
  'Please see Article 5 of our Terms of Service.',
  'Article 8 of the Charter protects personal data.',
  'The Article 29 Working Party issued guidance.',
  'Article 9 of the LGPD gives you rights.',
  'We follow Art. 6 BayDSG.',
  'See Section 1798.100 of the California Civil Code.',
  'Under § 26 BDSG we process employee data.',
  'Under Article 120 you may not do that.',
  'Article 6 of Regulation (EU) 2018/1725 applies to EU institutions.',
];
for (const sentence of notGdpr) {
  test(`not a GDPR article: ${sentence}`, () => {
    assert.deepEqual(
      refs(sentence).filter((r) => r.articles.length > 0),
      [],
    );
  });
}

test('a bare "Article 5" is not a GDPR reference in a document that never names the GDPR', () => {
  assert.deepEqual(refs('Article 5 explains our refund policy.', 'Terms of Sale\n\n'), []);
});

test('a policy that numbers its own clauses "Article 1 – …" means its own clauses by a bare "Article 6"', () => {
  const preamble = 'Privacy policy (GDPR)\n\nArticle 1 – Scope\n\nThis policy applies to our sites.\n\nArticle 2 – Controller\n\nWe are X.\n\n';
  assert.deepEqual(refs('Data are kept as described in Article 6. Article 6 – Retention', preamble), []);
  // A GDPR-qualified citation in such a policy is still the Regulation's.
  assert.deepEqual(refs('You may object under Art. 21 GDPR.', preamble).map((r) => r.articles), [[21]]);
});

test('numbers that are not articles end a list: "Article 12 and 30 days"', () => {
  const found = refs('We answer under Article 12 and 30 days at most.');
  assert.equal(found.length, 1);
  assert.equal(found[0].cited, 'Article 12');
  assert.deepEqual(found[0].articles, [12]);
});

test('"and a" after a point is an English word, not point (a)', () => {
  const found = refs('Under Article 6(1)(f) and a balancing test we may.');
  assert.equal(found[0].cited, 'Article 6(1)(f)');
  assert.equal(found[0].detail, '(1)(f)');
});

test('canonical labels', () => {
  const label = (s: string) => formatArticleReference(findArticleReferences(buildDocumentModel(GDPR_POLICY + s, 'plaintext')).find((r) => r.start >= GDPR_POLICY.length)!);
  assert.equal(label('Art. 6 para. 1 lit. f GDPR'), 'Art. 6(1)(f) GDPR');
  assert.equal(label('Articles 15 to 22'), 'Art. 15–22 GDPR');
  assert.equal(label('Art. 13 and Art. 14 GDPR'), 'Art. 13, 14 GDPR');
  assert.equal(label('Regulation (EU) 2016/679'), 'Regulation (EU) 2016/679 (GDPR)');
  assert.equal(label('Art. 15 et seq. GDPR'), 'Art. 15 et seq. GDPR');
  assert.equal(label('Art. 6 para. 1 sentence 1 lit. a DSGVO'), 'Art. 6(1)(a), sentence 1 GDPR');
});

test('linear: 100 KB of citations are scanned quickly', () => {
  const unit = 'Under Art. 6 (1) lit. f GDPR and Articles 15 to 22, and Art. 13 and Art. 14 GDPR, you have rights. ';
  const text = GDPR_POLICY + unit.repeat(Math.ceil(100_000 / unit.length));
  const doc = buildDocumentModel(text, 'plaintext');
  const t0 = performance.now();
  const found = findArticleReferences(doc);
  const ms = performance.now() - t0;
  assert.ok(found.length >= 3 * Math.floor(100_000 / unit.length));
  assert.ok(ms < 500, `took ${ms} ms`);
});

test('pathological input (many "Art." with long digit/space runs) stays fast', () => {
  const text = 'GDPR ' + 'Art. 1 ( ( ( 1 and and , , - - '.repeat(5000) + 'Art. ' + '1'.repeat(50000);
  const doc = buildDocumentModel(text, 'plaintext');
  const t0 = performance.now();
  findArticleReferences(doc);
  assert.ok(performance.now() - t0 < 1000);
});
