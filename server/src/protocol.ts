// Custom messages between the client and the server. Imported by both sides so that the
// names and shapes cannot drift. Plain data only (no vscode or LSP types).


export const DIAGNOSTIC_SOURCE = 'privacy-policy';

/** Server → client after every check: the checklist behind the Disclosures view and status bar. */
export const DISCLOSURES_NOTIFICATION = 'privacyPolicy/disclosures';

// The engine decides the status (disclosed wins over a waiver); a type-only import, erased at build.
import type { ChecklistStatus } from './engine/report/summary';
export type { ChecklistStatus };

export interface ChecklistItem {
  id: string;
  title: string;
  refs: string;
  docUrl: string;
  status: ChecklistStatus;
  /** Why it is (not) required, or the waiver's reason. */
  note?: string;
  evidence: Array<{ line: number; character: number; endLine: number; endCharacter: number; text: string }>;
  /** Where the item is reported (or its clause would go) when it is missing. */
  anchor: { line: number; character: number };
  /** The severity of the item's finding (missing or insufficient), as the Problems panel shows it. */
  severity?: 'error' | 'warning' | 'information' | 'hint';
  /** A standard clause exists for the item (the view offers to insert it). */
  hasClause?: boolean;
  /** A yes/no fact of the profile would decide whether the item is required (the view offers to answer it). */
  hasQuestion?: boolean;
}

export interface DisclosuresParams {
  uri: string;
  version: number;
  regimes: Array<{ id: string; label: string; items: ChecklistItem[] }>;
  /** The processing profile (front matter, project file or settings) declares at least one fact. */
  profileDeclared?: boolean;
}

/** Client → server: check a document that is not selected by the include setting. */
export const CHECK_DOCUMENT_REQUEST = 'privacyPolicy/checkDocument';
export interface CheckDocumentParams {
  uri: string;
  languageId: string;
  version: number;
  text: string;
}

/** Client → server: stop checking a document checked on request (closed). */
export const FORGET_DOCUMENT_NOTIFICATION = 'privacyPolicy/forgetDocument';

/**
 * Client → server: the quick fixes of one checklist item (insert its clause, answer its question,
 * waive it), as the light bulb offers them on its diagnostic; for the Disclosures view's rows.
 * Answers CodeAction[] (empty when the item is not reported in the current version).
 */
export const ITEM_ACTIONS_REQUEST = 'privacyPolicy/itemActions';
export interface ItemActionsParams {
  uri: string;
  id: string;
}

/** Client → server: the Markdown disclosure report of a document. */
export const EXPORT_REPORT_REQUEST = 'privacyPolicy/exportReport';
export interface ExportReportParams {
  uri: string;
}
export interface ExportReportResult {
  markdown: string;
}

/**
 * Server → client: read a `.privacy-policy.json` candidate through VS Code's workspace file
 * system. The web worker server asks for every candidate (it has no file system of its own),
 * the Node server for those not on the local disk (virtual workspaces).
 * null: there is no such file. Without `text`: too large (or unreadable, with `error`).
 */
export const READ_PROJECT_FILE_REQUEST = 'privacyPolicy/readProjectFile';
export interface ReadProjectFileParams {
  uri: string;
  /** The client reads at most this many bytes. */
  maxBytes: number;
}
export type ReadProjectFileResult = null | { size: number; text?: string; error?: string };

/** Commands the server's code actions may ask the client to run (defined once, by the engine). */
export { ENABLE_REGIME_COMMAND, RECORD_FACT_COMMAND, WAIVE_COMMAND, isPlaceholderReason, waiverEdit } from './engine/commands';
export type { WaiverRequest } from './engine/commands';

/** The waiver command's arguments as the server sends them: the document and its version (a stale document is refused), then the request. */
export type WaiveCommandArgs = [uri: string, version: number, request: import('./engine/commands').WaiverRequest];

/** Diagnostic.data: what a code action needs to find its fix again, and the version guard. */
export interface DiagnosticData {
  version: number;
  start: number;
  end: number;
}
