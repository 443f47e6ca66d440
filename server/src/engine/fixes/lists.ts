// A section that ends in a list ("- Access: …", "1. Access: …") gets a clause as one more item
// of that list, in its marker, indentation, numbering and spacing, rather than as a paragraph
// after it.

import type { PolicyDocument } from '../model/document';

export interface ListStyle {
  indent: string;
  /** `-`, `*`, `+`, `•`; or the separator after a number: `.` or `)`. */
  marker: string;
  /** Numbered lists: the number the next item gets. */
  next?: number;
  /** Items on consecutive lines (true) or with a blank line between them. */
  tight: boolean;
}

/** A list item line: indentation, then a bullet or a number, then a space and its text. */
const ITEM = /^([ \t]{0,8})(?:([-*+•])|(\d{1,3})([.)]))[ \t]+\S/;

/** `* * *`, `- - -`: a rule across the page, not an item. */
const THEMATIC_BREAK = /^[ \t]{0,3}([-*_])(?:[ \t]{0,4}\1){2,80}[ \t]{0,8}$/;

/** How many lines back to look for the list's previous item (a bounded walk). */
const MAX_LOOK_BACK = 200;

/**
 * The list that the content just before `offset` ends with (its last block holds an item), or
 * undefined. `offset` is the end of the section's last content line; `minLine` the first line
 * of the section's body (its heading, "2. Your rights", is no item).
 */
export function listEndingAt(doc: PolicyDocument, offset: number, minLine: number): ListStyle | undefined {
  const { lines, text } = doc;
  const last = lines.lineAt(Math.max(0, offset - 1));
  const lineText = (ln: number) => text.slice(lines.lineStarts[ln], lines.lineEnd(ln));
  // The last item of the last block: walk up over its lines (continuations of the item) to the marker.
  let item = -1;
  for (let ln = last; ln >= minLine && last - ln < MAX_LOOK_BACK; ln--) {
    const t = lineText(ln);
    if (t.trim().length === 0) break;
    if (ITEM.test(t) && !THEMATIC_BREAK.test(t)) {
      item = ln;
      break;
    }
  }
  if (item < 0) return undefined;
  const m = ITEM.exec(lineText(item))!;
  const [, indent, bullet, num, sep] = m;
  // Tight or loose: is the previous item of the same list on the line just above its block?
  let tight = true;
  let sawBlank = false;
  for (let ln = item - 1; ln >= minLine && item - ln < MAX_LOOK_BACK; ln--) {
    const t = lineText(ln);
    if (t.trim().length === 0) {
      if (sawBlank) break; // two blank lines: the list started here
      sawBlank = true;
      continue;
    }
    const prev = ITEM.exec(t);
    if (prev && prev[1] === indent) {
      tight = !sawBlank;
      break;
    }
    if (sawBlank) break; // a paragraph above a blank line: the item is the first one
  }
  return bullet ? { indent, marker: bullet, tight } : { indent, marker: sep, next: Number(num) + 1, tight };
}

/** One clause as one item: its paragraphs joined with a space, after the marker. `k` counts the items already added. */
export function itemPrefix(list: ListStyle, k: number): string {
  return list.next !== undefined ? `${list.indent}${list.next + k}${list.marker} ` : `${list.indent}${list.marker} `;
}
