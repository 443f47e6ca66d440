// What a rule is. Each rule lives in its own file and exports one definition; the registry
// (../../registry.ts) collects them and is the only place other code looks rules up.

import type { CancellationToken } from '../../cancellation';
import type { Sentence } from '../../model/document';
import type { CheckOptions, Fix, LegalRef, Requirement, Severity, TextRange } from '../../types';
import type { DocumentContext } from '../../model/context';

export type { LegalRef };


/** The rule families: a regime id (its catalog items share its namespace), 'consistency', 'drafting' or 'meta'. */
export type RuleFamily = string;

export interface RuleMeta {
  /** Namespaced id: `gdpr/right-access`, `consistency/placeholder`. Stable: it is the diagnostic code. */
  id: string;
  family: RuleFamily;
  /** Short title in the words of the law: "Right of access". */
  title: string;
  refs: LegalRef[];
  defaultSeverity: Severity;
  /** Documentation link: the EUR-Lex article for GDPR rules, the statute otherwise. */
  docUrl: string;
  /** One or two sentences for the user: what the law requires and why it applies. */
  explanation: string;
  /** Runs only when the user gives it a severity in `rules` (a style hint not every drafter wants). */
  offByDefault?: boolean;
}

export interface RequirementDecision {
  required: Requirement;
  because?: string;
}

export interface DisclosureRule extends RuleMeta {
  kind: 'disclosure';
  /** What the drafter should add, as the end of the diagnostic message. */
  remedy: string;
  /** Headings under which this item belongs; used to anchor a missing item and place its clause. */
  anchorHeadings: RegExp[];
  /** The sentences that disclose the item (empty when it is missing). */
  detect(ctx: RuleContext): Sentence[];
  /**
   * Sentences that address the item without meeting what the law requires (retention "as long as
   * necessary"). Consulted only when `detect` finds nothing: the item is then insufficient, not
   * missing, and `partialLacks` says what to add.
   */
  detectPartial?(ctx: RuleContext): Sentence[];
  partialLacks?: string;
  /**
   * With the item disclosed: is what was found enough? A shortfall makes the item insufficient
   * (transfers named without their safeguard; a controller named only by a brand).
   */
  assess?(ctx: RuleContext, evidence: readonly Sentence[]): RawShortfall | undefined;
  /** Whether the item is required for this document. Default: always. */
  requirement?(ctx: RuleContext, found: ReadonlyMap<string, boolean>): RequirementDecision;
}

/** What a disclosed item lacks, where; `severity` lowers the finding (a hint for a brand-only controller name). */
export interface RawShortfall extends TextRange {
  message: string;
  severity?: Severity;
}

/** A finding as a check rule reports it; the engine adds line/column and severity. */
export interface RawFinding extends TextRange {
  message: string;
  related?: Array<TextRange & { message: string }>;
  fixes?: Fix[];
  /** Overrides the rule's default severity for this finding (e.g. unknown applicability). */
  severity?: Severity;
}

export interface CheckRule extends RuleMeta {
  kind: 'check';
  run(ctx: RuleContext): RawFinding[];
}

/** A rule whose findings the engine itself produces (about suppression comments); listed so that its id, severity and documentation are configurable like any other. */
export interface EngineRule extends RuleMeta {
  kind: 'engine';
}

export type Rule = DisclosureRule | CheckRule | EngineRule;

/** Everything a rule may read. `memo` shares derived data across rules within one check. */
export interface RuleContext extends DocumentContext {
  options: CheckOptions;
  token: CancellationToken;
}
