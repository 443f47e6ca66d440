// The engine's entry point: text in, report out. Builds the document model once, runs every
// rule of the active regimes against it, and decides what is required and what is missing.

import { CancellationToken, NEVER_CANCELLED, throwIfCancelled } from './cancellation';
import { ConfigProblem, ConfigSources, formatProblem, resolveOptions } from './config';
import { buildDocumentModel, DocumentFormat, PolicyDocument, Sentence } from './model/document';
import { ALL_RULES, catalogFor, checkRules, getRule } from './registry';
import { conditionalMessage, missingMessage, shortfallMessage } from './rules/framework/messages';
import { clipQuote } from './text/quote';
import { detectOnce } from './rules/framework/detectOnce';
import type { DisclosureRule, RawFinding, RawShortfall, Rule, RuleContext } from './rules/framework/ruleTypes';
import { firstBlank } from './text/blanks';
import { applySuppressions, parseSuppressions } from './suppression';
import { ENTITIES_MEMO, extractEntitiesSteps, noEntities } from './extract/entities';
import { prepareMatching } from './rules/framework/match';
import { relevantHeading } from './rules/framework/anchor';
import { foreignTo } from './rules/framework/scope';
import { packById } from './regimes';
import frontMatterRule, { FRONT_MATTER_CODE } from './rules/meta/frontMatter';
import type { CheckOptions, Disclosure, Evidence, Finding, Report, Severity, TextRange } from './types';

/** Above this length (UTF-16 units) only the disclosure catalogs run; see analyze(). */
export const LARGE_DOCUMENT_CHARS = 10 * 1024 * 1024;

export interface Analysis {
  doc: PolicyDocument;
  options: CheckOptions;
  report: Report;
}

export interface AnalyzeInput {
  text: string;
  /** Markdown or plain text; detected from the text when absent. */
  format?: DocumentFormat;
  config?: ConfigSources;
  /** The model of exactly this text, if already built (the server builds it first for hovers). */
  model?: PolicyDocument;
}

/**
 * Checks one document. Throws CancelledError (only) when the token is cancelled; any other
 * failure of a single rule is contained and reported as a configuration message.
 */
