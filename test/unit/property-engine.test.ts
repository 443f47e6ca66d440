// Property-based tests (fast-check): random drafts made of realistic fragments and noise,
// random edits, random configuration. The engine never throws, no rule fails internally,
// reports are well formed and deterministic, and every quick fix the engine offers applies
// cleanly the way an editor applies it, changes only its own ranges, and leaves a draft that
// checks without error. Fixes are exercised as rules start offering them; the count is
// printed as a test diagnostic (`fixes exercised`).
import { foreignTo, headingScopes } from '../../server/src/engine/rules/framework/scope';
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, ALL_REGIMES, Analysis, Fix, fixesFor, getRule, packById, resolveOptions } from '../../server/src/engine';
import { policyFragments } from '../../scripts/policyText';

// CI runs a fixed seed so that a red build always means a change broke something; explore other
// inputs with FC_SEED=random (or a number) — a failure prints its seed and counterexample to keep
// as a regression test.
const seedSetting = process.env.FC_SEED ?? '20261123';
if (seedSetting !== 'random') fc.configureGlobal({ seed: Number(seedSetting) });

const NOW = new Date('2025-06-01T00:00:00Z');
const FRAGMENTS = policyFragments();
const SPECIAL = ['\u0000', '\ud800', '\udfff', '\r', '\r\n', '\n\n', 'İ', '“', '’', '—', '\u00a0', '\ufeff', '#', '**', '(', '.', '@', '<!--', '-->', '```', '---', '[', ']', 'Art. 13(1)(a)', 'https://example.com/privacy', 'privacy@example.com'];

/** Any UTF-16 code units, lone surrogates and control characters included. */
const noise = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 12 }).map((codes) => String.fromCharCode(...codes));
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 2, arbitrary: fc.constantFrom(...SPECIAL) },
  { weight: 2, arbitrary: noise },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
);
const separator = fc.constantFrom('\n', '\n\n', ' ', '\r\n', '\r\n\r\n', '', '\t');
const draft = fc
  .array(fc.tuple(piece, separator), { maxLength: 40 })
  .map((parts) => parts.map(([p, s]) => p + s).join(''));
const format = fc.constantFrom<'markdown' | 'plaintext' | undefined>('markdown', 'plaintext', undefined);
const regimes = fc.subarray([...ALL_REGIMES]);

interface Edit {
  at: number; // fraction of the text length
  remove: number;
  insert: string;
}
const edit: fc.Arbitrary<Edit> = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat({ max: 40 }), insert: fc.oneof(piece, separator) });

function applyEdit(text: string, e: Edit): string {
  const start = Math.min(text.length, Math.floor(e.at * text.length));
  const end = Math.min(text.length, start + e.remove);
  return text.slice(0, start) + e.insert + text.slice(end);
}

let fixesExercised = 0;
const fixTitles = new Map<string, number>();

function check(text: string, fmt: 'markdown' | 'plaintext' | undefined, rs: string[]): Analysis {
  const a = analyze({ text, format: fmt, config: { settings: { regimes: rs }, now: NOW } });
  const internal = a.report.configurationMessages.filter((m) => m.startsWith('Internal error'));
  assert.deepEqual(internal, [], 'no rule failed internally');
  for (const f of a.report.findings) {
    assert.ok(0 <= f.start && f.start <= f.end && f.end <= text.length, `${f.code}: range inside the text`);
    for (const r of f.related) assert.ok(0 <= r.start && r.start <= r.end && r.end <= text.length, `${f.code}: related range inside the text`);
  }
  for (const d of a.report.disclosures) for (const e of d.evidence) assert.equal(e.text, text.slice(e.start, e.end));
  return a;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** What is wrong with a fix's edits on `text`, if anything (exported logic for the self-test). */
function fixProblems(text: string, fix: Fix): string[] {
  const problems: string[] = [];
  if (!fix.title || fix.title.trim().length === 0) problems.push('a fix without a title');
  const edits = [...fix.edits].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 0; i < edits.length; i++) {
    const e = edits[i];
    if (!(Number.isInteger(e.start) && Number.isInteger(e.end) && 0 <= e.start && e.start <= e.end && e.end <= text.length)) {
      problems.push(`edit ${e.start}-${e.end} outside the text (length ${text.length})`);
      continue;
    }
    if (i > 0 && edits[i - 1].end > e.start) problems.push(`edits ${edits[i - 1].start}-${edits[i - 1].end} and ${e.start}-${e.end} overlap`);
    for (const at of [e.start, e.end]) {
      if (at > 0 && at < text.length && isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at))) problems.push(`edit boundary ${at} splits a surrogate pair`);
      if (at > 0 && at < text.length && text[at - 1] === '\r' && text[at] === '\n') problems.push(`edit boundary ${at} splits a CRLF line break`);
    }
  }
  return problems;
}

