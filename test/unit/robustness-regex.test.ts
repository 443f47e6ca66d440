// Every regular expression of the server and engine is safe from catastrophic (exponential)
// and quadratic backtracking. The expressions are collected two ways, so that a new rule
// file is covered without being listed here:
//  - statically: every regex literal and `new RegExp('literal')` in server/src/**/*.ts, found
//    with the TypeScript parser (so strings and comments are never mistaken for regexes);
//  - at run time: RegExp.prototype.exec is wrapped while the engine checks realistic drafts
//    with every regime and an organisation configured, which catches expressions built
//    from data (e.g. from the organisation's name).
// Each one then scans adversarial strings of 50 000 characters. A linear scan with bounded
// gaps takes a few milliseconds; a quadratic one takes seconds; an exponential one would never
// end, so each expression runs under a vm timeout that interrupts it.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import * as ts from 'typescript';
import { analyze, ALL_REGIMES } from '../../server/src/engine';
import { generatePolicy } from '../../scripts/policyText';

const ROOT = path.join(__dirname, '..', '..', '..');
const SRC = path.join(ROOT, 'server', 'src');
const N = 50_000;
/** One scan of 50 000 characters: a linear pattern with {0,120} gaps needs ~20 ms, a quadratic one over a second. */
const SCAN_LIMIT_MS = 250;
/** Interrupts a pattern that backtracks exponentially. */
const HARD_LIMIT_MS = 5_000;

interface Collected {
  re: RegExp;
  where: string;
  /** The longest input the code ever gives this pattern, when the code bounds it. */
  bound?: number;
}

/**
 * A pattern that is only ever run on a short, bounded input may be checked at that bound
 * instead: write `// regex-input-bound: N (why)` on its line or the line above. N is at most
 * 2000, and the pattern must still scan N-character attacks quickly.
 */
const ANNOTATION = /regex-input-bound:\s*(\d+)/;
const MAX_BOUND = 2000;

/**
 * Quadratic patterns in files this test does not own, found by it, whose callers bound the
 * input. Checked at that bound. Each should rather be rewritten (or annotated, see above).
 */
const KNOWN_BOUNDED: Record<string, { bound: number; why: string }> = {
  // `[A-Za-z]{2}$` means the same (ends with two letters) and is linear.
  '/[A-Za-z]{2,}$/ server/src/engine/clauses/values.ts': { bound: 254, why: 'run on an e-mail domain, which emailsIn caps at 254 characters' },
  // A backwards trim loop (or trimEnd plus a punctuation strip) is linear.
  '/[\\s,.;:]+$/ server/src/engine/clauses/values.ts': { bound: 40, why: 'run on a quoted short name of at most 40 characters' },
};

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...sourceFiles(p));
    else if (e.name.endsWith('.ts')) out.push(p);
  }
  return out;
}

function literalToRegExp(literal: string): RegExp {
  const slash = literal.lastIndexOf('/');
  return new RegExp(literal.slice(1, slash), literal.slice(slash + 1));
}

