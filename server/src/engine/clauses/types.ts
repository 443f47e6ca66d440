// What a standard clause is. The clause library (library.ts) is the single source of the
// snippets in `snippets/` and of the quick fixes that insert a missing disclosure.

/** Details of the draft that fill a clause. Unknown values become visible `[…]` placeholders. */
export interface ClauseValues {
  controllerName?: string;
  shortName?: string;
  email?: string;
  privacyEmail?: string;
  dpoEmail?: string;
  dpoName?: string;
  address?: string;
  website?: string;
  supervisoryAuthority?: string;
  /** The controller's country, where the draft says it (its address, "registered in …"). */
  country?: string;
}

export type ClauseValueKey = keyof ClauseValues;

/**
 * A clause. Its paragraphs are templates with three kinds of slot:
 * - `{{controllerName}}` a ClauseValues key: filled from the draft, else `[Company Name]`;
 * - `{{[retention period]}}` a blank the drafter must fill: always `[retention period]`;
 * - `{{consent|contract|legal obligation}}` a choice: a snippet offers the options, an
 *   inserted clause shows them all in brackets (`[consent / contract / legal obligation]`).
 * Every slot is a tab stop in the snippet; repeated value keys share one tab stop.
 */
export interface Clause {
  /** Stable id: `gdpr-access`, `section-cookies`. */
  id: string;
  /**
   * Snippet prefix, `pp-<regime>-<item>` (`pp-gdpr-access`, `pp-ccpa-opt-out`). Clauses that
   * are no catalog item have none: they come with their section (`pp-section-cookies`).
   */
  prefix?: string;
  /** The clause's own heading, used when it becomes a sub-section: "Right of Access". */
  title: string;
  /** One line for the snippet list. */
  description: string;
  /** Catalog ids the clause discloses (empty for section-only snippets). */
  satisfies: string[];
  /** Heading of the section to create when the draft has no section for the clause. */
  sectionTitle: string;
  /**
   * Where the clause goes when no existing section fits: a new section before the contact
   * section (default), at the end of the opening text (`start`), or a new last section (`end`).
   */
  fallback?: 'before-contact' | 'start' | 'end';
  paragraphs: string[];
}

/** A snippet that inserts a whole section: its heading and the named clauses (`pp-section-rights`). */
export interface SectionSnippet {
  prefix: string;
  title: string;
  description: string;
  /** Clause ids, in order. */
  clauses: string[];
}
