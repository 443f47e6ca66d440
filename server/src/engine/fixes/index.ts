// Quick fixes for missing disclosures: insert the standard clause where a lawyer would put
// it, filled with the draft's own details, or record why the item does not apply. Plus the
// "Insert All Missing Clauses" source action.

import type { Analysis } from '../check';
import { clauseFor } from '../regimes';
import type { ClauseValues } from '../clauses/types';
import { TabStops } from '../clauses/template';
import { resolveClauseValues } from '../clauses/values';
import type { PolicyDocument } from '../model/document';
import { getRule } from '../registry';
import type { DisclosureRule } from '../rules/framework/ruleTypes';
import type { CheckOptions, Finding, Fix, TextEdit, TextRange } from '../types';
import { layoutOf } from './layout';
import { ClauseInsertionRequest, INSERT_CLAUSES_COMMAND, REASON_SLOT, WAIVE_COMMAND, WaiverRequest } from '../commands';
import { placeClause } from './placement';
import { insertionEdits, PlacedGroup, renderInsertion } from './insertion';

export { placeClause, renderHeading } from './placement';
export type { Placement, NewHeading } from './placement';
export { WAIVE_COMMAND, INSERT_CLAUSES_COMMAND, isPlaceholderReason, waiverEdit } from '../commands';
export type { WaiverRequest, ClauseInsertionRequest, InsertedClause, SnippetEdit } from '../commands';

const valuesCache = new WeakMap<PolicyDocument, { options: CheckOptions; values: ClauseValues }>();

/** Clause values for this document, computed once per check. */
export function clauseValues(doc: PolicyDocument, options: CheckOptions): ClauseValues {
  const c = valuesCache.get(doc);
  if (c && c.options === options) return c.values;
  const values = resolveClauseValues(doc, options);
  valuesCache.set(doc, { options, values });
  return values;
}

/**
 * The fixes of a finding. A check rule's come with the finding; a missing disclosure's (insert
 * the clause, waive the item) are computed here, when the editor asks for them, not in every
 * check: placing a clause reads the whole outline.
 */
export function fixesFor(analysis: Analysis, finding: Finding): Fix[] {
  const rule = getRule(finding.code);
  if (rule?.kind !== 'disclosure') return finding.fixes;
  const d = analysis.report.disclosures.find((x) => x.id === rule.id);
  if (!d || d.status !== 'missing') return finding.fixes;
  return [...finding.fixes, ...missingDisclosureFixes(analysis.doc, analysis.options, rule, finding, d.required === 'always')];
}

/** The fixes of a missing-disclosure finding anchored at `anchor`: insert the clause, or waive the item. */
export function missingDisclosureFixes(doc: PolicyDocument, options: CheckOptions, rule: DisclosureRule, anchor: TextRange, preferred: boolean): Fix[] {
  const fixes: Fix[] = [];
  const insert = insertClauseFix(doc, options, rule, preferred);
  if (insert) fixes.push(insert);
  fixes.push(suppressFix(doc, rule, anchor));
  return fixes;
}

export function insertClauseFix(doc: PolicyDocument, options: CheckOptions, rule: DisclosureRule, preferred = true): Fix | undefined {
  const clause = clauseFor(rule.id);
  if (!clause) return undefined;
  const p = placeClause(doc, clause, rule.anchorHeadings, rule.family);
  const placed = insertionEdits(doc, [renderInsertion(doc, clauseValues(doc, options), p.offset, [{ p, clauses: [clause] }])]);
  const fix = clauseInsertionFix(`Insert standard clause: ${clause.title}`, 'quickfix', placed, false);
  if (preferred) fix.isPreferred = true;
  return fix;
}

/**
 * A fix that inserts clauses: plain text edits for every client, and the same insertion as
 * snippets for the editor's command (tab stops on the blanks, the first one selected).
 */
function clauseInsertionFix(title: string, kind: Fix['kind'], placed: ReturnType<typeof insertionEdits>, report: boolean): Fix {
  const { edits } = placed;
  const request: ClauseInsertionRequest = { title, ...placed, report };
  return {
    title,
    kind,
    edits: edits.map((e) => ({ start: e.start, end: e.end, newText: e.newText })),
    command: { id: INSERT_CLAUSES_COMMAND, title, args: [request] },
  };
}

/**
 * Records a waiver: a `privacy-policy-disable <id>: <reason>` comment on its own line above the
 * anchor heading. The fix carries no edit of its own: its command asks the drafter for the reason
 * and then writes the comment (a waiver without its reason waives nothing; see waiver.ts).
 */
export function suppressFix(doc: PolicyDocument, rule: DisclosureRule, anchor: TextRange): Fix {
  const title = `Mark "${rule.title}" as not applicable, with a reason`;
  const request: WaiverRequest = { ruleId: rule.id, ruleTitle: rule.title, edit: waiverCommentEdit(doc, rule, anchor) };
  return { title, kind: 'quickfix', edits: [], command: { id: WAIVE_COMMAND, title, args: [request] } };
}

/** Where the waiver comment goes, with the `[reason]` slot: above the section heading, below the title. */
function waiverCommentEdit(doc: PolicyDocument, rule: DisclosureRule, anchor: TextRange): TextEdit {
  const { eol } = layoutOf(doc);
  const line = doc.lines.lineAt(anchor.start);
  const comment = `<!-- privacy-policy-disable ${rule.id}: ${REASON_SLOT} -->`;
  // Above a section heading; below the document's title (a comment first would read as the title).
  if (doc.title && doc.title.line === line) {
    const next = line + 1;
    if (next < doc.lines.lineCount) {
      const at = doc.lines.lineStarts[next];
      return { start: at, end: at, newText: comment + eol };
    }
    const at = doc.text.length;
    return { start: at, end: at, newText: eol + comment };
  }
  const at = doc.lines.lineStarts[line];
  return { start: at, end: at, newText: comment + eol };
}

/**
 * "Insert All Missing Clauses": one edit per insertion point, the clauses of one point
 * concatenated (catalog order) and those that open the same new section under one heading.
 * Only items that are required, missing, reported and not waived; conditional items wait for
 * the drafter's decision.
 */
export function insertAllMissingFix(analysis: Analysis): Fix | undefined {
  const { doc, options, report } = analysis;
  const reported = new Set(report.findings.map((f) => f.code));
  const seen = new Set<string>();
  const groups = new Map<number, PlacedGroup[]>();
  let count = 0;
  for (const d of report.disclosures) {
    if (d.found || d.waived || d.required !== 'always' || !reported.has(d.id)) continue;
    const rule = getRule(d.id);
    const clause = clauseFor(d.id);
    if (!rule || rule.kind !== 'disclosure' || !clause || seen.has(clause.id)) continue;
    seen.add(clause.id);
    count++;
    const p = placeClause(doc, clause, rule.anchorHeadings, rule.family);
    const list = groups.get(p.offset) ?? [];
    const same = list.find((x) => x.p.key === p.key);
    if (same) same.clauses.push(clause);
    else list.push({ p, clauses: [clause] });
    groups.set(p.offset, list);
  }
  if (count === 0) return undefined;
  const values = clauseValues(doc, options);
  const stops = new TabStops();
  const points = [...groups].sort((a, b) => a[0] - b[0]);
  const placed = insertionEdits(doc, points.map(([offset, list]) => renderInsertion(doc, values, offset, list, stops)));
  return clauseInsertionFix(`Insert all missing clauses (${count})`, 'source', placed, true);
}