/** Applies a fix as an editor does (positions, via the LSP text document) and checks the result. */
function applyFix(text: string, fix: Fix): string {
  const doc = TextDocument.create('file:///draft.md', 'markdown', 1, text);
  const result = TextDocument.applyEdits(
    doc,
    fix.edits.map((e) => ({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.newText })),
  );
  // The same edits by offsets: the two must agree, or offsets and positions disagree.
  let byOffsets = '';
  let cursor = 0;
  for (const e of [...fix.edits].sort((a, b) => a.start - b.start)) {
    byOffsets += text.slice(cursor, e.start) + e.newText;
    cursor = e.end;
  }
  byOffsets += text.slice(cursor);
  assert.equal(result, byOffsets, `"${fix.title}": applied by positions and by offsets alike`);
  // Only its own ranges change: everything before the first edit and after the last is intact.
  if (fix.edits.length > 0) {
    const first = Math.min(...fix.edits.map((e) => e.start));
    const last = Math.max(...fix.edits.map((e) => e.end));
    assert.equal(result.slice(0, first), text.slice(0, first), `"${fix.title}": text before its range is unchanged`);
    assert.equal(result.slice(result.length - (text.length - last)), text.slice(last), `"${fix.title}": text after its range is unchanged`);
  }
  return result;
}

