// "Export Disclosure Report": a Markdown record of one check that a lawyer can send to a client
// or put on file: which document (by a name relative to the workspace, never a path on the
// drafter's disk), when, under which laws; a summary table with the status bar's own figures; each
// item with its status and the evidence (quoted, with line numbers) or the recorded waiver; the
// waivers; the findings grouped by the section they are in; and each section's readability.

import type { Analysis } from '../check';
import { getRule } from '../registry';
import { packById, regimeLabel } from '../regimes';
import { formatRefs } from '../law/legalRefs';
import { parseSuppressions } from '../suppression';
import { sectionReadability } from '../features/readability';
import type { PolicyDocument } from '../model/document';
import type { Disclosure, Evidence, Finding, RegimeId } from '../types';
import { ChecklistStatus, countChecklist, StatusCounts, summaryText } from './summary';
import { withoutLocalPaths } from './localPaths';
import { isDisclosureReport, REPORT_MARKER } from './marker';

export interface ReportMeta {
  /** How the report names the draft: relative to the workspace folder (or the CLI's folder), or its file name. */
  documentName: string;
  /** The date printed on the report ("2026-11-23"); the caller decides (tests inject it). */
  date: string;
  /**
   * Folders (paths or URIs) whose prefix is cut from every name the report prints (a
   * `.privacy-policy.json` named in a configuration note); any other absolute path is cut to its
   * file name. The draft's own text is quoted as written.
   */
  localRoots?: readonly string[];
}

export type { ChecklistStatus };

export { REPORT_MARKER, isDisclosureReport };

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

/** The three-state counts of one law: the figures of the status bar and of the report's summary table. */
export function regimeCounts(regime: RegimeId, disclosures: readonly Disclosure[]): StatusCounts {
  return countChecklist(disclosures.filter((d) => d.id.startsWith(`${regime}/`)).map(checklistStatus));
}

/** "GDPR 15 ✓ 4 ! 2 ✗ · CCPA …": the same figures the status bar shows. */
export function reportSummary(regimes: readonly RegimeId[], disclosures: readonly Disclosure[]): string {
  return regimes.map((r) => summaryText(regimeLabel(r), regimeCounts(r, disclosures))).join(' · ');
}

export function disclosureReportMarkdown(analysis: Pick<Analysis, 'doc' | 'report'>, meta: ReportMeta): string {
  const { report, doc } = analysis;
  const local = (s: string) => withoutLocalPaths(s, meta.localRoots ?? []);
  const out: string[] = [REPORT_MARKER];
  out.push('# Privacy Policy Disclosure Report', '');
  out.push(`- **Document:** ${inline(local(meta.documentName))}`);
  out.push(`- **Date:** ${inline(meta.date)}`);
  out.push(`- **Laws checked:** ${report.regimes.length > 0 ? report.regimes.map((r) => regimeTitle(r)).join('; ') : 'none'}`);
  const counts = countStatuses(report.disclosures);
  out.push(`- **Summary:** ${report.regimes.length > 0 ? `${reportSummary(report.regimes, report.disclosures)} (✓ disclosed, not applicable or waived; ! insufficient; ✗ missing; ? undecided). ` : ''}${STATUS_ORDER.map((s) => `${counts[s]} ${s}`).join(', ')}; ${report.findings.length} finding${report.findings.length === 1 ? '' : 's'}`);
  out.push('');
  out.push('Line numbers refer to the document as checked (the first line is line 1). This report lists what the text discloses; it is a drafting aid, not legal advice.', '');

  if (report.regimes.length > 0) out.push(...summaryTable(report.regimes, report.disclosures));

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

  out.push(...waiversSection(doc));
  out.push(...findingsBySection(doc, report.findings));
  out.push(...readabilitySection(doc));
  out.push(...explanations(report.findings));

  if (report.configurationMessages.length > 0) {
    out.push('## Configuration notes', '');
    for (const m of report.configurationMessages) out.push(`- ${inline(local(m))}`);
    out.push('');
  }
  return out.join('\n');
}

/** Per law, the status bar's three figures (✓ ! ✗, and ?) and what the ✓ is made of. */
function summaryTable(regimes: readonly RegimeId[], disclosures: readonly Disclosure[]): string[] {
  const out = ['## Summary', '', '| Law | ✓ Accounted for | ! Insufficient | ✗ Missing | ? Undecided | of which disclosed | waived | not applicable |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'];
  for (const r of regimes) {
    const items = disclosures.filter((d) => d.id.startsWith(`${r}/`));
    const c = regimeCounts(r, disclosures);
    const n = (s: ChecklistStatus) => items.filter((d) => checklistStatus(d) === s).length;
    out.push(`| ${cell(regimeLabel(r))} | ${c.ok} | ${c.insufficient} | ${c.missing} | ${c.undecided} | ${n('disclosed')} | ${n('waived')} | ${n('not applicable')} |`);
  }
  out.push('', '✓ counts the items disclosed, waived with a reason, or not applicable; the status bar shows the same figures.', '');
  return out;
}

