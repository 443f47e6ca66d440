// The CLI's output formats. JSON is a contract other tools consume (documented in the
// README): change it only with a new "version".

import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildDocumentModel, checklistStatus, disclosureReportMarkdown, explanationMarkdown, explanationText, getRule, LineIndex, regimeLabel, Report, reportSummary, requirementNote, ruleExplanation, Severity } from '../engine';
import type { ChecklistStatus, Disclosure, PolicyDocument, RegimeId } from '../engine';
import type { ArtifactLocation, Log, Region, ReportingDescriptor, Result } from 'sarif';
import { version as TOOL_VERSION } from '../../../package.json';

export interface FileResult {
  path: string;
  text: string;
  report: Report;
  /** The model the report was made from (the Markdown report reads its sections); rebuilt if absent. */
  doc?: PolicyDocument;
}

/** The order and words of the checklist lines under a file's summary. */
const LISTED: Array<[ChecklistStatus, string]> = [
  ['disclosed', 'disclosed'],
  ['insufficient', 'insufficient'],
  ['missing', 'missing'],
  ['undecided', 'undecided'],
];

/**
 * Per file, the checklist in three states (`path: GDPR 15 ✓ 4 ! 2 ✗`: accounted for, insufficient,
 * missing) with the items of each state on an indented line, so what was found is listed as well
 * as what is not; then each finding as `path:line:col: severity code message`, 1-based, as
 * compilers print, ending with a few words of the text it sits on.
 */
export function formatText(results: FileResult[], verbose = false): string {
  const lines: string[] = [];
  for (const r of results) {
    if (r.report.regimes.length > 0) {
      lines.push(`${r.path}: ${reportSummary(r.report.regimes, r.report.disclosures)}`);
      for (const regime of r.report.regimes) {
        const items = r.report.disclosures.filter((d) => d.id.startsWith(`${regime}/`));
        for (const [status, word] of LISTED) {
          const ids = items.filter((d) => checklistStatus(d) === status).map((d) => d.id.slice(regime.length + 1));
          if (ids.length > 0) lines.push(`  ${regimeLabel(regime)} ${word}: ${ids.join(', ')}`);
        }
      }
    }
    const explained = new Set<string>();
    for (const f of r.report.findings) {
      const at = excerpt(r.text.slice(f.start, f.end));
      lines.push(`${r.path}:${f.line + 1}:${f.column + 1}: ${f.severity} ${f.code} ${f.message}${at ? ` [at “${at}”]` : ''}`);
      if (verbose) lines.push(...verboseLines(f.code, explained, requirementNote(r.report.disclosures.find((d) => d.id === f.code))));
    }
  }
  return lines.join('\n');
}

/**
 * `--verbose`: the rule's explanation under a finding, indented; once per rule and file (a
 * repeated rule points back to it).
 */
function verboseLines(code: string, explained: Set<string>, note: string | undefined): string[] {
  if (explained.has(code)) return [`    (${code}: explained above)`];
  explained.add(code);
  const e = ruleExplanation(code);
  if (!e) return [];
  const lines = explanationText(e).split('\n');
  if (note) lines.splice(2, 0, note);
  return lines.map((l) => `    ${l}`);
}

/** The first words of a finding's text (at most 8 words or 60 characters), on one line. */
function excerpt(s: string): string {
  const words = s.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  let out = words.slice(0, 8).join(' ');
  if (out.length > 60) out = `${out.slice(0, 59)}…`;
  else if (words.length > 8) out += ' …';
  return out;
}

/** The JSON output (`--format json`): the contract above, typed for its consumers and tests. */
export interface JsonOutput {
  version: 1;
  files: JsonFile[];
}

export interface JsonFile {
  path: string;
  regimes: RegimeId[];
  disclosures: JsonDisclosure[];
  findings: JsonFinding[];
}

/** Offsets are UTF-16 code units into the file's text; lines and columns are 0-based. */
export interface JsonDisclosure {
  id: string;
  found: boolean;
  status: Disclosure['status'];
  shortfall?: { start: number; end: number; line: number; message: string };
  required: Disclosure['required'];
  requiredBecause?: string;
  waived?: { reason: string; line: number };
  evidence: Array<{ start: number; end: number; line: number; text: string }>;
}

export interface JsonFinding {
  code: string;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  line: number;
  column: number;
  related: Array<{ start: number; end: number; line: number; column: number; message: string }>;
}

