// Markdown front matter (YAML between `---` lines at the very top) holds the processing
// profile and the organisation's details. It is parsed by the `yaml` library (YAML 1.2, core
// schema), after limits on size and nesting that keep a hostile draft from exhausting the
// stack. Nothing is evaluated: tags build no objects, aliases are not followed. Every problem
// keeps its place in the document, so that it can be reported on its line.

import { isAlias, isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { LineIndex } from '../text/lineIndex';
import type { TextRange } from '../types';
import { clipQuote } from '../text/quote';

/** Keys and list indexes from the top of the front matter, e.g. ['basis', 0]. */
export type ConfigPath = ReadonlyArray<string | number>;

export interface FrontMatterProblem extends TextRange {
  message: string;
}

export interface FrontMatter {
  /** The whole block, both fences included. */
  start: number;
  end: number;
  data: Record<string, unknown>;
  /** Syntax and structure problems (not valid YAML, too deep, an alias), each where it stands. */
  problems: FrontMatterProblem[];
  /**
   * Where the entry at `path` stands in the document: its key (`at: 'key'`), or its value. An
   * entry that is not there falls back to the nearest enclosing one that is.
   */
  locate(path: ConfigPath, at: 'key' | 'value'): TextRange & { exact: boolean };
}

/** A profile is a few hundred bytes; a block beyond this is not read at all (with a finding). */
export const MAX_FRONT_MATTER_CHARS = 16 * 1024;
/**
 * How far the closing fence is looked for. Markdown tools take any `---` … `---` block at the top
 * as front matter; a block longer than MAX_FRONT_MATTER_CHARS is reported rather than silently
 * read as text, but a `---` rule far down a plain-text draft does not make all above it front matter.
 */
const FENCE_SEARCH_CHARS = 256 * 1024;
/** Beyond this many syntax errors the block is not YAML at all, and none of it is read; also the most problems listed. */
const MAX_SYNTAX_ERRORS = 50;
/** A profile nests three levels (`profile:` → `basis:` → items); beyond this an entry is not read. */
export const MAX_FRONT_MATTER_DEPTH = 16;

export function extractFrontMatter(text: string, lines: LineIndex): FrontMatter | undefined {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (lines.lineCount < 2 || text.slice(bom, lines.lineEnd(0)).trim() !== '---') return undefined;
  for (let ln = 1; ln < lines.lineCount && lines.lineStarts[ln] <= FENCE_SEARCH_CHARS; ln++) {
    const t = text.slice(lines.lineStarts[ln], lines.lineEnd(ln)).trim();
    if (t === '---' || t === '...') {
      const end = ln + 1 < lines.lineCount ? lines.lineStarts[ln + 1] : text.length;
      const bodyStart = lines.lineStarts[1];
      const fence = { start: bom, end: lines.lineEnd(0) };
      return { start: 0, end, ...parseFrontMatter(text.slice(bodyStart, lines.lineStarts[ln]), bodyStart, fence) };
    }
  }
  return undefined;
}

/**
 * Parses the YAML `body` found at offset `base` of the document (ranges are document offsets);
 * `fence` is where problems with the block as a whole are reported.
 */
export function parseFrontMatter(body: string, base = 0, fence: TextRange = { start: base, end: base }): Omit<FrontMatter, 'start' | 'end'> {
  const problems: FrontMatterProblem[] = [];
  const places = new Map<string, { key?: TextRange; value: TextRange }>();
  const locate = (path: ConfigPath, at: 'key' | 'value'): TextRange & { exact: boolean } => {
    for (let n = path.length; n > 0; n--) {
      const p = places.get(pathKey(path.slice(0, n)));
      if (p) {
        const r = (at === 'key' && n === path.length && p.key) || (n < path.length ? p.key : undefined) || p.value;
        return { start: r.start, end: r.end, exact: n === path.length && (at === 'value' || p.key !== undefined) };
      }
    }
    return { ...fence, exact: false };
  };
  if (body.length > MAX_FRONT_MATTER_CHARS) {
    problems.push({ ...fence, message: `The front matter is ${Math.ceil(body.length / 1024)} KB long, more than the ${MAX_FRONT_MATTER_CHARS / 1024} KB a processing profile could need, so none of it was read. Move long text out of the front matter.` });
    return { data: {}, problems, locate };
  }

  const safe = blankTooDeepEntries(body, base, problems);
  // Duplicate keys are found in the walk below (linear); the parser's own check is quadratic.
  const doc = parseDocument(safe, { prettyErrors: false, uniqueKeys: false, schema: 'core', version: '1.2', logLevel: 'error' });
  const lines = new LineIndex(safe);
  const lineOf = (offset: number) => lines.lineAt(offset);
  const lineEnd = (line: number) => lines.lineEnd(line);
  // An error the parser finds at the very end (an unclosed quote) is shown on the last line of
  // the block, not on the closing fence.
  const contentEnd = Math.max(0, safe.trimEnd().length - 1);
  if (doc.errors.length > MAX_SYNTAX_ERRORS) {
    const at = Math.min(doc.errors[0].pos[0], contentEnd);
    problems.push({ start: base + at, end: base + Math.max(at, Math.min(doc.errors[0].pos[1], lineEnd(lineOf(at)))), message: `This front matter is not valid YAML (${doc.errors.length} errors, the first here: ${sentence(doc.errors[0].message)}) None of it was read.` });
    return { data: {}, problems, locate };
  }
  // A top-level entry that a syntax error touches is not read: the parser's recovery guesses,
  // and a guess must not declare a fact. One finding per line is enough to act on.
  const brokenLines = new Set<number>();
  for (const e of doc.errors) {
    const at = Math.min(e.pos[0], contentEnd);
    const first = lineOf(at);
    const reported = brokenLines.has(first);
    for (let ln = first, last = lineOf(Math.max(at, e.pos[1] - 1)); ln <= last; ln++) brokenLines.add(ln);
    if (reported) continue;
    // The whole stretch the error spans is underlined: it may have swallowed the next entries.
    problems.push({ start: base + at, end: base + Math.max(at, Math.min(e.pos[1], safe.length)), message: `This front matter is not valid YAML here: ${sentence(e.message)} The entry was not read.` });
  }
  for (const w of doc.warnings.slice(0, MAX_SYNTAX_ERRORS)) {
    const at = Math.min(w.pos[0], contentEnd);
    problems.push({ start: base + at, end: base + Math.max(at, Math.min(w.pos[1], lineEnd(lineOf(at)))), message: `Front matter: ${sentence(w.message)}` });
  }
  const touchesError = (from: number, to: number) => {
    if (brokenLines.size === 0) return false;
    for (let ln = lineOf(from), last = lineOf(Math.max(from, to - 1)); ln <= last; ln++) if (brokenLines.has(ln)) return true;
    return false;
  };

  const range = (n: YamlNode | null | undefined): TextRange | undefined => (n?.range ? { start: base + n.range[0], end: base + n.range[1] } : undefined);
  const aliasLines = new Set<number>();
  const toData = (node: unknown, path: Array<string | number>, depth: number): unknown => {
    if (node === null || node === undefined) return null;
    if (depth > MAX_FRONT_MATTER_DEPTH) return null; // reported before parsing (blankTooDeepEntries)
    if (isAlias(node)) {
      const line = lineOf(node.range?.[0] ?? 0);
      if (aliasLines.has(line)) return null; // one finding per line is enough
      aliasLines.add(line);
      problems.push({ ...range(node)!, message: `Aliases (*${node.source}) are not read in front matter; write the value out. The entry was ignored.` });
      return null;
    }
    if (isScalar(node)) {
      const v = node.value;
      // `dpo: yes` was a boolean in YAML 1.1 and drafts written for Jekyll use it; quoted "yes" stays text.
      if (node.type === 'PLAIN' && typeof v === 'string' && /^(yes|no|on|off)$/i.test(v)) return /^(yes|on)$/i.test(v);
      // The core schema gives nothing else; anything that is not one of these counts as no value.
      return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : null;
    }
    if (isSeq(node)) {
      return node.items.map((item, i) => {
        const r = range(item as YamlNode);
        if (r) places.set(pathKey([...path, i]), { value: r });
        return toData(item, [...path, i], depth + 1);
      });
    }
    if (isMap(node)) {
      const out: Record<string, unknown> = {};
      for (const pair of node.items) {
        const keyNode = pair.key as YamlNode | null;
        const keyRange = range(keyNode) ?? range(pair.value as YamlNode) ?? fence;
        if (depth === 0 && touchesError((keyNode?.range ?? (pair.value as YamlNode | null)?.range ?? [0])[0], (pair.value as YamlNode | null)?.range?.[2] ?? keyNode?.range?.[2] ?? 0)) continue;
        const key = isScalar(keyNode) && ['string', 'number', 'boolean'].includes(typeof keyNode.value) ? String(keyNode.value) : undefined;
        if (key === undefined) {
          problems.push({ ...keyRange, message: 'A key in front matter must be a plain word such as `dpo`; this entry was ignored.' });
          continue;
        }
        if (FORBIDDEN_KEYS.has(key)) {
          problems.push({ ...keyRange, message: `"${key}" cannot be used as a key; this entry was ignored.` });
          continue;
        }
        if (Object.prototype.hasOwnProperty.call(out, key)) {
          problems.push({ ...keyRange, message: `"${clipKey(key)}" is given twice; the first value is used, this one was not read.` });
          continue;
        }
        places.set(pathKey([...path, key]), { key: keyRange, value: range(pair.value as YamlNode) ?? keyRange });
        out[key] = toData(pair.value, [...path, key], depth + 1);
      }
      return out;
    }
    return null;
  };

  const top = doc.contents;
  let data: Record<string, unknown> = {};
  if (top === null || (isScalar(top) && top.value === null)) {
    // An empty block (comments only) declares nothing.
  } else if (isMap(top)) {
    data = toData(top, [], 0) as Record<string, unknown>;
  } else {
    problems.push({ ...(range(top) ?? fence), message: `The front matter should hold \`key: value\` lines (such as \`dpo: false\`), but it holds ${isSeq(top) ? 'a list' : 'a single value'}; it was not read.` });
  }
  // Two thousand repeated keys get the first problems and a count, not two thousand findings.
  if (problems.length > MAX_SYNTAX_ERRORS) {
    const more = problems.length - MAX_SYNTAX_ERRORS;
    problems.length = MAX_SYNTAX_ERRORS;
    problems.push({ ...fence, message: `The front matter has ${more} more problems like the ones shown, not listed; correct those first.` });
  }
  return { data, problems, locate };
}

/** Keys that would reach Object.prototype when assigned (`data.__proto__ = …`): the text is untrusted. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function clipKey(k: string): string {
  return k.length > 60 ? `${k.slice(0, 57)}…` : k;
}

function pathKey(path: ConfigPath): string {
  return JSON.stringify(path);
}

/** A parser message as a sentence: capitalised, ending in a full stop. */
function sentence(m: string): string {
  // The YAML library's own words, on one line and short: the message stays a margin note.
  const t = clipQuote(m, 90);
  const s = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.!?]$/.test(s) ? s : `${s}.`;
}

