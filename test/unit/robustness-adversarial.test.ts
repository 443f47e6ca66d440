// Hostile and degenerate drafts through the whole engine, every regime on. Each check must
// finish within a budget proportional to its size (generous: 1 s + 3 s per MB, on a shared
// 2-core machine where a real policy needs 0.1–0.3 s per MB and the worst shape here, 260 000
// one-word headings, about 1.5 s) and return a well-formed report.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, ALL_REGIMES, Analysis } from '../../server/src/engine';
import { generatePolicy } from '../../scripts/policyText';

const MB = 1024 * 1024;
const ALL_ON = { settings: { regimes: [...ALL_REGIMES] } };

/** Runs the full check, asserts the time budget and the report's invariants. */
function check(name: string, text: string, budgetMs = 1000 + 3000 * (text.length / MB)): Analysis {
  const t0 = performance.now();
  const a = analyze({ text, config: ALL_ON });
  const ms = performance.now() - t0;
  assert.ok(ms <= budgetMs, `${name}: ${(text.length / MB).toFixed(1)} MB checked in ${ms.toFixed(0)} ms, budget ${budgetMs.toFixed(0)} ms`);
  wellFormed(name, text, a);
  return a;
}

function wellFormed(name: string, text: string, a: Analysis): void {
  assert.equal(a.doc.norm.length, text.length, `${name}: the normalised copy keeps offsets`);
  assert.deepEqual(a.report.regimes, [...ALL_REGIMES]);
  for (const f of a.report.findings) {
    assert.ok(f.start >= 0 && f.start <= f.end && f.end <= text.length, `${name}: ${f.code} range ${f.start}-${f.end} inside the text`);
    assert.equal(a.doc.lines.offsetAt(f.line, f.column), f.start, `${name}: ${f.code} line/column agree with its offset`);
    assert.ok(f.message.length > 0);
  }
  for (const d of a.report.disclosures) {
    for (const e of d.evidence) assert.equal(e.text, text.slice(e.start, e.end), `${name}: ${d.id} evidence quotes the text`);
  }
  for (const s of a.doc.sentences) assert.ok(s.end - s.start <= 700 && s.end > s.start, `${name}: sentences are bounded and non-empty`);
}

test('1 MB of "a@" (an endless e-mail address)', () => {
  check('a@', 'a@'.repeat(MB / 2));
});

test('1 MB of "@", of "x@" pairs and of "@-": the e-mail scan tries only where a local part can start', () => {
  check('@', '@'.repeat(MB));
  check('-@', '-@'.repeat(MB / 2));
  check('@.', '@.'.repeat(MB / 2));
});

test('1 MB of spaces, of dots, of "(((("', () => {
  check('spaces', ' '.repeat(MB));
  check('dots', '.'.repeat(MB));
  check('parens', '('.repeat(MB));
});

test('one 2 MB line of policy text (a scraped page)', () => {
  const line = generatePolicy(2 * MB, 11, 'plaintext').replace(/[\r\n]+/g, ' ');
  assert.equal(line.includes('\n'), false);
  const a = check('2 MB line', line);
  assert.ok(a.doc.sentences.length > 1000, 'the line is still split into sentences');
  assert.equal(a.report.disclosures.find((d) => d.id === 'gdpr/right-complaint')?.found, true, 'and still read: the complaint right is found');
});

test('an unclosed HTML comment before 1 MB of text', () => {
  const text = '# Privacy Policy\n\nExample Ltd is the controller.\n\n<!-- drafting note: check with the client\n' + generatePolicy(MB, 12);
  const a = check('unclosed comment', text);
  // The comment runs to the end, so nothing after it is policy text, and nothing breaks.
  const commentAt = text.indexOf('<!--');
  assert.ok(a.doc.sentences.every((s) => s.end <= commentAt));
});

test('NUL bytes and lone surrogates in 1 MB of text', () => {
  const base = generatePolicy(MB, 13);
  const parts: string[] = [];
  for (let i = 0; i < base.length; i += 97) parts.push(base.slice(i, i + 97), i % 2 ? '\u0000' : i % 3 ? '\ud800' : '\udfff');
  const text = parts.join('');
  const a = check('NUL and surrogates', text);
  assert.ok(a.doc.sentences.length > 1000);
  check('only NUL', '\u0000'.repeat(MB));
  check('only lone surrogates', '\udc00'.repeat(MB / 2) + '\ud800'.repeat(MB / 2));
});

test('other degenerate shapes: 1 MB of newlines, list markers, headings, capitals, digits', () => {
  check('newlines', '\n'.repeat(MB));
  check('CRs', '\r'.repeat(MB));
  check('list items', '- x\n'.repeat(MB / 4));
  check('headings', '# h\n'.repeat(MB / 4));
  check('one-letter paragraphs', 'A\n\n'.repeat(MB / 3));
  check('capitals', 'YOUR RIGHTSYou may '.repeat(MB / 19));
  check('digits', '1'.repeat(MB));
  check('front matter that never closes', '---\n' + 'regimes: [gdpr]\n'.repeat(MB / 16));
  check('dotted capital I (changes length when lower-cased)', 'İ'.repeat(MB));
});

test('a 50 MB draft is checked in bounded time and memory, and says what it skipped', () => {
  const text = generatePolicy(MB, 14).repeat(50);
  const heapBefore = process.memoryUsage().heapUsed;
  const a = check('50 MB', text, 60_000);
  assert.ok(a.doc.sentences.length > 100_000);
  assert.equal(a.report.disclosures.find((d) => d.id === 'gdpr/right-complaint')?.found, true, 'the checklist is complete');
  assert.ok(
    a.report.configurationMessages.some((m) => /longer than 10 MB/.test(m) && /consistency checks were skipped/.test(m)),
    `the user is told why some checks did not run: ${a.report.configurationMessages.join(' | ')}`,
  );
  const grownMb = (process.memoryUsage().heapUsed - heapBefore) / MB;
  assert.ok(grownMb < 1500, `the analysis of 50 MB holds ${grownMb.toFixed(0)} MB of heap`);
});
