// Editor features on the draft's defined terms, as pure functions of the document model:
// the hover (the defining sentence), go to definition, find all references and rename.
// The server converts offsets to LSP positions; nothing here knows LSP.

import { DefinedTerm, definedTerms, termAt } from '../extract/definedTerms';
import type { PolicyDocument } from '../model/document';
import type { TextEdit, TextRange } from '../types';

/** The defined term at `offset` (on its definition or on a use), or undefined. */
export function definedTermAt(doc: PolicyDocument, offset: number): { term: DefinedTerm; range: TextRange } | undefined {
  const index = definedTerms(doc);
  const hit = termAt(index, offset);
  if (!hit) return undefined;
  const term = index.terms.get(hit.term);
  return term && { term, range: { start: hit.start, end: hit.end } };
}

/** Longest quotation of the defining sentence in a hover. */
const QUOTE_MAX = 400;

/** Hover on a defined term: its defining sentence, where it is, how often it is used. */
export function definedTermHover(doc: PolicyDocument, offset: number): { start: number; end: number; markdown: string } | undefined {
  const at = definedTermAt(doc, offset);
  if (!at) return undefined;
  const { term, range } = at;
  const def = term.definitions[0];
  let sentence = doc.text.slice(def.sentence.start, def.sentence.end).replace(/\s+/g, ' ').trim();
  if (sentence.length > QUOTE_MAX) sentence = `${sentence.slice(0, QUOTE_MAX - 1).trimEnd()}…`;
  const line = doc.lines.lineAt(def.start) + 1;
  const uses = term.uses.length;
  const parts = [
    `**“${term.term}”** — defined in this policy (line ${line})`,
    `> ${escapeMarkdown(sentence)}`,
    uses === 0 ? 'Not used anywhere else in the text.' : `Used ${uses === 1 ? 'once' : `${uses} times`}${term.definitions.length > 1 ? `; defined ${term.definitions.length} times` : ''}.`,
  ];
  return { start: range.start, end: range.end, markdown: parts.join('\n\n') };
}

function escapeMarkdown(s: string): string {
  return s.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

/** Go to definition: the term's definition(s), or undefined when `offset` is on no defined term. */
export function termDefinitionAt(doc: PolicyDocument, offset: number): TextRange[] | undefined {
  const at = definedTermAt(doc, offset);
  return at?.term.definitions.map((d) => ({ start: d.start, end: d.end }));
}

/** Find all references: every use, and the definitions when asked, in text order. */
export function termReferencesAt(doc: PolicyDocument, offset: number, includeDeclaration: boolean): TextRange[] | undefined {
  const at = definedTermAt(doc, offset);
  if (!at) return undefined;
  const spans = [...(includeDeclaration ? at.term.definitions : []), ...at.term.uses];
  return spans.map((s) => ({ start: s.start, end: s.end })).sort((a, b) => a.start - b.start);
}

export type RenameCheck = { ok: true; range: TextRange; placeholder: string } | { ok: false; message: string };

/** Before a rename: the term under the cursor, or why nothing there can be renamed. */
export function prepareTermRename(doc: PolicyDocument, offset: number): RenameCheck {
  const at = definedTermAt(doc, offset);
  if (!at) {
    return { ok: false, message: 'Only a defined term can be renamed here: put the cursor on a term this policy defines (for example in (the “Services”)) or on one of its uses.' };
  }
  return { ok: true, range: at.range, placeholder: doc.text.slice(at.range.start, at.range.end) };
}

export type RenameResult = { ok: true; edits: TextEdit[] } | { ok: false; message: string };

/**
 * Renames the term at `offset` everywhere it is used as that term, and nowhere else: its
 * definitions and uses (a plural ending stays: "Services" of "Service" becomes "Offerings"),
 * never the same word in lower case or inside another word.
 */
export function renameTerm(doc: PolicyDocument, offset: number, newName: string): RenameResult {
  const at = definedTermAt(doc, offset);
  if (!at) return { ok: false, message: 'There is no defined term at the cursor to rename.' };
  const name = newName.trim();
  if (name.length === 0 || name.length > 60 || /[\n\r"“”‘’*()]/.test(name)) {
    return { ok: false, message: 'A defined term’s new name must be a short phrase on one line, without quotes, brackets or asterisks.' };
  }
  const index = definedTerms(doc);
  const clash = [...index.terms.keys()].find((t) => t !== at.term.term && t.toLowerCase() === name.toLowerCase());
  if (clash) return { ok: false, message: `This policy already defines “${clash}”: renaming “${at.term.term}” to it would merge two terms.` };
  const edits: TextEdit[] = [];
  for (const d of at.term.definitions) edits.push({ start: d.start, end: d.end, newText: name });
  for (const u of at.term.uses) {
    const written = doc.text.slice(u.start, u.end);
    let text = u.singular && /s$/.test(name) ? name.slice(0, -1) : name;
    // A term defined in lower case and capitalised at a sentence start keeps its capital.
    if (written[0] !== at.term.term[0] && written[0] === written[0].toUpperCase()) text = text[0].toUpperCase() + text.slice(1);
    edits.push({ start: u.start, end: u.end, newText: text });
  }
  return { ok: true, edits: edits.sort((a, b) => a.start - b.start) };
}
