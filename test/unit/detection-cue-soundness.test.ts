// The cue prefilter is an optimisation only: a rule's cue words must be a necessary condition of
// its patterns, so switching the prefilter off (every sentence tried against every pattern) must
// not change one result. Checked on the seeds, the example draft and generated policies.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, ALL_REGIMES } from '../../server/src/engine';
import { setCuePrefilter } from '../../server/src/engine/rules/framework/cueIndex';
import { generatePolicy, generateSparseDraft } from '../../scripts/policyText';

const ROOT = path.join(__dirname, '..', '..', '..');
const ALL_ON = { settings: { regimes: [...ALL_REGIMES] } };

function texts(): Array<[string, string]> {
  const seeds = path.join(ROOT, 'test', 'fixtures', 'seeds');
  const out: Array<[string, string]> = fs.readdirSync(seeds).map((f) => [f, fs.readFileSync(path.join(seeds, f), 'utf8')]);
  out.push(['examples/privacy-policy.md', fs.readFileSync(path.join(ROOT, 'examples', 'privacy-policy.md'), 'utf8')]);
  for (const seed of [1, 2, 3]) {
    out.push([`generated markdown ${seed}`, generatePolicy(40_000, seed)]);
    out.push([`generated plain text ${seed}`, generatePolicy(40_000, seed, 'plaintext')]);
    out.push([`sparse draft ${seed}`, generateSparseDraft(20_000, seed)]);
  }
  return out;
}

/** What a user sees: each item's decision and evidence, each finding. */
function summary(text: string): string {
  const r = analyze({ text, config: ALL_ON }).report;
  return JSON.stringify({
    disclosures: r.disclosures.map((d) => [d.id, d.found, d.required, d.requiredBecause, d.evidence.map((e) => e.start)]),
    findings: r.findings.map((f) => [f.code, f.start, f.end, f.message, f.fixes.length]),
  });
}

test('results are the same with and without the cue prefilter', () => {
  for (const [name, text] of texts()) {
    const withCues = summary(text);
    setCuePrefilter(false);
    let without: string;
    try {
      without = summary(text);
    } finally {
      setCuePrefilter(true);
    }
    assert.equal(withCues, without, `${name}: the prefilter changed a result`);
  }
});
