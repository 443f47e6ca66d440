// Citations: a right cited with another subject's article; bodies and mechanisms that no
// longer exist, with the current one named.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, Finding } from '../../server/src/engine';

const NOW = new Date('2026-06-01T00:00:00Z');
const findings = (text: string, code: string): Finding[] =>
  analyze({ text, config: { now: NOW } }).report.findings.filter((f) => f.code === code);
const HEAD = '# Privacy Policy\n\nLast updated: 1 May 2026\n\n';

test('wrong-article: withdrawal of consent cited with Art. 13 and 14; erasure with Art. 16', () => {
  const text = `${HEAD}## Your rights\n\n- Right to erasure (Art. 16 GDPR): you may ask us to delete your data.\n- Right to withdraw consent (Art. 13 and Art. 14 GDPR): you may withdraw it at any time.\n`;
  const fs = findings(text, 'consistency/wrong-article');
  assert.deepEqual(fs.map((f) => text.slice(f.start, f.end)), ['Art. 16 GDPR', 'Art. 13 and Art. 14 GDPR']);
  // Each message names the right, the article it is in, and what the cited article is about.
  assert.match(fs[0].message, /cited for the right to erasure, which is in Art\. 17 GDPR \(Art\. 16: the right to rectification\)/);
  assert.match(fs[1].message, /cited for the right to withdraw consent, which is in Art\. 7\(3\) GDPR \(Art\. 13 and Art\. 14: the information duties\)/);
  assert.equal(fs[0].fixes[0].edits[0].newText, 'Art. 17 GDPR');
  assert.equal(fs[1].fixes[0].edits[0].newText, 'Art. 7(3) GDPR');
});

test('wrong-article: correct citations, the information duty’s own point, and the basis an objection concerns are fine', () => {
  const text = `${HEAD}- Right of access (Article 15 GDPR)\n- Right to erasure (Art. 17(1) GDPR)\n- Right to withdraw consent (Art. 7(3) GDPR), which we must tell you about under Art. 13(2)(c) GDPR.\n- Right to withdraw consent (Art. 13(2)(c) GDPR)\n- You have the right to object to processing based on Art. 6(1)(f) GDPR.\n- Right to object (Art. 21 GDPR) where we rely on legitimate interests (Art. 6(1)(f) GDPR).\n- Right to lodge a complaint with a supervisory authority (Art. 77 GDPR).\n- Rights of data subjects (Art. 15 to 22 GDPR).\n`;
  assert.deepEqual(findings(text, 'consistency/wrong-article').map((f) => f.message), []);
});

test('outdated-reference: Article 29 Working Party, Privacy Shield, Safe Harbor, Directive 95/46/EC', () => {
  const text = `${HEAD}We follow the guidance of the Article 29 Working Party.\n\nTransfers to the US rely on the EU-U.S. Privacy Shield Framework. We are certified under the Privacy Shield.\n\nWe also adhere to the US-EU Safe Harbor Framework.\n\nThis policy complies with Directive 95/46/EC.\n`;
  const fs = findings(text, 'consistency/outdated-reference');
  assert.deepEqual(fs.map((f) => text.slice(f.start, f.end)), ['the Article 29 Working Party', 'EU-U.S. Privacy Shield Framework', 'US-EU Safe Harbor Framework', 'Directive 95/46/EC']);
  assert.match(fs[0].message, /European Data Protection Board/);
  assert.match(fs[1].message, /invalidated in 2020 \(Schrems II\).*EU-U\.S\. Data Privacy Framework/);
  assert.match(fs[1].message, /mentioned 2 times/);
  assert.equal(fs[1].related.length, 1);
  assert.equal(fs[2].fixes[0].edits[0].newText, 'EU-U.S. Data Privacy Framework');
  assert.equal(fs[0].fixes[0].edits[0].newText, 'the European Data Protection Board');
});

test('outdated-reference: a link to the Working Party’s list of authorities is replaced by the EDPB’s', () => {
  const text = `${HEAD}A list of authorities is at http://ec.europa.eu/justice/article-29/structure/data-protection-authorities/index_en.htm.\n`;
  const fs = findings(text, 'consistency/outdated-reference');
  assert.equal(fs.length, 1);
  assert.equal(text.slice(fs[0].start, fs[0].end), 'http://ec.europa.eu/justice/article-29/structure/data-protection-authorities/index_en.htm');
  assert.match(fs[0].fixes[0].edits[0].newText, /^https:\/\/www\.edpb\.europa\.eu\//);
});

test('outdated-reference: history told as history, the current framework and COPPA safe harbors are fine', () => {
  const text = `${HEAD}We previously relied on the EU-U.S. Privacy Shield, which was invalidated in 2020; we now rely on the EU-U.S. Data Privacy Framework.\n\nThe European Data Protection Board replaced the Article 29 Working Party.\n\nWe participate in the kidSAFE Safe Harbor program approved under COPPA.\n`;
  assert.deepEqual(findings(text, 'consistency/outdated-reference').map((f) => f.message), []);
});
