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
