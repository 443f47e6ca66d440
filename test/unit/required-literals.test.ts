// The literal prefilter of each detector pattern (requiredLiterals.ts): which words a pattern
// cannot match without. Checked on hand-written patterns, and on every pattern of every rule
// against the sentences of the seeds, the example draft and generated policies: a sentence a
// pattern matches always contains one of the pattern's literals.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { requiredLiterals } from '../../server/src/engine/rules/framework/requiredLiterals';
import { patternLiterals } from '../../server/src/engine/rules/framework/match';
import { analyze, ALL_REGIMES, buildDocumentModel } from '../../server/src/engine';
import { generatePolicy } from '../../scripts/policyText';

const ROOT = path.join(__dirname, '..', '..', '..');

test('literal runs, optional parts and alternatives', () => {
  assert.deepEqual(requiredLiterals(/\bright to opt[- ]?out\b/), ['right to opt-out', 'right to opt out', 'right to optout']);
  assert.deepEqual(requiredLiterals(/\bglobal privacy control\b|\bgpc\b/), ['global privacy control', 'gpc']);
  assert.deepEqual(requiredLiterals(/\b(legal|lawful) basis\b/), ['legal basis', 'lawful basis']);
  // The most selective part of a sequence with gaps: "personal"/"information" beat "we sell".
  assert.deepEqual(requiredLiterals(/\b(we|it) sell\b[^.]{0,60}\b(personal|information)\b/)?.sort(), ['information', 'personal']);
  // A positive lookahead reads the same sentence; a negative one requires nothing.
  assert.deepEqual(requiredLiterals(/(?=[^.]{0,40}\bconsent\b)\bmay\b/), ['consent']);
  assert.deepEqual(requiredLiterals(/(?!\bno\b)\bwithdraw/), ['withdraw']);
});

test('gives up rather than guess', () => {
  assert.equal(requiredLiterals(/[^.]{0,40}/), undefined, 'nothing literal');
  assert.equal(requiredLiterals(/\bar?t\b|\bx/), undefined, 'an alternative without a literal of 3 characters');
  assert.equal(requiredLiterals(/(data)?\s+no\b/), undefined, 'the only required literal, "no", is too short to be a cue');
  assert.equal(requiredLiterals(/^[a-z]+$/m), undefined, 'multiline flag');
  assert.equal(requiredLiterals(/(a)\1bc/), undefined, 'backreference');
});

test('every rule pattern: a sentence it matches contains one of its literals', () => {
  const texts = fs.readdirSync(path.join(ROOT, 'test', 'fixtures', 'seeds')).map((f) => fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'seeds', f), 'utf8'));
  texts.push(fs.readFileSync(path.join(ROOT, 'examples', 'privacy-policy.md'), 'utf8'), generatePolicy(60_000, 5), generatePolicy(60_000, 6, 'plaintext'));
  const units = texts.flatMap((t) => {
    const d = buildDocumentModel(t);
    return [...d.sentences.map((s) => s.norm), ...d.headings.map((h) => d.norm.slice(h.start, h.end))];
  });
  // Patterns get their literals when a check first uses them.
  analyze({ text: texts[0], config: { settings: { regimes: [...ALL_REGIMES] } } });
  const patterns = [...patternLiterals()].filter(([, lits]) => lits !== null) as Array<[RegExp, string[]]>;
  assert.ok(patterns.length > 200, `the rules' patterns are registered (${patterns.length})`);
  let matched = 0;
  for (const [re, lits] of patterns) {
    for (const n of units) {
      if (!re.test(n)) continue;
      matched++;
      assert.ok(lits.some((l) => n.includes(l)), `${re} matched a sentence holding none of ${JSON.stringify(lits)}: ${n.slice(0, 200)}`);
    }
  }
  assert.ok(matched > 500, `enough matches to mean something (${matched})`);
});