export function analyze(input: AnalyzeInput, token: CancellationToken = NEVER_CANCELLED): Analysis {
  const steps = analysisSteps(input, token);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * The same check as a sequence of steps (one per rule): the caller may pause between any two
 * steps, so that a server can answer a hover while a long check is under way. The token is
 * checked before every step. `analyze` runs all the steps at once.
 */
export function* analysisSteps(input: AnalyzeInput, token: CancellationToken = NEVER_CANCELLED): Generator<void, Analysis, void> {
  const doc = input.model ?? buildDocumentModel(input.text, input.format);
  yield;
  throwIfCancelled(token);
  const config = input.config ?? {};
  const { options, problems } = resolveOptions({ ...config, frontMatter: doc.frontMatter?.data });
  // Problems in the front matter are findings on their line; the other sources' are messages.
  const messages = problems.filter((p) => p.layer !== 'frontMatter').map((p) => formatProblem(p, config));
  const frontMatterFindings = frontMatterProblems(doc, problems);

  const memo = new Map<string, unknown>();
  const ctx: RuleContext = {
    doc,
    options,
    token,
    memo<T>(key: string, compute: () => T): T {
      if (!memo.has(key)) memo.set(key, compute());
      return memo.get(key) as T;
    },
  };

  const disclosures: Disclosure[] = [];
  const findings: Finding[] = [];
  // Shared data first, each piece a step of its own (no single step of a long check is long).
  yield* cancellable(prepareMatching(ctx), token);
  // The controller's contact details (read by controller-contact, dpo-contact and the
  // consistency rules), extracted once, in steps of their own; not from a draft far larger than
  // any policy (see below), where the rules fall back to what single sentences say.
  const large = doc.text.length > LARGE_DOCUMENT_CHARS;
  const entities = large ? noEntities() : yield* cancellable(extractEntitiesSteps(doc, options.organization), token);
  ctx.memo(ENTITIES_MEMO, () => entities);
  for (const regime of options.regimes) {
    const catalog = catalogFor(regime);
    const detected = new Map<string, Assessed>();
    const found = new Map<string, boolean>();
    for (const rule of catalog) {
      yield;
      throwIfCancelled(token);
      const a = guard(rule, messages, () => assessItem(ctx, rule), NOTHING_FOUND);
      detected.set(rule.id, a);
      found.set(rule.id, a.evidence.length > 0);
    }
    for (const rule of catalog) {
      const decision = guard(rule, messages, () => rule.requirement?.(ctx, found), undefined) ?? { required: 'always' as const };
      const a = detected.get(rule.id) ?? NOTHING_FOUND;
      const evidence = a.evidence.map((s) => toEvidence(doc, s));
      const status = evidence.length === 0 ? 'missing' : a.shortfall ? 'insufficient' : 'disclosed';
      const d: Disclosure = { id: rule.id, found: evidence.length > 0, status, required: decision.required, evidence };
      if (a.shortfall) d.shortfall = { start: a.shortfall.start, end: a.shortfall.end, line: doc.lines.lineAt(a.shortfall.start), message: a.shortfall.message };
      if (decision.because) d.requiredBecause = decision.because;
      disclosures.push(d);
      if (d.required === 'not-applicable' || status === 'disclosed') continue;
      const cap = d.required === 'conditional' ? 'information' : undefined;
      if (status === 'insufficient') {
        const severity = effectiveSeverity(rule, options, lower(cap, a.shortfall!.severity));
        if (severity) findings.push(shortfallFinding(doc, rule, a.shortfall!, severity));
        continue;
      }
      const severity = effectiveSeverity(rule, options, cap);
      if (!severity) continue;
      // Its fixes (insert the clause, waive the item) are computed when a code action asks for them (fixes/index.ts).
      findings.push(missingFinding(doc, rule, d, severity));
    }
  }

  // Robustness: a file far longer than any policy (a 300-page policy is about 1 MB; the default
  // include pattern also selects e.g. a "policy-export.txt" data dump) gets the disclosure
  // checklist only. The check rules' extraction costs ~30 bytes of memory and ~0.2 s per MB of
  // text, which at 50 MB meant two gigabytes and a server busy for most of a minute.
  const checks = large ? [] : checkRules();
  if (checks.length === 0 && checkRules().length > 0) {
    messages.push(`This document is longer than ${LARGE_DOCUMENT_CHARS / (1024 * 1024)} MB, far longer than any privacy policy, so only the disclosure checklist was checked; the consistency checks were skipped to keep the editor responsive.`);
  }
  for (const rule of checks) {
    yield;
    throwIfCancelled(token);
    const severity = effectiveSeverity(rule, options);
    if (!severity) continue;
    // The user's setting wins; otherwise a rule may grade its own finding (e.g. by regime).
    const configured = options.rules[rule.id] !== undefined;
    const raw = guard(rule, messages, () => rule.run(ctx), [] as RawFinding[]);
    for (const r of raw) findings.push(toFinding(doc, rule.id, r, configured ? severity : (r.severity ?? severity)));
  }

  const fmSeverity = effectiveSeverity(frontMatterRule, options);
  if (fmSeverity) for (const r of frontMatterFindings) findings.push(toFinding(doc, FRONT_MATTER_CODE, r, fmSeverity));

  findings.sort((a, b) => a.start - b.start || a.code.localeCompare(b.code));
  const kept = applySuppressions(doc, parseSuppressions(doc), disclosures, findings, ALL_RULES.map((r) => r.id)).filter((f) => {
    // Findings about suppression comments obey the rules setting like every other rule.
    const rule = getRule(f.code);
    if (rule?.kind !== 'engine') return true;
    const severity = effectiveSeverity(rule, options);
    if (severity) f.severity = severity;
    return severity !== undefined;
  });
  return { doc, options, report: { regimes: options.regimes, disclosures, findings: kept, configurationMessages: messages } };
}

/** Convenience for callers that only want the report. */
export function checkText(input: AnalyzeInput, token: CancellationToken = NEVER_CANCELLED): Report {
  return analyze(input, token).report;
}

/** The front matter's own problems and those of its values, each on the line it names. */
function frontMatterProblems(doc: PolicyDocument, problems: ConfigProblem[]): RawFinding[] {
  const fm = doc.frontMatter;
  if (!fm) return [];
  const out: RawFinding[] = fm.problems.map((p) => ({ start: p.start, end: p.end, message: p.message }));
  for (const p of problems) {
    if (p.layer !== 'frontMatter') continue;
    const at = fm.locate(p.path, p.at);
    const finding: RawFinding = { start: at.start, end: at.end, message: p.message.charAt(0).toUpperCase() + p.message.slice(1) };
    // "did you mean consent?" as a quick fix, where the finding sits on exactly the misspelt word.
    if (p.suggestion && at.exact && !/[\r\n]/.test(doc.text.slice(at.start, at.end))) {
      finding.fixes = [{ title: `Change to "${p.suggestion}"`, kind: 'quickfix', isPreferred: true, edits: [{ start: at.start, end: at.end, newText: p.suggestion }] }];
    }
    out.push(finding);
  }
  return out;
}

/** What a catalog item's detectors found: the evidence, and what it lacks if it falls short. */
interface Assessed {
  evidence: readonly TextRange[];
  shortfall?: RawShortfall;
}

const NOTHING_FOUND: Assessed = { evidence: [] };

/**
 * Decides an item's state from its detectors. Sentences that meet the requirement disclose it,
 * unless each of them stands in a passage with an unfilled blank ("for [retention period]"): then
 * the item is insufficient, with the finding on the blank. Without such sentences, sentences that
 * only address the item (`detectPartial`) make it insufficient; with none, it is missing.
 */
function assessItem(ctx: RuleContext, rule: DisclosureRule): Assessed {
  const clean: Sentence[] = [];
  let blanked: Sentence[] | undefined;
  let blank: RawShortfall | undefined;
  for (const s of detectOnce(ctx, rule, 'detect')) {
    const b = blankAround(ctx, s);
    if (!b) {
      clean.push(s);
      continue;
    }
    (blanked ??= []).push(s);
    blank ??= { start: b.start, end: b.end, message: `Fill in the blank “${clipQuote(b.text)}”: until it is filled, the text does not disclose this.` };
  }
  if (clean.length > 0) return { evidence: clean, shortfall: rule.assess?.(ctx, clean) };
  if (blanked) return { evidence: blanked, shortfall: blank };
  const partial = detectOnce(ctx, rule, 'detectPartial');
  if (partial.length === 0) return NOTHING_FOUND;
  return { evidence: partial, shortfall: { start: partial[0].start, end: partial[0].end, message: rule.partialLacks ?? rule.remedy } };
}

/**
 * A paragraph up to this length is one passage for blanks: a clause's second sentence ("We do not
 * use it for other purposes.") does not disclose what its first left blank. Longer blocks (a web
 * page flattened into one line) are judged sentence by sentence.
 */
const BLANK_PASSAGE_MAX = 1500;

/** The first blank in the sentence's passage (absolute offsets), computed once per passage and check. */
function blankAround(ctx: RuleContext, s: Sentence): { start: number; end: number; text: string } | undefined {
  const text = ctx.doc.text;
  const p = s.paragraph >= 0 ? ctx.doc.paragraphs[s.paragraph] : undefined;
  if (!p || p.end - p.start > BLANK_PASSAGE_MAX) {
    const b = firstBlank(text.slice(s.start, s.end));
    return b && { start: s.start + b.start, end: s.start + b.end, text: b.text };
  }
  const cache = ctx.memo('blanksByParagraph', () => new Map<number, { start: number; end: number; text: string } | null>());
  let b = cache.get(s.paragraph);
  if (b === undefined) {
    const found = firstBlank(text.slice(p.start, p.end));
    b = found ? { start: p.start + found.start, end: p.start + found.end, text: found.text } : null;
    cache.set(s.paragraph, b);
  }
  return b ?? undefined;
}

/** The lower (milder) of two severities; either may be absent. */
function lower(a: Severity | undefined, b: Severity | undefined): Severity | undefined {
  if (!a) return b;
  if (!b) return a;
  return SEVERITY_RANK[a] > SEVERITY_RANK[b] ? a : b;
}

/** An insufficient item's finding sits on the sentence (or blank) that falls short. */
function shortfallFinding(doc: PolicyDocument, rule: DisclosureRule, sf: RawShortfall, severity: Severity): Finding {
  return toFinding(doc, rule.id, { start: sf.start, end: sf.end, message: shortfallMessage(rule, sf.message) }, severity);
}

/** Runs the steps of `steps` as steps of the check: the token is checked after each one. */
function* cancellable<T>(steps: Generator<void, T, void>, token: CancellationToken): Generator<void, T, void> {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    yield;
    throwIfCancelled(token);
  }
}

