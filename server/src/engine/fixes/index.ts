// Quick fixes for missing disclosures: insert the standard clause where a lawyer would put
// it, filled with the draft's own details, or record why the item does not apply. Plus the
// "Insert All Missing Clauses" source action.

import type { Analysis } from '../check';
import { clauseFor } from '../regimes';
import { renderText } from '../clauses/template';
import type { Clause, ClauseValues } from '../clauses/types';
import { resolveClauseValues } from '../clauses/values';
import type { PolicyDocument } from '../model/document';
import { getRule } from '../registry';
import type { DisclosureRule } from '../rules/framework/ruleTypes';
import type { CheckOptions, Finding, Fix, TextEdit, TextRange } from '../types';
import { layoutOf } from './layout';
import { REASON_SLOT, WAIVE_COMMAND, WaiverRequest } from '../commands';
import { insertionText, Placement, placeClause, renderHeading } from './placement';

export { placeClause, insertionText, renderHeading } from './placement';
export type { Placement, NewHeading } from './placement';
export { WAIVE_COMMAND, isPlaceholderReason, waiverEdit } from '../commands';
export type { WaiverRequest } from '../commands';

const valuesCache = new WeakMap<PolicyDocument, { options: CheckOptions; values: ClauseValues }>();

/** Clause values for this document, computed once per check. */
export function clauseValues(doc: PolicyDocument, options: CheckOptions): ClauseValues {
  const c = valuesCache.get(doc);
  if (c && c.options === options) return c.values;
  const values = resolveClauseValues(doc, options);
  valuesCache.set(doc, { options, values });
  return values;
}

function clauseBlocks(clause: Clause, values: ClauseValues): string[] {
  return clause.paragraphs.map((p) => renderText(p, values));
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
  const blocks = clauseBlocks(clause, clauseValues(doc, options));
  const edit: TextEdit = { start: p.offset, end: p.offset, newText: insertionText(doc, p, p.heading ? [renderHeading(doc, p.heading), ...blocks] : blocks) };
  const fix: Fix = { title: `Insert standard clause: ${clause.title}`, kind: 'quickfix', edits: [edit] };
  if (preferred) fix.isPreferred = true;
  return fix;
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
  const values = clauseValues(doc, options);
  const seen = new Set<string>();
  const groups = new Map<number, Array<{ p: Placement; blocks: string[] }>>();
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
    if (same) same.blocks.push(...clauseBlocks(clause, values));
    else list.push({ p, blocks: clauseBlocks(clause, values) });
    groups.set(p.offset, list);
  }
  if (count === 0) return undefined;
  const edits: TextEdit[] = [];
  for (const [offset, list] of groups) {
    // Paragraphs for the section above come first, then new sections or sub-sections.
    list.sort((a, b) => Number(a.p.heading !== undefined) - Number(b.p.heading !== undefined));
    let k = 0;
    const blocks = list.flatMap((x) => (x.p.heading ? [renderHeading(doc, x.p.heading, k++), ...x.blocks] : x.blocks));
    edits.push({ start: offset, end: offset, newText: insertionText(doc, list[0].p, blocks) });
  }
  edits.sort((a, b) => a.start - b.start);
  return { title: `Insert all missing clauses (${count})`, kind: 'source', edits };
}