function collectStatic(): Collected[] {
  const out: Collected[] = [];
  for (const file of sourceFiles(SRC)) {
    const content = fs.readFileSync(file, 'utf8');
    const lines = content.split('\n');
    const sf = ts.createSourceFile(file, content, ts.ScriptTarget.ES2022, true);
    const rel = path.relative(ROOT, file).split(path.sep).join('/');
    const add = (n: ts.Node, re: RegExp) => {
      const line = sf.getLineAndCharacterOfPosition(n.getStart()).line;
      const note = ANNOTATION.exec(lines[line]) ?? (line > 0 ? ANNOTATION.exec(lines[line - 1]) : null);
      const known = KNOWN_BOUNDED[`/${re.source}/${re.flags} ${rel}`];
      const bound = note ? Math.min(Number(note[1]), MAX_BOUND) : known?.bound;
      out.push({ re, where: `${rel}:${line + 1}`, bound });
    };
    const visit = (n: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(n)) add(n, literalToRegExp(n.text));
      if ((ts.isNewExpression(n) || ts.isCallExpression(n)) && ts.isIdentifier(n.expression) && n.expression.text === 'RegExp') {
        const [source, flags] = n.arguments ?? [];
        if (source && ts.isStringLiteralLike(source) && (!flags || ts.isStringLiteralLike(flags))) {
          add(n, new RegExp(source.text, flags && ts.isStringLiteralLike(flags) ? flags.text : ''));
        }
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return out;
}

function collectAtRunTime(): Collected[] {
  const seen = new Map<string, RegExp>();
  // The unbound original (Reflect.get does not bind it): it is called with each regex as `this`.
  const original = Reflect.get(RegExp.prototype, 'exec');
  RegExp.prototype.exec = function (this: RegExp, s: string) {
    const key = `/${this.source}/${this.flags}`;
    if (!seen.has(key)) seen.set(key, new RegExp(this.source, this.flags));
    return original.call(this, s);
  };
  try {
    const organization = { name: 'Example (UK) Ltd.', email: 'privacy@example.com', website: 'https://www.example.com', phone: '+44 20 7946 0000', address: '1 High Street, London' };
    const settings = { regimes: [...ALL_REGIMES], organization };
    for (const [seed, format] of [[1, 'markdown'], [2, 'plaintext']] as const) {
      analyze({ text: generatePolicy(40_000, seed, format), config: { settings } });
    }
    const seeds = path.join(ROOT, 'test', 'fixtures', 'seeds');
    for (const f of fs.readdirSync(seeds)) analyze({ text: fs.readFileSync(path.join(seeds, f), 'utf8'), config: { settings } });
  } finally {
    RegExp.prototype.exec = original;
  }
  return [...seen.values()].map((re) => ({ re, where: 'built at run time' }));
}

/** Strings that make common mistakes backtrack: long runs of one class, and the pattern's own words. */
function attacks(re: RegExp, N: number): string[] {
  const fixed = [
    'a'.repeat(N) + '!',
    'A'.repeat(N) + 'a',
    ' '.repeat(N) + '!',
    '.'.repeat(N),
    '('.repeat(N),
    'a@'.repeat(N / 2),
    'aaaa.'.repeat(N / 5),
    '1'.repeat(N) + 'x',
    '1 '.repeat(N / 2) + 'x',
    'a '.repeat(N / 2) + '!',
    'AB CD '.repeat(N / 6),
    '-'.repeat(N),
    '\n'.repeat(N) + 'a',
    'a.b-'.repeat(N / 4),
  ];
  const words = [...new Set(re.source.toLowerCase().match(/[a-z]{2,}/g) ?? [])];
  if (words.length > 0) {
    const phrase = words.join(' ') + ' ';
    const pumped = phrase.repeat(Math.ceil(N / phrase.length)).slice(0, N);
    fixed.push(pumped, pumped.toUpperCase(), words.join('').repeat(Math.ceil(N / words.join('').length)).slice(0, N));
  }
  return fixed;
}

/** A full scan, as a rule looping over every match would do. Returns milliseconds. */
function scan(re: RegExp, s: string): number {
  const g = new RegExp(re.source, re.flags.replace(/[gy]/g, '') + 'g');
  const t0 = performance.now();
  let m: RegExpExecArray | null;
  while ((m = g.exec(s)) !== null) if (m[0].length === 0) g.lastIndex++;
  return performance.now() - t0;
}

/** The slowest attack on `re`, in ms (re-measured up to three times, to rule out a busy machine), or Infinity if interrupted. */
function worstCase(re: RegExp, hardLimitMs = HARD_LIMIT_MS, n = N): { ms: number; input: string } {
  let worst = { ms: 0, input: '' };
  let current = '';
  const run = () => {
    for (const s of attacks(re, n)) {
      current = JSON.stringify(s.slice(0, 24)) + '…';
      let t = scan(re, s);
      // A shared machine under load can stall any scan: only a slowness that repeats counts.
      for (let retry = 0; retry < 3 && t > SCAN_LIMIT_MS && t !== Infinity; retry++) t = Math.min(t, scan(re, s));
      if (t > worst.ms) worst = { ms: t, input: current };
      if (t > SCAN_LIMIT_MS) return; // one proof is enough
    }
  };
  try {
    vm.runInNewContext('run()', { run }, { timeout: hardLimitMs });
  } catch (e) {
    if ((e as { code?: string }).code !== 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw e;
    return { ms: Infinity, input: current };
  }
  return worst;
}

test('the harness itself catches exponential and quadratic patterns', () => {
  assert.equal(worstCase(/^(a+)+$/, 1000).ms, Infinity, 'nested quantifier is interrupted');
  assert.ok(worstCase(/\s+$/).ms > SCAN_LIMIT_MS, 'a trailing-space pattern is quadratic on a long run of spaces');
  assert.ok(worstCase(/\b(consent|withdraw)\b[^.]{0,60}\bconsent\b/).ms < SCAN_LIMIT_MS, 'a bounded gap is fine');
  assert.ok(worstCase(/\s+$/, HARD_LIMIT_MS, 200).ms < SCAN_LIMIT_MS, 'a quadratic pattern is fine on an input bounded to 200 characters');
});

test('every regular expression in server/src is safe from catastrophic backtracking', (t) => {
  const statics = collectStatic();
  const dynamic = collectAtRunTime();
  const all = [...statics, ...dynamic];
  // One entry per pattern. A pattern written in several places is checked at the largest input
  // any of them allows (no bound = the full 50 000 characters); one seen only at run time (built
  // from data) has no bound.
  const unique = new Map<string, Collected>();
  for (const c of statics) {
    const key = `/${c.re.source}/${c.re.flags}`;
    const had = unique.get(key);
    if (!had || (had.bound !== undefined && (c.bound === undefined || c.bound > had.bound))) unique.set(key, c);
  }
  for (const c of dynamic) {
    const key = `/${c.re.source}/${c.re.flags}`;
    if (!unique.has(key)) unique.set(key, c);
  }
  const stale = Object.keys(KNOWN_BOUNDED).filter((k) => !statics.some((c) => `/${c.re.source}/${c.re.flags} ${c.where.replace(/:\d+$/, '')}` === k));
  if (stale.length > 0) t.diagnostic(`KNOWN_BOUNDED entries no longer in the source (fixed: remove them): ${stale.join('; ')}`);
  const bounded = [...unique].filter(([, c]) => c.bound !== undefined).map(([k, c]) => `${k} (${c.where}) ≤ ${c.bound}`);
  if (bounded.length > 0) t.diagnostic(`checked at their declared input bound only: ${bounded.join('; ')}`);
  // The engine has dozens of patterns; a collection that finds few has broken, not passed.
  assert.ok(unique.size >= 50, `collected ${unique.size} regular expressions`);
  t.diagnostic(`${unique.size} distinct regular expressions (${statics.length} literals in the source, ${dynamic.length} seen at run time)`);
  assert.ok(all.some((c) => c.where.includes('regimes/gdpr/')), 'the rule files were scanned');
  const slow: string[] = [];
  for (const [key, c] of unique) {
    const w = worstCase(c.re, HARD_LIMIT_MS, c.bound ?? N);
    if (w.ms > SCAN_LIMIT_MS) {
      slow.push(`${key} (${c.where}): ${w.ms === Infinity ? `did not finish within ${HARD_LIMIT_MS} ms` : `${w.ms.toFixed(0)} ms`} on ${w.input}`);
    }
  }
  assert.deepEqual(slow, [], `patterns that backtrack on ${N}-character inputs:\n${slow.join('\n')}`);
});
