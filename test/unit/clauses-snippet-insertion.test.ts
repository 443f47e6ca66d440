// The editor inserts a clause as a snippet: it must expand to exactly the plain text the CLI and
// other editors insert, with a tab stop on every blank and the first blank the first tab stop;
// "insert all" says what it inserted and on which line.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, fixesFor, insertAllMissingFix, INSERT_CLAUSES_COMMAND } from '../../server/src/engine';
import type { ClauseInsertionRequest, Fix, TextEdit } from '../../server/src/engine';
import { expandSnippet, renderFilledSnippet, TabStops } from '../../server/src/engine/clauses/template';

function applyEdits(text: string, edits: TextEdit[]): string {
  let t = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) t = t.slice(0, e.start) + e.newText + t.slice(e.end);
  return t;
}

function requestOf(fix: Fix): ClauseInsertionRequest {
  assert.equal(fix.command?.id, INSERT_CLAUSES_COMMAND);
  return fix.command.args[0] as ClauseInsertionRequest;
}

const MD = [
  '# Privacy Policy',
  '',
  'Northwind Ltd ("Northwind", "we", "us") sells tea at northwind.example.',
  '',
  '## Your rights',
  '',
  'You may ask us for a copy of the personal data we hold about you.',
  '',
  '## Contact us',
  '',
  'Write to privacy@northwind.example.',
  '',
].join('\n');

test('a quick fix: the snippet expands to the plain text, every [blank] is a tab stop, tab stop 1 is the first blank', () => {
  const a = analyze({ text: MD });
  const f = a.report.findings.find((x) => x.code === 'gdpr/retention')!;
  const fix = fixesFor(a, f).find((x) => x.title.startsWith('Insert standard clause'))!;
  const req = requestOf(fix);
  assert.equal(req.edits.length, 1);
  const e = req.edits[0];
  assert.deepEqual({ start: e.start, end: e.end, newText: e.newText }, fix.edits[0], 'the command inserts what the plain edit inserts');
  const { text, stops } = expandSnippet(e.snippet);
  assert.equal(text, e.newText);
  const blanks = [...e.newText.matchAll(/\[[^\]\n]+\]/g)];
  assert.ok(blanks.length >= 1);
  assert.equal(stops.size, blanks.length, 'one tab stop per blank');
  assert.equal(e.newText.slice(stops.get(1)!.start, stops.get(1)!.end), blanks[0][0]);
  // The request says where the first blank is in the draft after the insertion.
  const out = applyEdits(MD, fix.edits);
  assert.equal(out.slice(req.firstBlank!.start, req.firstBlank!.end), '[retention period for each category of data, or the criteria used to determine it]');
  assert.equal(req.report, false);
});

test('the draft’s own values are text in the snippet, not tab stops; choices are bracketed blanks, no option picked', () => {
  const a = analyze({ text: MD });
  const f = a.report.findings.find((x) => x.code === 'gdpr/legal-basis')!;
  const fix = fixesFor(a, f).find((x) => x.title.startsWith('Insert standard clause'))!;
  const e = requestOf(fix).edits[0];
  assert.match(e.newText, /\[the performance of a contract with you \(Art\. 6\(1\)\(b\) GDPR\) \/ compliance/);
  assert.doesNotMatch(e.snippet, /\$\{\d+\|/, 'no choice list that would pick the first option');
  assert.equal(expandSnippet(e.snippet).text, e.newText);
  // Values the draft states are plain text; unknown ones are tab stops, repeated ones mirrored.
  assert.equal(
    renderFilledSnippet('Write to {{privacyEmail}} or to {{address}}; {{address}} again.', { privacyEmail: 'privacy@northwind.example' }, new TabStops()),
    'Write to privacy@northwind.example or to ${1:[address]}; $1 again.',
  );
});

/** Rights at the end of the rights section, new sections before the contact section: two insertion points. */
const TWO_POINTS = MD.replace('## Contact us', '## Cookies\n\nWe use cookies to remember your basket.\n\n## Contact us');

test('insert all: tab stops numbered across all edits in text order, each expanding to its plain text; the report lists every clause on its line', () => {
  const MD = TWO_POINTS;
  const a = analyze({ text: MD });
  const fix = insertAllMissingFix(a)!;
  const req = requestOf(fix);
  assert.equal(req.report, true);
  assert.ok(req.edits.length >= 2, 'several insertion points');
  let last = 0;
  const seen = new Set<number>();
  for (const e of req.edits) {
    const { text, stops } = expandSnippet(e.snippet);
    assert.equal(text, e.newText);
    for (const n of stops.keys()) {
      assert.ok(!seen.has(n), `tab stop ${n} used in two edits (VS Code would link them)`);
      seen.add(n);
      assert.ok(n > last, 'numbered in text order');
      last = n;
    }
  }
  const out = applyEdits(MD, fix.edits);
  const lines = out.split('\n');
  assert.equal(req.inserted.length, Number(/\((\d+)\)/.exec(fix.title)![1]), 'one entry per inserted clause');
  for (const x of req.inserted) {
    const line = lines[x.line];
    assert.ok(line !== undefined && line.trim().length > 0, `${x.title}: line ${x.line + 1} is empty`);
    assert.ok(!/^#/.test(line), `${x.title}: the line is the clause's first line, not a heading: ${line}`);
    if (x.newSection) assert.ok(lines.slice(0, x.line).reverse().find((l) => l.startsWith('#'))!.endsWith(x.section), `${x.title} under "${x.section}"`);
  }
  const erasure = req.inserted.find((x) => /erasure/i.test(x.title))!;
  assert.deepEqual({ section: erasure.section, newSection: erasure.newSection }, { section: 'Your rights', newSection: false });
  assert.match(lines[erasure.line], /^You have the right to erasure/);
  const retention = req.inserted.find((x) => /how long/i.test(x.section))!;
  assert.equal(retention.newSection, true);
  assert.equal(out.slice(req.firstBlank!.start, req.firstBlank!.end).startsWith('['), true);
  assert.equal(out.indexOf('[', req.edits[0].start), req.firstBlank!.start, 'the first blank in the draft');
});

test('a value unknown to the draft and used in two edits is a tab stop in each, not a mirror of the other edit', () => {
  // No address: the contact clause (a new section before the contact heading) and the
  // identity clause (in the opening text) both ask for it, at two insertion points.
  const text = '# Privacy Policy\n\nWe sell tea.\n\n## Your rights\n\nYou may ask us for a copy of the personal data we hold about you.\n\n## Cookies\n\nWe use cookies.\n';
  const req = requestOf(insertAllMissingFix(analyze({ text }))!);
  const withAddress = req.edits.filter((e) => e.newText.includes('[address]'));
  assert.ok(withAddress.length >= 2, `the address is asked for at ${withAddress.length} points`);
  for (const e of req.edits) {
    assert.equal(expandSnippet(e.snippet).text, e.newText);
    const defined = new Set([...e.snippet.matchAll(/\$\{(\d+):/g)].map((m) => m[1]));
    for (const m of e.snippet.matchAll(/(?<!\\)\$(\d+)/g)) assert.ok(defined.has(m[1]), `mirror $${m[1]} refers to a stop of this edit`);
  }
});

test('a snippet escapes the draft’s own $ and } (a company called "Ca$h}" stays as written)', () => {
  const text = MD.replace('Northwind Ltd ("Northwind"', 'Ca$h} Ltd ("Ca$h}"');
  const a = analyze({ text });
  const fix = insertAllMissingFix(a)!;
  for (const e of requestOf(fix).edits) assert.equal(expandSnippet(e.snippet).text, e.newText);
});