export function formatJson(results: FileResult[]): string {
  const files = results.map((r): JsonFile => ({
    path: r.path,
    regimes: r.report.regimes,
    disclosures: r.report.disclosures.map((d) => ({
      id: d.id,
      found: d.found,
      status: d.status,
      ...(d.shortfall ? { shortfall: { start: d.shortfall.start, end: d.shortfall.end, line: d.shortfall.line, message: d.shortfall.message } } : {}),
      required: d.required,
      ...(d.requiredBecause ? { requiredBecause: d.requiredBecause } : {}),
      ...(d.waived ? { waived: d.waived } : {}),
      evidence: d.evidence.map((e) => ({ start: e.start, end: e.end, line: e.line, text: e.text })),
    })),
    findings: r.report.findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      message: f.message,
      start: f.start,
      end: f.end,
      line: f.line,
      column: f.column,
      related: f.related.map((x) => ({ start: x.start, end: x.end, line: x.line, column: x.column, message: x.message })),
    })),
  }));
  const output: JsonOutput = { version: 1, files };
  return JSON.stringify(output, null, 2);
}

const SARIF_LEVEL: Record<Severity, NonNullable<Result['level']>> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/**
 * A SARIF artifact location: relative to `%SRCROOT%` (the folder the CLI ran in) as a
 * percent-encoded relative URI where the file lies under it, else an absolute file URI.
 */
export function sarifLocation(file: string, root: string): ArtifactLocation & { uri: string } {
  if (file === '<stdin>') return { uri: 'stdin' };
  const abs = path.resolve(root, file);
  const rel = path.relative(root, abs);
  if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) return { uri: rel.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
  return { uri: pathToFileURL(abs).href };
}

/** SARIF 2.1.0, for code-scanning tools. Columns are 1-based UTF-16 code units. */
export function formatSarif(results: FileResult[], root: string = process.cwd()): string {
  const ruleIds = [...new Set(results.flatMap((r) => r.report.findings.map((f) => f.code)))].sort();
  const rules = ruleIds.map((id): ReportingDescriptor => {
    const rule = getRule(id);
    const e = ruleExplanation(id);
    return {
      id,
      name: rule?.title ?? id,
      shortDescription: { text: rule?.title ?? id },
      // The long form (why, what to add, an example); each result's message.text is one line.
      fullDescription: { text: e ? explanationText(e) : id },
      ...(e ? { help: { text: explanationText(e), markdown: explanationMarkdown(e) } } : {}),
      helpUri: rule?.docUrl,
      defaultConfiguration: { level: SARIF_LEVEL[rule?.defaultSeverity ?? 'warning'] },
    };
  });
  const region = (lines: LineIndex, start: number, end: number): Region => {
    const s = lines.position(start);
    const e = lines.position(end);
    return { startLine: s.line + 1, startColumn: s.column + 1, endLine: e.line + 1, endColumn: e.column + 1, charOffset: start, charLength: end - start };
  };
  const sarifResults = results.flatMap((r) => {
    const lines = new LineIndex(r.text);
    const artifactLocation = sarifLocation(r.path, root);
    return r.report.findings.map((f): Result => ({
      ruleId: f.code,
      ruleIndex: ruleIds.indexOf(f.code),
      level: SARIF_LEVEL[f.severity],
      message: { text: f.message },
      locations: [{ physicalLocation: { artifactLocation, region: region(lines, f.start, f.end) } }],
      relatedLocations: f.related.map((x, i) => ({
        id: i,
        message: { text: x.message },
        physicalLocation: { artifactLocation, region: region(lines, x.start, x.end) },
      })),
    }));
  });
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'privacy-policy-lint', version: TOOL_VERSION, rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: `${pathToFileURL(root).href.replace(/\/?$/, '/')}` } },
        results: sarifResults,
        columnKind: 'utf16CodeUnits',
        // The checklist in three states per file (SARIF results carry only what is open).
        properties: {
          disclosures: results.map((r) => ({
            uri: sarifLocation(r.path, root).uri,
            summary: reportSummary(r.report.regimes, r.report.disclosures),
            items: r.report.disclosures.map((d) => ({ id: d.id, status: d.status, required: d.required, ...(d.waived ? { waived: true } : {}) })),
          })),
        },
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}

/**
 * `--format markdown`: the client-ready disclosure report of each file, as the editor's "Export
 * Disclosure Report" writes it. Files are named relative to `root` (the folder the CLI ran in), or
 * by their file name when outside it; no absolute path is printed.
 */
export function formatMarkdown(results: FileResult[], now: Date = new Date(), root: string = process.cwd()): string {
  const date = now.toISOString().slice(0, 10);
  return results
    .map((r) => {
      const abs = r.path === '<stdin>' ? undefined : path.resolve(root, r.path);
      const rel = abs === undefined ? undefined : path.relative(root, abs);
      const documentName = abs === undefined ? 'standard input' : rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : path.basename(abs);
      // The folder the CLI runs in first, then the file's folder and those above it (where its project file may be).
      const localRoots = [root];
      for (let dir = abs === undefined ? undefined : path.dirname(abs); dir !== undefined && path.dirname(dir) !== dir; dir = path.dirname(dir)) localRoots.push(dir);
      return disclosureReportMarkdown({ doc: r.doc ?? buildDocumentModel(r.text), report: r.report }, { documentName, date, localRoots });
    })
    .join('\n---\n\n');
}
