// The text of an insertion, written twice in step: as plain text (what the CLI, the protocol and
// any editor apply) and as a snippet that expands to exactly the same text, with a tab stop on
// every blank (what VS Code applies, so that Tab moves from blank to blank). Also where each
// clause lands, for the "insert all" message.

import type { Clause, ClauseValues } from '../clauses/types';
import { escapeSnippetText, expandSnippet, renderFilledSnippet, renderText, TabStops } from '../clauses/template';
import type { PolicyDocument } from '../model/document';
import type { InsertedClause, SnippetEdit } from '../commands';
import { layoutOf, headingCase, sentenceCase } from './layout';
import { itemPrefix } from './lists';
import { Placement, renderHeading } from './placement';

/** The clauses that go to one placement (one heading, or none). */
export interface PlacedGroup {
  p: Placement;
  clauses: Clause[];
}

interface Block {
  /** What separates it from the block before: a paragraph break, or a line break in a tight list. */
  sep: string;
  text: string;
  snippet: string;
  /** The clause whose first block this is. */
  starts?: { clause: Clause; section: string; newSection: boolean };
}

/** A clause title as the draft writes its headings. */
export function titleInDraftCase(doc: PolicyDocument, title: string): string {
  return headingCase(doc) === 'sentence' ? sentenceCase(title) : title;
}

/**
 * One edit for the groups that share an offset (`stops` is shared by the edits of one request,
 * in text order: VS Code joins the snippet edits of one workspace edit into one snippet, where
 * equal tab stop numbers would be one linked blank): paragraphs for the section above first, then
 * new sections or sub-sections (numbered on from one another). `inserted` lines are relative to
 * the line of the offset; insertionEdits makes them absolute.
 */
export function renderInsertion(doc: PolicyDocument, values: ClauseValues, offset: number, groups: PlacedGroup[], stops = new TabStops()): { edit: SnippetEdit; inserted: InsertedClause[] } {
  const { eol, para } = layoutOf(doc);
  stops.nextEdit();
  const sorted = [...groups].sort((a, b) => Number(a.p.heading !== undefined) - Number(b.p.heading !== undefined));
  const paragraph = (t: string) => ({ text: renderText(t, values), snippet: renderFilledSnippet(t, values, stops) });
  const blocks: Block[] = [];
  let k = 0;
  for (const g of sorted) {
    if (g.p.heading) {
      const line = renderHeading(doc, g.p.heading, k++);
      const shown = line.split(/\r?\n/)[0].replace(/^#+\s+|^\*\*|\*\*$/g, '');
      blocks.push({ sep: para, text: line, snippet: escapeSnippetText(line) });
      g.clauses.forEach((c, i) =>
        c.paragraphs.forEach((t, j) => blocks.push({ sep: para, ...paragraph(t), starts: j === 0 ? { clause: c, section: shown, newSection: i === 0 } : undefined })),
      );
      continue;
    }
    const section = g.p.section ? g.p.section.text : 'the opening text';
    if (g.p.list) {
      const list = g.p.list;
      g.clauses.forEach((c, i) => {
        const prefix = itemPrefix(list, i);
        const parts = c.paragraphs.map(paragraph);
        blocks.push({
          sep: list.tight ? eol : para,
          text: prefix + parts.map((x) => x.text).join(' '),
          snippet: escapeSnippetText(prefix) + parts.map((x) => x.snippet).join(' '),
          starts: { clause: c, section, newSection: false },
        });
      });
      continue;
    }
    for (const c of g.clauses) c.paragraphs.forEach((t, j) => blocks.push({ sep: para, ...paragraph(t), starts: j === 0 ? { clause: c, section, newSection: false } : undefined }));
  }

  const p = sorted[0].p;
  // Before the first block: its own separator after content; after it, a break before a glued heading or before what follows.
  const lead = p.splitsLine || p.afterContent ? blocks[0].sep : '';
  const trail = p.splitsLine || (!p.afterContent && offset < doc.text.length) ? para : '';
  let text = lead;
  let snippet = lead;
  const inserted: InsertedClause[] = [];
  blocks.forEach((b, i) => {
    if (i > 0) {
      text += b.sep;
      snippet += b.sep;
    }
    if (b.starts) inserted.push({ title: titleInDraftCase(doc, b.starts.clause.title), section: b.starts.section, newSection: b.starts.newSection, line: countLines(text) });
    text += b.text;
    snippet += b.snippet;
  });
  text += trail;
  snippet += trail;
  return { edit: { start: offset, end: offset, newText: text, snippet }, inserted };
}

/** Edits in text order, with every inserted clause's line counted in the document after all of them. */
export function insertionEdits(
  doc: PolicyDocument,
  rendered: Array<{ edit: SnippetEdit; inserted: InsertedClause[] }>,
): { edits: SnippetEdit[]; inserted: InsertedClause[]; firstBlank?: { start: number; end: number } } {
  const sorted = [...rendered].sort((a, b) => a.edit.start - b.edit.start);
  let added = 0;
  let shift = 0;
  let firstBlank: { start: number; end: number } | undefined;
  const inserted: InsertedClause[] = [];
  for (const r of sorted) {
    const base = doc.lines.lineAt(r.edit.start) + added;
    for (const x of r.inserted) inserted.push({ ...x, line: base + x.line });
    added += countLines(r.edit.newText);
    // Tab stops are numbered in text order: the first blank is the first edit's lowest stop that has one.
    if (!firstBlank) {
      const stops = expandSnippet(r.edit.snippet).stops;
      const first = Math.min(...stops.keys());
      if (stops.size > 0) firstBlank = { start: r.edit.start + shift + stops.get(first)!.start, end: r.edit.start + shift + stops.get(first)!.end };
    }
    shift += r.edit.newText.length - (r.edit.end - r.edit.start);
  }
  return { edits: sorted.map((r) => r.edit), inserted, ...(firstBlank ? { firstBlank } : {}) };
}

function countLines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
  return n;
}
