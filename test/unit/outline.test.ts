// Outline (document symbols) and folding by section.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { buildDocumentModel, foldingRanges, outline } from '../../server/src/engine';
import type { OutlineNode } from '../../server/src/engine';

const MD = ['# Privacy Policy', '', 'Intro.', '', '## Your rights', '', 'Text.', '', '### Access', '', 'Copy.', '', '## Contact', '', 'Mail us.', ''].join('\n');

const names = (nodes: OutlineNode[]): unknown => nodes.map((n) => (n.children.length > 0 ? [n.name, names(n.children)] : n.name));

test('outline nests sections by heading level', () => {
  const doc = buildDocumentModel(MD);
  const o = outline(doc);
  assert.deepEqual(names(o), [['Privacy Policy', [['Your rights', ['Access']], 'Contact']]]);
  const rights = o[0].children[0];
  assert.equal(MD.slice(rights.selectionStart, rights.selectionEnd), 'Your rights');
  assert.equal(MD.slice(rights.start, rights.end), '## Your rights\n\nText.\n\n### Access\n\nCopy.');
  const access = rights.children[0];
  assert.ok(access.start >= rights.start && access.end <= rights.end, 'a child lies inside its parent');
  assert.equal(MD.slice(o[0].start, o[0].end), MD.trimEnd());
});

test('folding ranges: one per section with content, from the heading line to its last content line', () => {
  const doc = buildDocumentModel(MD);
  assert.deepEqual(foldingRanges(doc), [
    { startLine: 0, endLine: 14 },
    { startLine: 4, endLine: 10 },
    { startLine: 8, endLine: 10 },
    { startLine: 12, endLine: 14 },
  ]);
});

test('plain text: numbered and ALL-CAPS headings make the outline; an empty section does not fold', () => {
  const text = 'PRIVACY POLICY\n\n1. Introduction\nWe are a shop.\n2. Your Rights\n3. Contact Us\nWrite to us.\n';
  const doc = buildDocumentModel(text);
  const o = outline(doc);
  assert.deepEqual(names(o), [['PRIVACY POLICY', ['1. Introduction', '2. Your Rights', '3. Contact Us']]]);
  assert.deepEqual(foldingRanges(doc).filter((r) => r.startLine > 0), [
    { startLine: 2, endLine: 3 },
    { startLine: 5, endLine: 6 },
  ]);
});