/**
 * Finds top-level entries nested deeper than MAX_FRONT_MATTER_DEPTH (`dpo: [[[[…`), reports each
 * on its line, and returns the body with their values blanked (spaces, same length, line breaks
 * kept), so that the parser never sees them and the other entries are still read. One pass over
 * the text; nesting is counted from flow brackets outside quotes and comments, and from block
 * indicators (`- `, `? `) at the start of a line.
 */
function blankTooDeepEntries(body: string, base: number, problems: FrontMatterProblem[]): string {
  const deep: Array<{ from: number; to: number }> = [];
  let entryStart = 0; // where the current top-level entry's line starts
  let valueStart = 0; // where its value starts (after `key:`), or the line start
  let entryKey = '';
  let reported = false;
  let flow = 0;
  let quote = '';
  let lineStart = true;
  let blockDepth = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\n' || c === '\r') {
      lineStart = true;
      blockDepth = 0;
      continue;
    }
    if (lineStart) {
      lineStart = false;
      // A new top-level entry begins at column 0 with anything but a continuation of the last.
      if (!quote && flow === 0 && c !== ' ' && c !== '\t' && c !== '#' && c !== '-' && c !== ']' && c !== '}') {
        if (reported) deep[deep.length - 1].to = i;
        reported = false;
        entryStart = i;
        const colon = /^([^:#\n\r]{1,200}):(?=\s|$)/.exec(body.slice(i, i + 202));
        entryKey = colon ? colon[1].trim().replace(/^["']|["']$/g, '') : '';
        valueStart = colon ? i + colon[0].length : i;
      }
      // Block nesting on one line: `- - - x` or `? ? x`.
      let j = i;
      while (j < body.length && (body[j] === ' ' || body[j] === '\t')) j++;
      while (!quote && flow === 0 && j + 1 < body.length && (body[j] === '-' || body[j] === '?') && (body[j + 1] === ' ' || body[j + 1] === '\t')) {
        blockDepth++;
        j += 2;
        while (j < body.length && (body[j] === ' ' || body[j] === '\t')) j++;
      }
    }
    if (reported) continue; // the rest of an entry already refused: nothing in it counts
    if (quote) {
      if (quote === '"' && c === '\\') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '#' && (i === 0 || /\s/.test(body[i - 1]))) {
      while (i + 1 < body.length && body[i + 1] !== '\n' && body[i + 1] !== '\r') i++;
      continue;
    }
    if ((c === '"' || c === "'") && /^[\s[{,:?-]?$/.test(i === 0 ? '' : body[i - 1])) quote = c;
    else if (c === '[' || c === '{') flow++;
    else if ((c === ']' || c === '}') && flow > 0) flow--;
    if (!reported && flow + blockDepth > MAX_FRONT_MATTER_DEPTH) {
      reported = true;
      deep.push({ from: valueStart, to: body.length });
      const line = { start: base + entryStart, end: base + Math.min(i, entryStart + 200) };
      problems.push({ ...line, message: `${entryKey ? `The value of "${entryKey}"` : 'This entry'} is nested more than ${MAX_FRONT_MATTER_DEPTH} levels deep, far deeper than any processing profile; it was not read.` });
      // The rest of the entry is skipped; its brackets and quotes no longer count.
      flow = 0;
      quote = '';
      blockDepth = 0;
      while (i + 1 < body.length && body[i + 1] !== '\n' && body[i + 1] !== '\r') i++;
    }
  }
  if (deep.length === 0) return body;
  let out = '';
  let from = 0;
  for (const d of deep) {
    out += body.slice(from, d.from) + body.slice(d.from, d.to).replace(/[^\r\n]/g, ' ');
    from = d.to;
  }
  return out + body.slice(from);
}
