// Commands that the engine's fixes ask the editor to run, and their arguments. The one
// definition: the protocol (../protocol.ts) re-exports them for the client, which registers the
// commands.
//
// "Mark as not applicable": a waiver is a legal decision, so it is recorded only with its reason.
// The engine says where the waiver comment goes; the editor asks the drafter for the reason (an
// input box) and writes the comment with it.

import type { TextEdit } from './types';

/** Turn a regime on in the settings; its arguments are the regime id and the law's label. */
export const ENABLE_REGIME_COMMAND = 'privacyPolicy.enableRegime';

/**
 * Record a yes/no fact of the processing profile in `.privacy-policy.json` (a quick fix on a
 * possibly-required item); its arguments are the file's URI, the fact's key and the value.
 */
export const RECORD_FACT_COMMAND = 'privacyPolicy.recordFact';

/** The editor command that asks for the reason and writes the waiver. */
export const WAIVE_COMMAND = 'privacyPolicy.waiveItem';

/** What the waiver command needs: the item, and the edit whose `[reason]` the reason replaces. */
export interface WaiverRequest {
  ruleId: string;
  ruleTitle: string;
  edit: TextEdit;
}

/** The slot in a waiver comment that the reason fills. */
export const REASON_SLOT = '[reason]';

/**
 * A reason that records no decision: empty, or a bracketed placeholder ("[reason]", "[why]")
 * left as it was. Such a waiver waives nothing (suppression.ts reads comments the same way).
 */
export function isPlaceholderReason(reason: string): boolean {
  const r = reason.trim();
  return r.length === 0 || /^\[[^\]]*\]$/.test(r);
}

/**
 * The waiver edit with the reason written in. The reason becomes one line of comment text: line
 * breaks are folded and `-->` (which would close the comment early) is defused.
 */
export function waiverEdit(request: WaiverRequest, reason: string): TextEdit {
  const clean = reason.replace(/\s+/g, ' ').trim().replace(/-->/g, '→').replace(/--/g, '–');
  return { ...request.edit, newText: request.edit.newText.replace(REASON_SLOT, clean) };
}

/**
 * The editor command that inserts standard clauses as snippets (Tab moves from blank to blank),
 * selects the first blank and, for "insert all", says what went where. Its arguments: the
 * document, the version the edits were computed for (a changed document is refused), the request.
 * Editors without it get the same clauses as plain text edits.
 */
export const INSERT_CLAUSES_COMMAND = 'privacyPolicy.insertClauses';

/** One insertion point: the plain text edit and the same text as a snippet (it expands to `newText`). */
export interface SnippetEdit extends TextEdit {
  snippet: string;
}

/** A clause the request inserts, and where it lands once all its edits are applied. */
export interface InsertedClause {
  title: string;
  /** The section it joins or opens, as the draft will show it; "the opening text" before the first section. */
  section: string;
  /** Whether it opens a new section (or sub-section) of its own. */
  newSection: boolean;
  /** 0-based line of its first line in the document after the insertion. */
  line: number;
}

export interface ClauseInsertionRequest {
  /** The fix's title, for the undo stack and messages. */
  title: string;
  edits: SnippetEdit[];
  inserted: InsertedClause[];
  /** The first blank (tab stop 1) in the document after the insertion, to select: offsets. */
  firstBlank?: { start: number; end: number };
  /** Tell the drafter what was inserted where ("Insert all missing clauses"). */
  report: boolean;
}
