// Positions in the text of `.privacy-policy.json`, so that a problem names its line and column
// (`.privacy-policy.json:3:12: unknown legal basis …`), as tsc and ESLint do for a broken config.
// JSON.parse stays the judge of what is valid; this scanner only finds where things stand. One
// pass, an explicit stack (no recursion: a file of 100 000 `[` is fine), strings decoded by
// JSON.parse.

import { LineIndex } from './lineIndex';

export interface TextPosition {
  /** 0-based. */
  line: number;
  column: number;
}

type Path = ReadonlyArray<string | number>;

interface Place {
  path: Array<string | number>;
  /** Offset of the value, and of its key when it is an object's member. */
  value: number;
  key?: number;
}

interface Scan {
  places: Map<string, Place>;
  error?: { offset: number; message: string };
  lines: LineIndex;
}

/** Where the first syntax error of `text` is, and what it is. */
export function jsonSyntaxError(text: string): (TextPosition & { message: string }) | undefined {
  const s = scanned(text);
  return s.error && { ...s.lines.position(s.error.offset), message: s.error.message };
}

/** Where the key (`at: 'key'`) or the value at `path` stands; the nearest enclosing entry's key if it is not there. */
export function locateInJson(text: string, path: Path, at: 'key' | 'value'): TextPosition | undefined {
  const s = scanned(text);
  for (let n = path.length; n >= 0; n--) {
    const p = s.places.get(JSON.stringify(path.slice(0, n)));
    if (!p) continue;
    const offset = (at === 'key' || n < path.length) && p.key !== undefined ? p.key : p.value;
    return s.lines.position(offset);
  }
  return undefined;
}

/** The last file's scan: one file's problems are located one after another. */
let last: { text: string; scan: Scan } | undefined;

function scanned(text: string): Scan {
  if (last?.text !== text) last = { text, scan: scan(text) };
  return last.scan;
}

interface Frame {
  kind: 'object' | 'array';
  /** The path of the container itself. */
  path: Array<string | number>;
  index: number;
  /** Object: the member's key once read, until its value is done. */
  key?: string;
  keyOffset?: number;
  /** What may come next. */
  expect: 'key-or-end' | 'key' | 'colon' | 'value' | 'value-or-end' | 'comma-or-end';
}

const MAX_RECORDED_DEPTH = 8;
const WS = /[ \t\n\r]/;
const LITERAL = /^(?:true|false|null)/;
const NUMBER = /^-?(?:0|[1-9]\d{0,400})(?:\.\d{1,400})?(?:[eE][+-]?\d{1,400})?/;

function scan(text: string): Scan {
  const places = new Map<string, Place>();
  const out: Scan = { places, lines: new LineIndex(text) };
  const fail = (offset: number, message: string): Scan => ((out.error = { offset, message }), out);
  const stack: Frame[] = [];
  let done = false; // the top-level value is complete
  let i = 0;

  /** Records a value starting at `offset` for the current position; returns its path. */
  const placeValue = (offset: number): Array<string | number> => {
    const top = stack[stack.length - 1];
    if (!top) {
      places.set('[]', { path: [], value: offset });
      return [];
    }
    // Settings nest three levels; deeper places are not recorded (and paths not copied, which
    // would cost the square of the depth).
    if (top.path.length >= MAX_RECORDED_DEPTH) return top.path;
    const path = top.kind === 'object' ? [...top.path, top.key!] : [...top.path, top.index];
    places.set(JSON.stringify(path), { path, value: offset, key: top.kind === 'object' ? top.keyOffset : undefined });
    return path;
  };
  /** After a complete value: the container expects a comma or its end. */
  const valueDone = () => {
    const top = stack[stack.length - 1];
    if (!top) done = true;
    else top.expect = 'comma-or-end';
  };

  while (i < text.length) {
    const c = text[i];
    if (WS.test(c)) {
      i++;
      continue;
    }
    if (done) return fail(i, 'nothing more expected after the closing bracket');
    const top = stack[stack.length - 1];
    const expect = top ? top.expect : 'value';
    if (c === '"') {
      const end = stringEnd(text, i);
      if (end < 0) return fail(i, 'unterminated string');
      if (expect === 'key' || expect === 'key-or-end') {
        let key: string;
        try {
          key = JSON.parse(text.slice(i, end)) as string;
        } catch {
          return fail(i, 'invalid string');
        }
        top.key = key;
        top.keyOffset = i;
        top.expect = 'colon';
      } else if (expect === 'value' || expect === 'value-or-end') {
        placeValue(i);
        valueDone();
      } else return fail(i, expect === 'colon' ? 'a colon expected' : 'a comma expected');
      i = end;
      continue;
    }
    if (c === ':') {
      if (expect !== 'colon') return fail(i, 'unexpected colon');
      top.expect = 'value';
      i++;
      continue;
    }
    if (c === ',') {
      if (expect !== 'comma-or-end') return fail(i, expect === 'value' ? 'a value expected' : 'unexpected comma');
      top.index++;
      top.expect = top.kind === 'object' ? 'key' : 'value';
      i++;
      continue;
    }
    if (c === '}' || c === ']') {
      const kind = c === '}' ? 'object' : 'array';
      const canEnd = expect === 'comma-or-end' || expect === (kind === 'object' ? 'key-or-end' : 'value-or-end');
      if (!top || top.kind !== kind || !canEnd) return fail(i, expect === 'key' || expect === 'value' ? 'a trailing comma is not allowed in JSON' : `unexpected ${c}`);
      stack.pop();
      valueDone();
      i++;
      continue;
    }
    if (expect !== 'value' && expect !== 'value-or-end') {
      return fail(i, c === '/' ? 'comments are not allowed in JSON' : expect === 'key' || expect === 'key-or-end' ? 'a property name in double quotes expected' : expect === 'colon' ? 'a colon expected' : 'a comma expected');
    }
    if (c === '{' || c === '[') {
      const path = placeValue(i);
      stack.push({ kind: c === '{' ? 'object' : 'array', path, index: 0, expect: c === '{' ? 'key-or-end' : 'value-or-end' });
      i++;
      continue;
    }
    const rest = text.slice(i, i + 1300);
    const m = LITERAL.exec(rest) ?? NUMBER.exec(rest);
    if (!m) return fail(i, c === "'" ? 'strings need double quotes in JSON' : c === '/' ? 'comments are not allowed in JSON' : 'a value expected');
    placeValue(i);
    valueDone();
    i += m[0].length;
  }
  if (stack.length > 0) return fail(text.length, `a closing ${stack[stack.length - 1].kind === 'object' ? '}' : ']'} expected at the end of the file`);
  if (!done) return fail(text.length, 'the file is empty');
  return out;
}

/** The offset just after the string that opens at `i`, or -1 if it does not end on its line. */
function stringEnd(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    const c = text[j];
    if (c === '\\') j++;
    else if (c === '"') return j + 1;
    else if (c === '\n' || c === '\r') return -1;
  }
  return -1;
}
