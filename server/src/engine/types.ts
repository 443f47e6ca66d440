// The engine's public vocabulary. Pure data: no `vscode`, no LSP. Offsets are UTF-16
// code-unit offsets into the checked text (what JavaScript strings index), lines and
// columns are 0-based.

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';

/**
 * A legal regime the engine can check: the id of a regime pack (`gdpr`, `ccpa`…). Each owns a
 * catalog namespace (`gdpr/…`). The packs' registry (regimes/index.ts) lists the known ids.
 */
export type RegimeId = string;

/** A legal reference, e.g. GDPR Art. 13(2)(b). `article` is the bare article number for hovers. */
export interface LegalRef {
  /** The law's short name as cites print it: 'GDPR', 'CCPA', 'UK GDPR'. */
  law: string;
  /** As printed: "Art. 13(2)(b)", "§ 1798.105", "16 CFR 312.4(d)". */
  cite: string;
  article?: number;
}

/** A half-open range [start, end) of the checked text. */
export interface TextRange {
  start: number;
  end: number;
}

/** Replace [start, end) with newText. */
export interface TextEdit extends TextRange {
  newText: string;
}

/** A quick fix computed by the engine; the server turns it into a version-guarded WorkspaceEdit. */
export interface Fix {
  title: string;
  edits: TextEdit[];
  /** `quickfix` for per-finding fixes, `source` for whole-document actions. */
  kind: 'quickfix' | 'source';
  isPreferred?: boolean;
  /** Set when the fix is not an edit but asks the client to change a setting (e.g. turn a regime on). */
  command?: { id: string; title: string; args: unknown[] };
}

export interface Evidence extends TextRange {
  line: number;
  text: string;
}

export interface RelatedLocation extends TextRange {
  line: number;
  column: number;
  message: string;
}

export type Requirement = 'always' | 'conditional' | 'not-applicable';

/**
 * How well the text discloses an item: `disclosed` meets the requirement; `insufficient`
 * addresses the item but falls short of what the law requires (a retention statement without a
 * period or criteria, a blank left to fill in); `missing` does not address it at all.
 */
export type DisclosureStatus = 'disclosed' | 'insufficient' | 'missing';

/** What an insufficient item lacks, and the sentence (or blank) that falls short. */
export interface Shortfall extends TextRange {
  line: number;
  /** What to add, in one sentence: "Give the period or the criteria that decide it." */
  message: string;
}

export interface Disclosure {
  /** Catalog id with namespace, e.g. `gdpr/right-access`. */
  id: string;
  /** Does the text address it (disclosed or insufficient)? Independent of whether it is required. */
  found: boolean;
  /** Disclosed, insufficient or missing; `found` is true for the first two. */
  status: DisclosureStatus;
  /** Set when `status` is insufficient: what falls short and what to add. */
  shortfall?: Shortfall;
  /** Is it required for this document: always, only if an undecided fact holds, or not at all. */
  required: Requirement;
  /** Why `required` was decided as it was (a declared profile fact, an inference from the text). */
  requiredBecause?: string;
  /** Waived by a suppression comment, with the drafter's recorded reason. */
  waived?: { reason: string; line: number };
  evidence: Evidence[];
}

export interface Finding extends TextRange {
  /** Rule id, e.g. `gdpr/right-complaint` or `consistency/placeholder`. */
  code: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  related: RelatedLocation[];
  fixes: Fix[];
}

export interface Report {
  regimes: RegimeId[];
  disclosures: Disclosure[];
  findings: Finding[];
  /** Problems with the configuration (bad setting, malformed front matter) in words a user reads. */
  configurationMessages: string[];
}

/**
 * Facts about the processing that decide whether a conditional item is required. `undefined`
 * means "not declared": the engine then infers from the text or asks the drafter to decide.
 */
export interface ProcessingProfile {
  dpo?: boolean;
  basis?: string[];
  transfers?: boolean;
  indirectSources?: boolean;
  automatedDecisions?: boolean;
  children?: boolean;
  sells?: boolean;
  /** The US states whose residents the business serves, as two-letter codes (us-states pack). */
  states?: string[];
}

export interface OrganizationDetails {
  name?: string;
  website?: string;
  email?: string;
  privacyEmail?: string;
  phone?: string;
  address?: string;
}

export interface CheckOptions {
  regimes: RegimeId[];
  /** Per rule id: a severity override or `off`. */
  rules: Record<string, SeveritySetting>;
  profile: ProcessingProfile;
  organization: OrganizationDetails;
  /** "Today" for date rules; injected so tests and CI runs are reproducible. */
  now: Date;
  /** drafting/long-sentence: more words than this make a sentence long (default 40). */
  longSentenceWords?: number;
}
