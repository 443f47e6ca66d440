// matchesNear runs a costly expression only near a cheap anchor; it must find exactly what
// matchesIn (the expression over every prose range) finds. Random drafts dense in anchors,
// near-misses and range boundaries, for expressions shaped like the extraction's own.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildDocumentModel } from '../../server/src/engine';
import { Anchor, matchesIn, matchesNear } from '../../server/src/engine/extract/scan';

const PIECES = ['@', 'a', 'B', 'Acme', ' ', ', ', '\n', '\n\n', '# ', '.', '-', 'x.y', '.com', '12345', '1234', '652 16', ' CA ', 'SW1A 2AA', ' Ltd', ' AB', '(', ' (', ')', '“we”', 'Karlstad', '9', 'É', '_'];
const draft = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((p) => p.join(''));

const CASES: Array<[string, RegExp, Anchor]> = [
  // An e-mail address: a lookbehind, a bounded local part, the '@' inside.
  ['e-mail', /(?<![\w.%+@-])[\w.%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}/g, { re: /@/g, before: 64, span: 64 + 1 + 9 * 64 + 1, behind: 1 }],
  // A US-style postcode after a comma: two letters, a space, five digits.
  ['postcode', /(?<=, ?)([A-Z]{2}) (\d{5})(?:-\d{4})?\b/g, { re: /\d{5}/g, before: 3, span: 15, behind: 2 }],
  // A capitalised name before a legal form.
  ['legal name', /(?<![\w&])((?:[A-Z][\w.-]{0,10} ){0,2}[A-Z][\w.-]{0,10}),? (Ltd|AB)(?![\w/])/g, { re: / (?=Ltd|AB)/g, before: 3 * 12, span: 3 * 12 + 1 + 3 + 2, behind: 1 }],
  // A name before a parenthesis, tried only where a name can start.
  ['definition', /(?<![\w&])((?:[A-Z][\w.-]{0,10},? ){0,2}[A-Z][\w.-]{0,10}) \(([^()\n]{2,40})\)/g, { re: / \(/g, before: 3 * 13, span: 3 * 13 + 2 + 40 + 2, behind: 1, startsWith: (c) => c >= 65 && c <= 90 }],
];

for (const [name, re, anchor] of CASES) {
  test(`matchesNear finds what matchesIn finds: ${name}`, () => {
    fc.assert(
      fc.property(draft, fc.constantFrom<'markdown' | 'plaintext'>('markdown', 'plaintext'), (text, format) => {
        const doc = buildDocumentModel(text, format);
        const all = [...matchesIn(doc, re)].map(({ m, start, end }) => [start, end, ...m]);
        const near = [...matchesNear(doc, re, anchor)].map(({ m, start, end }) => [start, end, ...m]);
        assert.deepEqual(near, all);
      }),
      { numRuns: 400 },
    );
  });
}

test('matchesNear finds matches on a realistic line', () => {
  const doc = buildDocumentModel('Write to Acme Ltd, 1 Main St, Springfield, CA 94105 or privacy@acme.com.\n');
  const [, re, anchor] = CASES[0];
  assert.deepEqual([...matchesNear(doc, re, anchor)].map((x) => x.m[0]), ['privacy@acme.com']);
});