function exerciseFixes(text: string, fmt: 'markdown' | 'plaintext' | undefined, rs: string[], a: Analysis): void {
  for (const f of a.report.findings) {
    for (const fix of fixesFor(a, f)) {
      assert.deepEqual(fixProblems(text, fix), [], `${f.code}: "${fix.title}" applies cleanly`);
      const after = applyFix(text, fix);
      const b = check(after, fmt, rs);
      // A fix does what it says: its finding is gone afterwards. Not asserted (yet) for drafts
      // with an HTML comment or a code fence: an unclosed one swallows the inserted text (known,
      // reported to the fixes' owner).
      // Nor where a heading addresses another law's readers ("California rights" for a GDPR
      // item): the placement avoids such sections, but when the title itself is one there is no
      // place where the clause would count for this law.
      const foreign = foreignTo(packById(getRule(f.code)?.family ?? '')?.audience);
      const scoped = foreign !== undefined && headingScopes(a.doc).includes(foreign);
      if (fix.edits.length > 0 && !/<!--|-->|```|~~~/.test(text) && !scoped) {
        assert.ok(!b.report.findings.some((g) => g.code === f.code && g.message === f.message), `${f.code}: "${fix.title}" resolves its finding`);
      }
      fixesExercised++;
      fixTitles.set(`${f.code}: ${fix.title}`, (fixTitles.get(`${f.code}: ${fix.title}`) ?? 0) + 1);
    }
  }
}

test('the fix checker rejects broken fixes (so that the properties below can fail)', () => {
  const text = 'Hello \ud83d\ude00 world\r\nbye';
  const fix = (edits: Fix['edits']): Fix => ({ title: 'Replace', kind: 'quickfix', edits });
  assert.deepEqual(fixProblems(text, fix([{ start: 0, end: 5, newText: 'Hi' }])), []);
  assert.match(fixProblems(text, fix([{ start: 0, end: 99, newText: '' }])).join(), /outside the text/);
  assert.match(fixProblems(text, fix([{ start: 0, end: 4, newText: '' }, { start: 3, end: 6, newText: '' }])).join(), /overlap/);
  assert.match(fixProblems(text, fix([{ start: 7, end: 7, newText: 'x' }])).join(), /surrogate pair/);
  assert.match(fixProblems(text, fix([{ start: text.indexOf('\n'), end: text.indexOf('\n'), newText: 'x' }])).join(), /CRLF/);
  assert.match(fixProblems(text, { ...fix([]), title: ' ' }).join(), /without a title/);
  const result = applyFix(text, fix([{ start: 0, end: 5, newText: 'Hi' }, { start: 9, end: 14, newText: 'there' }]));
  assert.equal(result, 'Hi \ud83d\ude00 there\r\nbye');
});

test('random drafts: the engine never throws, reports are well formed and deterministic, fixes apply cleanly', (t) => {
  fc.assert(
    fc.property(draft, format, regimes, (text, fmt, rs) => {
      const a = check(text, fmt, rs);
      const again = analyze({ text, format: fmt, config: { settings: { regimes: rs }, now: NOW } });
      assert.deepEqual(again.report, a.report, 'the same draft gives the same report');
      exerciseFixes(text, fmt, rs, a);
    }),
    { numRuns: 500 },
  );
  t.diagnostic(`fixes exercised so far: ${fixesExercised} (${[...fixTitles].map(([k, n]) => `${k} ×${n}`).join('; ') || 'no rule offers a fix yet'})`);
});

test('random edit sequences: every version checks without error and its fixes apply cleanly', (t) => {
  fc.assert(
    fc.property(draft, fc.array(edit, { minLength: 1, maxLength: 8 }), format, (text, edits, fmt) => {
      let current = text;
      for (const e of edits) {
        current = applyEdit(current, e);
        const a = check(current, fmt, [...ALL_REGIMES]);
        exerciseFixes(current, fmt, [...ALL_REGIMES], a);
      }
    }),
    { numRuns: 120 },
  );
  t.diagnostic(`fixes exercised in total: ${fixesExercised}`);
});

test('random configuration never throws and always yields usable options', () => {
  const value = fc.oneof(fc.anything(), fc.jsonValue());
  const layer = fc.oneof(
    value,
    fc.record(
      {
        regimes: fc.oneof(value, fc.array(fc.constantFrom('gdpr', 'ccpa', 'caloppa', 'coppa', 'GDPR', ' ccpa ', 'hipaa', ''))),
        rules: fc.oneof(value, fc.dictionary(fc.constantFrom('gdpr/retention', 'gdpr/dpo-contact', 'nope', '__proto__', 'constructor'), value)),
        organization: fc.oneof(value, fc.dictionary(fc.constantFrom('name', 'email', 'website', 'phone', 'x'), value)),
        dpo: value,
        basis: value,
        profile: value,
      },
      { requiredKeys: [] },
    ),
  );
  fc.assert(
    fc.property(layer, layer, layer, (settings, projectFile, frontMatter) => {
      const { options, messages } = resolveOptions({ settings, projectFile, frontMatter: frontMatter as Record<string, unknown>, now: NOW });
      assert.ok(options.regimes.every((r) => ALL_REGIMES.includes(r)));
      for (const [id, sev] of Object.entries(options.rules)) assert.ok(['error', 'warning', 'information', 'hint', 'off'].includes(sev), `${id}: ${sev}`);
      for (const v of Object.values(options.organization)) assert.equal(typeof v, 'string');
      for (const k of ['dpo', 'transfers', 'indirectSources', 'automatedDecisions', 'children', 'sells'] as const) {
        assert.ok(options.profile[k] === undefined || typeof options.profile[k] === 'boolean');
      }
      assert.ok(messages.every((m) => typeof m === 'string' && m.length > 0));
    }),
    { numRuns: 500 },
  );
});

test('random front matter never throws and never reaches Object.prototype', () => {
  const yamlLine = fc.oneof(
    fc.constantFrom('regimes: [gdpr, ccpa]', 'dpo: true', 'dpo: maybe', 'basis:', '  - consent', '  - 5', 'organization:', '  name: Example Ltd', '  email: a@b.c # comment', '__proto__:', '  polluted: yes', 'constructor: 1', '# comment', '', '---'),
    fc.string({ maxLength: 30 }),
    noise,
  );
  fc.assert(
    fc.property(fc.array(yamlLine, { maxLength: 15 }), draft, (lines, body) => {
      const text = ['---', ...lines, '---', body].join('\n');
      check(text, 'markdown', ['gdpr']);
      assert.equal(({} as Record<string, unknown>).polluted, undefined);
    }),
    { numRuns: 300 },
  );
});
