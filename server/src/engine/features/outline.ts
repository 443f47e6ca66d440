// Outline (document symbols) and folding by section, from the document model's headings.
// A section runs from its heading to the next heading of the same or a higher level.

import type { PolicyDocument } from '../model/document';

export interface OutlineNode {
  name: string;
  level: number;
  /** The whole section: heading to the end of its last content (offsets). */
  start: number;
  end: number;
  /** The heading text itself. */
  selectionStart: number;
  selectionEnd: number;
  children: OutlineNode[];
}

export interface FoldingRange {
  /** 0-based lines, inclusive. */
  startLine: number;
  endLine: number;
}

export function outline(doc: PolicyDocument): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const stack: OutlineNode[] = [];
  const ends = sectionEnds(doc);
  doc.headings.forEach((h, i) => {
    const lineStart = doc.lines.lineStarts[h.line];
    const node: OutlineNode = {
      name: h.text.length > 0 ? h.text : '(untitled section)',
      level: h.level,
      start: Math.min(lineStart, h.start),
      end: Math.max(ends[i], h.end),
      selectionStart: h.start,
      selectionEnd: h.end,
      children: [],
    };
    while (stack.length > 0 && stack[stack.length - 1].level >= h.level) stack.pop();
    if (stack.length > 0) stack[stack.length - 1].children.push(node);
    else roots.push(node);
    stack.push(node);
  });
  return roots;
}

export function foldingRanges(doc: PolicyDocument): FoldingRange[] {
  const ends = sectionEnds(doc);
  const out: FoldingRange[] = [];
  doc.headings.forEach((h, i) => {
    const endLine = doc.lines.lineAt(Math.max(ends[i], h.end));
    if (endLine > h.line) out.push({ startLine: h.line, endLine });
  });
  return out;
}

/** For each heading, the end of the last non-blank character before the next heading of the same or a higher level. */
function sectionEnds(doc: PolicyDocument): number[] {
  const { headings, text, lines } = doc;
  const ends = new Array<number>(headings.length);
  // A stack of open headings, closed when a heading of the same or a higher level starts.
  const open: number[] = [];
  const close = (i: number, boundary: number) => {
    let e = boundary;
    while (e > headings[i].end && /\s/.test(text[e - 1])) e--;
    ends[i] = e;
  };
  headings.forEach((h, i) => {
    // Headings glued inside a scraped line share that line; their section starts at the heading itself.
    const boundary = h.style === 'glued' ? h.start : lines.lineStarts[h.line];
    while (open.length > 0 && headings[open[open.length - 1]].level >= h.level) close(open.pop()!, boundary);
    open.push(i);
  });
  while (open.length > 0) close(open.pop()!, text.length);
  return ends;
}
