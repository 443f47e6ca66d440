// Records a yes/no fact of the processing profile in `.privacy-policy.json`, as the drafter would
// by hand: the value replaced where the fact stands (at the top level and under "profile"), else
// one member added at the top of the object in the file's own indentation. The rest of the file
// is left byte for byte. Used by the editor's "record the fact" command (the quick fixes of
// fixes/profileFacts.ts), which holds the file's current text; kept free of any parser library so
// that the client bundle stays small.

import { locateInJson } from '../text/jsonLocations';
import { LineIndex } from '../text/lineIndex';
import type { TextEdit } from '../types';

/** A JSON literal at the start of the text: what a yes/no value may be replaced from. */
const LITERAL = /^(?:true|false|null|-?\d{1,30}(?:\.\d{1,30})?(?:[eE][+-]?\d{1,5})?|"(?:[^"\\\n]|\\.){0,10000}")/;

/** The edits, or a sentence saying why the file cannot be changed this way. */
export function projectFileFactEdit(text: string, key: string, value: boolean): TextEdit[] | string {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.slice(bom));
  } catch {
    return '.privacy-policy.json is not valid JSON; correct it first (its problems are listed in the Problems panel).';
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return '.privacy-policy.json does not hold an object of settings; correct it first.';
  const root = parsed as Record<string, unknown>;
  const lines = new LineIndex(text);
  const clean = text.slice(bom);
  const cleanLines = new LineIndex(clean);
  const edits: TextEdit[] = [];
  const paths: string[][] = [];
  if (key in root) paths.push([key]);
  const profile = root.profile;
  if (typeof profile === 'object' && profile !== null && !Array.isArray(profile) && key in profile) paths.push(['profile', key]);
  for (const path of paths) {
    const pos = locateInJson(clean, path, 'value');
    if (!pos) return `"${path.join('.')}" could not be found in .privacy-policy.json; set it by hand.`;
    const at = cleanLines.offsetAt(pos.line, pos.column);
    const m = LITERAL.exec(clean.slice(at, at + 10050));
    if (!m) return `"${path.join('.')}" in .privacy-policy.json holds a list or an object; set it to ${value} by hand.`;
    edits.push({ start: bom + at, end: bom + at + m[0].length, newText: String(value) });
  }
  if (edits.length > 0) return edits;

  // A new member, first in the object, indented as the file's first member is.
  const open = clean.indexOf('{');
  const after = clean.slice(open + 1);
  const member = `"${key}": ${value}`;
  const firstMember = /^([ \t]*)(\r?\n)([ \t]*)(\S)/.exec(after);
  const empty = /^\s*\}/.test(after);
  if (empty) {
    const eol = lines.preferredEol();
    const close = open + 1 + after.indexOf('}');
    return [{ start: bom + open + 1, end: bom + close, newText: `${eol}  ${member}${eol}` }];
  }
  if (firstMember) {
    // `{⏎  "regimes": …` → `{⏎  "dpo": true,⏎  "regimes": …`
    const [, trailing, eol, indent] = firstMember;
    const at = open + 1 + trailing.length + eol.length + indent.length;
    return [{ start: bom + at, end: bom + at, newText: `${member},${eol}${indent}` }];
  }
  // Everything on one line: `{ "regimes": ["gdpr"] }`.
  const lead = /^[ \t]*/.exec(after)![0].length;
  const at = open + 1 + lead;
  return [{ start: bom + at, end: bom + at, newText: `${lead > 0 ? '' : ' '}${member}, ` }];
}