/** Every disable comment: what it waives or silences, where, and the reason recorded. */
function waiversSection(doc: PolicyDocument): string[] {
  const comments = parseSuppressions(doc).filter((c) => c.kind !== 'enable' && c.ids.length > 0);
  const out = ['## Waivers', ''];
  if (comments.length === 0) {
    out.push('No item is waived and no finding is silenced in the document.', '');
    return out;
  }
  out.push('| Line | Waives or silences | Reason recorded |', '| --- | --- | --- |');
  for (const c of comments) {
    const what = c.ids.map((i) => `${getRule(i.id)?.title ?? i.id} (${i.id})`).join('; ');
    const scope = c.kind === 'disable-next-line' ? ' (next line only)' : '';
    out.push(`| ${c.line + 1} | ${cell(what + scope)} | ${c.reason ? cell(c.reason) : '**No reason recorded**: the waiver does not count until one is given.'} |`);
  }
  out.push('');
  return out;
}

/** The findings under the heading of the section each stands in, in document order. */
function findingsBySection(doc: PolicyDocument, findings: readonly Finding[]): string[] {
  const out = ['## Findings', ''];
  if (findings.length === 0) {
    out.push('No findings.', '');
    return out;
  }
  const groups = new Map<number, Finding[]>();
  for (const f of findings) {
    const k = sectionIndexAt(doc, f.start);
    const g = groups.get(k);
    if (g) g.push(f);
    else groups.set(k, [f]);
  }
  for (const k of [...groups.keys()].sort((a, b) => a - b)) {
    out.push(`### ${inline(sectionName(doc, k))}`, '', '| Line | Severity | Rule | Message |', '| --- | --- | --- | --- |');
    for (const f of groups.get(k)!) out.push(`| ${f.line + 1} | ${SEVERITY_WORDS[f.severity]} | \`${f.code}\` | ${cell(findingText(f))} |`);
    out.push('');
  }
  return out;
}

/** Sentences, their length and a reading grade per section with text. */
function readabilitySection(doc: PolicyDocument): string[] {
  const rows = sectionReadability(doc).filter((r) => r.sentences > 0);
  const out = ['## Readability by section', ''];
  if (rows.length === 0) {
    out.push('The document has no running sentences to measure.', '');
    return out;
  }
  out.push('| Section | Sentences | Words per sentence | Longest | Reading ease | Grade |', '| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    out.push(`| ${cell(sectionName(doc, r.section))} | ${r.sentences} | ${r.meanWords ?? ''} | ${r.longest} | ${r.readingEase ?? ''} | ${r.grade ?? ''} |`);
  }
  out.push('', 'Reading ease is the Flesch score (60–70 is plain English, below 30 very difficult); grade is the Flesch–Kincaid school grade. List items are not counted as sentences.', '');
  return out;
}

/** Each rule that has a finding, once: what it asks for and why (the messages stay one sentence). */
function explanations(findings: readonly Finding[]): string[] {
  const codes = [...new Set(findings.map((f) => f.code))];
  if (codes.length === 0) return [];
  const out = ['## What the findings mean', ''];
  for (const code of codes) {
    const rule = getRule(code);
    if (!rule) continue;
    const refs = rule.refs.length > 0 ? ` (${inline(formatRefs(rule.refs))})` : '';
    out.push(`- **${inline(rule.title)}**${refs}, \`${code}\`: ${inline(rule.explanation)}`);
  }
  out.push('');
  return out;
}

/** The index in `doc.sections` of the section holding `offset` (0: the text before the first heading). */
function sectionIndexAt(doc: PolicyDocument, offset: number): number {
  let lo = 0;
  let hi = doc.sections.length - 1;
  let k = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (doc.sections[mid].start <= offset) {
      k = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return k;
}

/** "Your rights (line 12)", or "Before the first heading". */
function sectionName(doc: PolicyDocument, k: number): string {
  const h = doc.sections[k]?.heading;
  if (!h) return 'Before the first heading';
  const title = h.text.replace(/\s+/g, ' ').trim();
  return `${title.length > 0 ? title : '(untitled section)'} (line ${h.line + 1})`;
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
