// "Export Disclosure Report": a Markdown record of one check that a lawyer can send to a
// client or put on file: which document, when, under which regimes, each required item with
// its status, the evidence (quoted, with line numbers) or the recorded waiver, then every finding.

import type { Analysis } from '../check';
import { getRule } from '../registry';
import { packById, regimeLabel } from '../regimes';
import { formatRefs } from '../law/legalRefs';
import type { Disclosure, Evidence, Finding, RegimeId } from '../types';
import { ChecklistStatus, countChecklist, summaryText } from './summary';

export interface ReportMeta {
  documentName: string;
  /** The date printed on the report ("2026-11-23"); the caller decides (tests inject it). */
  date: string;
}

export type { ChecklistStatus };

/** The law's full name with its citation, from its pack. */
function regimeTitle(id: RegimeId): string {
  return packById(id)?.title ?? id;
}

const SEVERITY_WORDS = { error: 'Error', warning: 'Warning', information: 'Information', hint: 'Hint' } as const;

/**
 * The status a lawyer reads: a waiver counts only where the item is not disclosed anyway; an
 * item that does not apply is not asked to be completed.
 */
export function checklistStatus(d: Disclosure): ChecklistStatus {
  if (d.status === 'disclosed') return 'disclosed';
  if (d.waived) return 'waived';
  if (d.required === 'not-applicable') return 'not applicable';
  if (d.status === 'insufficient') return 'insufficient';
  if (d.required === 'conditional') return 'undecided';
  return 'missing';
}

/** "GDPR 15 ✓ 4 ! 2 ✗ · CCPA …": the same figures the status bar shows. */
export function reportSummary(regimes: readonly RegimeId[], disclosures: readonly Disclosure[]): string {
  return regimes
    .map((r) => summaryText(regimeLabel(r), countChecklist(disclosures.filter((d) => d.id.startsWith(`${r}/`)).map(checklistStatus))))
    .join(' · ');
}

export function disclosureReportMarkdown(analysis: Analysis, meta: ReportMeta): string {
  const { report } = analysis;
  const out: string[] = [];
  out.push('# Privacy Policy Disclosure Report', '');
  out.push(`- **Document:** ${inline(meta.documentName)}`);
  out.push(`- **Date:** ${inline(meta.date)}`);
  out.push(`- **Regimes checked:** ${report.regimes.length > 0 ? report.regimes.map((r) => regimeTitle(r)).join('; ') : 'none'}`);
  const counts = countStatuses(report.disclosures);
  out.push(`- **Summary:** ${report.regimes.length > 0 ? `${reportSummary(report.regimes, report.disclosures)} (✓ disclosed, not applicable or waived; ! insufficient; ✗ missing; ? undecided). ` : ''}${STATUS_ORDER.map((s) => `${counts[s]} ${s}`).join(', ')}; ${report.findings.length} finding${report.findings.length === 1 ? '' : 's'}`);
  out.push('');
  out.push('Line numbers refer to the document as checked (the first line is line 1). This report lists what the text discloses; it is a drafting aid, not legal advice.', '');

  for (const regime of report.regimes) {
    const items = report.disclosures.filter((d) => d.id.startsWith(`${regime}/`));
    out.push(`## Checklist: ${regimeTitle(regime)}`, '');
    if (items.length === 0) {
      out.push('No catalog items are defined for this regime yet.', '');
      continue;
    }
    out.push('| Item | Status | Legal reference | Evidence or reason |', '| --- | --- | --- | --- |');
    for (const d of items) {
      const rule = getRule(d.id);
      const title = rule?.title ?? d.id;
      const refs = rule ? formatRefs(rule.refs) : '';
      out.push(`| ${cell(title)} (\`${d.id}\`) | ${checklistStatus(d)} | ${cell(refs)} | ${cell(evidenceOrReason(d))} |`);
    }
    out.push('');
  }

  out.push('## Findings', '');
  if (report.findings.length === 0) out.push('No findings.', '');
  else {
    out.push('| Line | Severity | Rule | Message |', '| --- | --- | --- | --- |');
    for (const f of report.findings) out.push(`| ${f.line + 1} | ${SEVERITY_WORDS[f.severity]} | \`${f.code}\` | ${cell(findingText(f))} |`);
    out.push('');
  }
  if (report.configurationMessages.length > 0) {
    out.push('## Configuration notes', '');
    for (const m of report.configurationMessages) out.push(`- ${inline(m)}`);
    out.push('');
  }
  return out.join('\n');
}

const STATUS_ORDER = ['disclosed', 'insufficient', 'missing', 'undecided', 'waived', 'not applicable'] as const;

function countStatuses(ds: Disclosure[]): Record<ChecklistStatus, number> {
  const c: Record<ChecklistStatus, number> = { disclosed: 0, insufficient: 0, missing: 0, 'not applicable': 0, waived: 0, undecided: 0 };
  for (const d of ds) c[checklistStatus(d)]++;
  return c;
}

const QUOTE_MAX = 160;
const QUOTES_PER_ITEM = 2;

function evidenceOrReason(d: Disclosure): string {
  const parts: string[] = [];
  if (d.shortfall) parts.push(`Falls short: ${d.shortfall.message}`);
  if (d.found) parts.push(d.evidence.slice(0, QUOTES_PER_ITEM).map(quote).join(' ') + (d.evidence.length > QUOTES_PER_ITEM ? ` (+${d.evidence.length - QUOTES_PER_ITEM} more)` : ''));
  if (d.waived) parts.push(`Waived (line ${d.waived.line + 1}): ${d.waived.reason}`);
  if (!d.found && !d.waived && d.required === 'always') parts.push('Not found in the text.');
  if (!d.found && !d.waived && d.requiredBecause) parts.push(capitalise(d.requiredBecause));
  return parts.join(' — ');
}

/** “…text…” (line 12), shortened at a word boundary. */
function quote(e: Evidence): string {
  let t = e.text.replace(/\s+/g, ' ').trim();
  if (t.length > QUOTE_MAX) {
    const cut = t.lastIndexOf(' ', QUOTE_MAX);
    t = `${t.slice(0, cut > QUOTE_MAX / 2 ? cut : QUOTE_MAX)} …`;
  }
  return `“${t}” (line ${e.line + 1})`;
}

function findingText(f: Finding): string {
  return f.related.length === 0 ? f.message : `${f.message} (see ${f.related.map((r) => `line ${r.line + 1}`).join(', ')})`;
}

function capitalise(s: string): string {
  return s.length > 0 ? s[0].toUpperCase() + s.slice(1) : s;
}

/**
 * Table cells: one line, `|` escaped, Markdown that could break the table neutralised. Code
 * spans are unwrapped, because `&lt;` would show literally inside one.
 */
function cell(s: string): string {
  return inline(s.replace(/`/g, '')).replace(/\|/g, '\\|');
}

/**
 * One line of text, inert: text quoted from the draft must not become a live link, image or HTML
 * in the preview (`[x](command:…)`, `![](https://…)`, `<img …>`), so brackets are escaped and `<`
 * is an entity.
 */
function inline(s: string): string {
  return s.replace(/\r\n|\r|\n/g, ' ').replace(/\\/g, '\\\\').replace(/</g, '&lt;').replace(/[[\]]/g, (c) => `\\${c}`).trim();
}