function guard<T>(rule: Rule, messages: string[], run: () => T, fallback: T): T {
  try {
    return run();
  } catch (e) {
    if ((e as Error)?.name === 'CancelledError') throw e;
    messages.push(`Internal error in rule ${rule.id}: ${(e as Error)?.message ?? e}. The other rules ran normally.`);
    return fallback;
  }
}

/** The user's override wins, `off` (or no setting, for a rule off by default) silences; `cap` lowers the severity (never raises it). */
function effectiveSeverity(rule: Rule, options: CheckOptions, cap?: Severity): Severity | undefined {
  const setting = options.rules[rule.id];
  if (setting === 'off' || (setting === undefined && rule.offByDefault)) return undefined;
  const sev = setting ?? rule.defaultSeverity;
  if (cap && SEVERITY_RANK[cap] > SEVERITY_RANK[sev]) return cap;
  return sev;
}

/** Related places listed per finding (the Problems panel shows them under it). */
const MAX_RELATED = 50;

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

function toEvidence(doc: PolicyDocument, s: TextRange): Evidence {
  return { start: s.start, end: s.end, line: doc.lines.lineAt(s.start), text: doc.text.slice(s.start, s.end) };
}

/**
 * Where a missing item is reported: its heading (the same one its clause would go under, see
 * rules/framework/anchor.ts), else the title line, else the first line.
 */
