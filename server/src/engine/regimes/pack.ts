// What a regime pack is: one folder that holds a whole law. The registry (./index.ts) lists the
// packs; the engine, the server, the CLI, the settings schema, the snippets, the checklist and the
// report know a law only through it. Adding a law means one folder and one line in the registry
// (docs/regime-packs.md).

import type { Clause, SectionSnippet } from '../clauses/types';
import type { CheckRule, DisclosureRule } from '../rules/framework/ruleTypes';

export interface RegimePack {
  /** The setting value, the `--regime` value and the namespace of the pack's rule ids (`gdpr/…`). */
  id: string;
  /** Short name for the status bar, the checklist, the CLI and messages: "GDPR", "UK GDPR". */
  label: string;
  /** The law's full name with its citation, for the report: "GDPR (Regulation (EU) 2016/679), Art. 13 and 14". */
  title: string;
  /** One line for the settings' value list: "EU General Data Protection Regulation, Art. 13/14 transparency items". */
  summary: string;
  /** The official text of the law (report, the suggestion's documentation link). */
  docUrl: string;
  /**
   * Whose readers the law addresses. A passage addressed only to the other audience (a
   * "California residents" section for an EU law, an "EEA residents" section for a US law) does not
   * disclose this law's items, and its clauses are never inserted there.
   */
  audience: 'eu' | 'us';
  /**
   * Place and law names by which a passage addresses this law's readers ("Virginia", "UK GDPR"),
   * lower case. The scope module must recognise each (a test checks it), so that adding a law
   * cannot silently leave its sections unscoped.
   */
  scopeWords: readonly string[];
  /** The items a notice must disclose, in report order. Ids are `<pack id>/<item>`. */
  catalog: readonly DisclosureRule[];
  /** The law's checks that are no catalog item (`gdpr/consent-by-use`). */
  checks?: readonly CheckRule[];
  /** Standard clauses; each catalog item with a clause names it in `satisfies`. */
  clauses: readonly Clause[];
  /** Snippets that insert a whole section of this law's clauses (`pp-section-california`). */
  sectionSnippets?: readonly SectionSnippet[];
  /**
   * Text that shows the law applies. When the pack is off and the draft matches, the engine says
   * so once, with a quick fix that turns the pack on. Tested on the normalised text of sentences
   * and headings (lower case, ASCII quotes).
   */
  suggestion?: { why: string; pattern: RegExp };
  /**
   * Plain-language explanations of the provisions the pack cites, keyed by the cite as its rules
   * print it ("Art. 13(2)(a)", "Va. Code § 59.1-578(C)"): shown in the hover of a finding.
   */
  provisions?: Readonly<Record<string, string>>;
  /**
   * The one-line message of each catalog item the draft does not address, keyed by item name
   * ("retention"): what is missing, then what to add ("No retention period: say how long data are
   * kept or the criteria"). The engine appends the first reference. A test requires one per item.
   */
  messages?: Readonly<Record<string, string>>;
}
