// Hovers and document links on GDPR references, named rights, defined terms and evidence sentences.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, documentLinks, getRule, hoverAt } from '../../server/src/engine';

const TEXT = [
  '# Privacy Policy',
  '',
  'Example Ltd processes personal data under the GDPR.',
  '',
  '## Your rights',
  '',
  'You have the right of access to your data.',
  '',
  'The rights in Articles 15 to 22 apply. We rely on Art. 6 (1) lit. f GDPR for analytics.',
  '',
  'We comply with Regulation (EU) 2016/679.',
  '',
].join('\n');

const analysis = analyze({ text: TEXT });
const at = (needle: string, delta = 1) => {
  const i = TEXT.indexOf(needle);
  assert.ok(i >= 0, needle);
  return hoverAt(analysis, i + delta);
};
const span = (h: { start: number; end: number } | undefined) => (h ? TEXT.slice(h.start, h.end) : undefined);

test('hover on an article: number, official title, explanation, what the policy must say, EUR-Lex link', () => {
  const h = at('lit. f');
  assert.equal(span(h), 'Art. 6 (1) lit. f GDPR');
  const md = h!.markdown;
  assert.match(md, /^\*\*Art\. 6\(1\)\(f\) GDPR — Lawfulness of processing\*\*/);
  assert.match(md, /legal basis/);
  assert.match(md, /\*In a privacy policy:\* For each purpose, the legal basis/);
  assert.match(md, /\[Official text on EUR-Lex\]\(https:\/\/eur-lex\.europa\.eu\/[^)]*#art_6\)/);
});

test('hover on a cited point explains that point: Art. 6(1)(b) and (f), Art. 13(2)(b)', () => {
  const text = 'Privacy policy (GDPR)\n\nWe rely on Art. 6 (1) lit. b and f GDPR. See also Art. 13(2)(b).\n';
  const a = analyze({ text });
  const h = hoverAt(a, text.indexOf('Art. 6') + 1)!;
  assert.match(h.markdown, /^\*\*Art\. 6\(1\)\(b\), \(f\) GDPR — Lawfulness of processing\*\*/);
  assert.match(h.markdown, /- Art\. 6\(1\)\(b\): necessary for a contract/);
  assert.match(h.markdown, /- Art\. 6\(1\)\(f\): necessary for the legitimate interests/);
  const range = analyze({ text: 'Privacy policy (GDPR)\n\nAny of Art. 6(1)(a)–(c) GDPR.\n' });
  const hr = hoverAt(range, range.doc.text.indexOf('Art. 6') + 1)!;
  assert.equal(hr.markdown.split('\n').filter((l) => l.startsWith('- Art. 6(1)(')).length, 3);
  const h13 = hoverAt(a, text.indexOf('Art. 13') + 1)!;
  assert.match(h13.markdown, /- Art\. 13\(2\)\(b\): the rights of access, rectification, erasure/);
});

test('hover on a range lists each article with its title and link', () => {
  const h = at('Articles 15');
  assert.equal(span(h), 'Articles 15 to 22');
  const items = h!.markdown.split('\n').filter((l) => l.startsWith('- '));
  assert.equal(items.length, 8);
  assert.equal(items[0], '- [Art. 15 — Right of access by the data subject](https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=CELEX:32016R0679#art_15)');
  assert.match(items[2], /^- \[Art\. 17 — Right to erasure \('right to be forgotten'\)\]\(.*#art_17\)$/);
  assert.match(items[7], /Art\. 22 — Automated individual decision-making, including profiling/);
});

test('hover on the whole Regulation', () => {
  const h = at('Regulation (EU)');
  assert.equal(span(h), 'Regulation (EU) 2016/679');
  assert.match(h!.markdown, /General Data Protection Regulation/);
  assert.match(h!.markdown, /CELEX:32016R0679\)/);
});

test('hover on a named right: the article and what a policy must say', () => {
  const h = at('right of access');
  assert.equal(span(h), 'right of access');
  assert.match(h!.markdown, /^\*\*Right of access\*\* — GDPR Art\. 15/);
  assert.match(h!.markdown, /\*In a privacy policy:\*/);
  assert.match(h!.markdown, /#art_15\)/);
});

test('hover on a defined term: its Art. 4 point and our explanation', () => {
  const h = at('personal data');
  assert.equal(span(h), 'personal data');
  assert.match(h!.markdown, /^\*\*“personal data”\*\* — GDPR Art\. 4\(1\)/);
  assert.match(h!.markdown, /identifiable|identified/);
  assert.match(h!.markdown, /#art_4\)/);
});

test('hover on an evidence sentence lists the requirements it satisfies', () => {
  const offset = TEXT.indexOf('You have the right') + 2;
  const expected = analysis.report.disclosures.filter((d) => d.evidence.some((e) => e.start <= offset && offset < e.end));
  assert.ok(expected.some((d) => d.id === 'gdpr/right-access'), 'the sentence is evidence for the right of access');
  const h = hoverAt(analysis, offset)!;
  assert.ok(span(h)!.startsWith('You have the right of access'));
  assert.match(h.markdown, /^This sentence discloses:/);
  assert.match(h.markdown, /\*\*Right of access\*\* \(GDPR Art\. 13\(2\)\(b\), Art\. 15\)/);
  for (const d of expected) assert.ok(h.markdown.includes(`**${getRule(d.id)!.title}**`), d.id);
});

test('article reference wins over the evidence sentence around it; nothing on plain words', () => {
  // (The title carries the missing items' findings, whose hover explains them: a plain sentence has none.)
  const text = '# Privacy Policy\n\nUnder the GDPR you have the right of access (Art. 15 GDPR).\n\nThank you for reading.\n';
  const a = analyze({ text });
  const h = hoverAt(a, text.indexOf('Art. 15') + 2)!;
  assert.match(h.markdown, /^\*\*Art\. 15 GDPR — Right of access by the data subject\*\*/);
  assert.equal(hoverAt(a, text.indexOf('Thank') + 1), undefined);
  // The title carries the missing items' findings: their explanations, then the section's readability.
  const title = hoverAt(a, text.indexOf('Privacy') + 1)!.markdown;
  assert.match(title, /^\*\*[^*]+\*\* — GDPR Art\. /);
  assert.match(title, /---\n\n\*\*Readability of this section\*\*/);
});

test('document links: one per written article number, whole citation for a single article', () => {
  const links = documentLinks(analysis).map((l) => [TEXT.slice(l.start, l.end), (l.target ?? '').replace(/^.*CELEX:32016R0679/, ''), l.tooltip]);
  assert.deepEqual(links, [
    ['Articles 15', '#art_15', 'Art. 15 GDPR — Right of access by the data subject (EUR-Lex)'],
    ['22', '#art_22', 'Art. 22 GDPR — Automated individual decision-making, including profiling (EUR-Lex)'],
    ['Art. 6 (1) lit. f GDPR', '#art_6', 'Art. 6 GDPR — Lawfulness of processing (EUR-Lex)'],
    ['Regulation (EU) 2016/679', '', 'Regulation (EU) 2016/679 (GDPR) on EUR-Lex'],
  ]);
});

test('hover on a 100 KB draft: ≤ 5 ms per hover after the index is built', () => {
  const para =
    'We process personal data under Art. 6 (1) lit. f GDPR. You have the right of access, the right to erasure and the right to object (Articles 15 to 22). ' +
    'You may lodge a complaint with a supervisory authority. Contact privacy@example.com.\n\n';
  const text = '# Privacy Policy\n\n' + para.repeat(Math.ceil(100_000 / para.length));
  const a = analyze({ text });
  const t0 = performance.now();
  hoverAt(a, 10);
  const first = performance.now() - t0;
  const offsets = Array.from({ length: 2000 }, (_, i) => Math.floor((i * 7919) % text.length));
  const t1 = performance.now();
  let hits = 0;
  for (const o of offsets) if (hoverAt(a, o)) hits++;
  const perHover = (performance.now() - t1) / offsets.length;
  assert.ok(hits > 0);
  assert.ok(perHover < 5, `per hover ${perHover} ms`);
  assert.ok(first < 1000, `index build ${first} ms`);
  if (process.env.LAW_TIMINGS) console.log(`100 KB: first hover (index build) ${first.toFixed(1)} ms, then ${(perHover * 1000).toFixed(1)} µs per hover`);
});