export function anchorFor(doc: PolicyDocument, rule: DisclosureRule): TextRange {
  const k = relevantHeading(doc, rule.anchorHeadings, foreignTo(packById(rule.family)?.audience));
  if (k >= 0) return { start: doc.headings[k].start, end: doc.headings[k].end };
  if (doc.title) return { start: doc.title.start, end: doc.title.end };
  const end = doc.lines.lineCount > 0 ? doc.lines.lineEnd(0) : 0;
  return { start: 0, end };
}

function missingFinding(doc: PolicyDocument, rule: DisclosureRule, d: Disclosure, severity: Severity): Finding {
  // One line; the why and what to add are the rule's explanation (features/explanation.ts).
  const message = d.required === 'conditional' ? conditionalMessage(rule, d.requiredBecause) : missingMessage(rule, packById(rule.family)?.messages?.[rule.id.slice(rule.family.length + 1)]);
  return toFinding(doc, rule.id, { ...anchorFor(doc, rule), message }, severity);
}

function toFinding(doc: PolicyDocument, code: string, r: RawFinding, severity: Severity): Finding {
  const pos = doc.lines.position(r.start);
  return {
    code,
    severity,
    message: r.message,
    start: r.start,
    end: r.end,
    line: pos.line,
    column: pos.column,
    // Capped: a value repeated a thousand times must not make every finding carry a thousand places.
    related: (r.related ?? []).slice(0, MAX_RELATED).map((x) => {
      const p = doc.lines.position(x.start);
      return { start: x.start, end: x.end, line: p.line, column: p.column, message: x.message };
    }),
    fixes: r.fixes ?? [],
  };
}
