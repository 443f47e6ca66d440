// Markdown front matter (YAML between `---` lines at the very top) holds the processing
// profile and the organisation's details. We read a safe subset of YAML ourselves: scalars,
// inline lists `[a, b]`, block lists, and one level of nested maps. Nothing is evaluated.

import { LineIndex } from '../text/lineIndex';

export interface FrontMatter {
  /** The whole block, both fences included. */
  start: number;
  end: number;
  data: Record<string, unknown>;
  /** Problems in words a drafter reads, e.g. "line 3: expected `key: value`". */
  errors: string[];
}

export type YamlValue = string | number | boolean | null | YamlValue[] | { [k: string]: YamlValue };

export function extractFrontMatter(text: string, lines: LineIndex): FrontMatter | undefined {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (lines.lineCount < 2 || text.slice(bom, lines.lineEnd(0)).trim() !== '---') return undefined;
  const limit = Math.min(lines.lineCount, 200);
  for (let ln = 1; ln < limit; ln++) {
    const t = text.slice(lines.lineStarts[ln], lines.lineEnd(ln)).trim();
    if (t === '---' || t === '...') {
      const bodyLines: string[] = [];
      for (let k = 1; k < ln; k++) bodyLines.push(text.slice(lines.lineStarts[k], lines.lineEnd(k)));
      const { data, errors } = parseYamlSubset(bodyLines, 2);
      const end = ln + 1 < lines.lineCount ? lines.lineStarts[ln + 1] : text.length;
      return { start: 0, end, data, errors };
    }
  }
  return undefined;
}

/** Keys that would reach Object.prototype when assigned (`data.__proto__ = …`): the text is untrusted. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Parses `lines`; `firstLineNumber` is the 1-based line number of lines[0], for messages. */
export function parseYamlSubset(lines: string[], firstLineNumber: number): { data: Record<string, YamlValue>; errors: string[] } {
  const data: Record<string, YamlValue> = {};
  const errors: string[] = [];
  let currentKey: string | undefined;
  let currentIndent = 0;
  let skipChildren = false;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const lineNo = firstLineNumber + i;
    if (/^\s*(#.*)?$/.test(raw)) continue;
    const indent = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (indent > 0 && skipChildren) continue; // under a rejected key: already reported
    skipChildren = false;
    if (indent > 0 && currentKey !== undefined) {
      const parent = data[currentKey];
      const item = /^-\s+(.*)$/.exec(t);
      if (item) {
        if (Array.isArray(parent)) parent.push(parseScalar(item[1]));
        else if (parent === null) data[currentKey] = [parseScalar(item[1])];
        else errors.push(`line ${lineNo}: a list item under "${currentKey}", which already has a value`);
        continue;
      }
      const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(t);
      if (kv && FORBIDDEN_KEYS.has(kv[1])) {
        errors.push(`line ${lineNo}: "${kv[1]}" cannot be used as a key`);
        continue;
      }
      if (kv && indent >= currentIndent) {
        if (parent === null) data[currentKey] = {};
        const obj = data[currentKey];
        if (obj && typeof obj === 'object' && !Array.isArray(obj)) {
          (obj as Record<string, YamlValue>)[kv[1]] = parseScalar(kv[2]);
          currentIndent = indent;
          continue;
        }
      }
      errors.push(`line ${lineNo}: cannot read "${t.slice(0, 60)}"`);
      continue;
    }
    const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(t);
    if (!kv) {
      errors.push(`line ${lineNo}: expected "key: value", found "${t.slice(0, 60)}"`);
      currentKey = undefined;
      continue;
    }
    if (FORBIDDEN_KEYS.has(kv[1])) {
      errors.push(`line ${lineNo}: "${kv[1]}" cannot be used as a key`);
      currentKey = undefined;
      skipChildren = true;
      continue;
    }
    currentKey = kv[1];
    currentIndent = 0;
    data[currentKey] = kv[2].length === 0 ? null : parseScalar(kv[2]);
  }
  return { data, errors };
}

/** Nesting of inline lists beyond any real profile ("[[[…"): read as text, never recursed into. */
const MAX_INLINE_DEPTH = 4;

function parseScalar(s: string, depth = 0): YamlValue {
  const t = stripComment(s).trim();
  if (t === '' || t === '~' || t === 'null') return null;
  if (/^(true|yes|on)$/i.test(t)) return true;
  if (/^(false|no|off)$/i.test(t)) return false;
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  if (t.startsWith('[') && t.endsWith(']') && depth < MAX_INLINE_DEPTH) {
    const inner = t.slice(1, -1).trim();
    return inner.length === 0 ? [] : splitOutsideQuotes(inner).map((p) => parseScalar(p, depth + 1));
  }
  if ((t.startsWith('"') && t.endsWith('"') && t.length >= 2) || (t.startsWith("'") && t.endsWith("'") && t.length >= 2)) return t.slice(1, -1);
  return t;
}

/**
 * The value without its comment: a '#' after whitespace starts one, but not inside quotes
 * (`name: "Acme #1 GmbH"`). One pass, no regex retried per position (front-matter lines can be
 * megabytes long in a malformed draft).
 */
function stripComment(s: string): string {
  let quote = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      // A quote opens a quoted string only at the start of a value or list element.
      const before = s.slice(0, i).trimEnd();
      if (before === '' || before.endsWith(',') || before.endsWith('[')) quote = c;
    } else if (c === '#' && i > 0 && /\s/.test(s[i - 1])) return s.slice(0, i);
  }
  return s;
}

/** Splits an inline list's elements at commas outside quotes and nested brackets. */
function splitOutsideQuotes(s: string): string[] {
  const out: string[] = [];
  let quote = '';
  let depth = 0;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if ((c === '"' || c === "'") && s.slice(from, i).trim() === '') quote = c;
    else if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (c === ',' && depth === 0) {
      out.push(s.slice(from, i));
      from = i + 1;
    }
  }
  out.push(s.slice(from));
  return out;
}
