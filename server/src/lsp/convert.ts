// Engine report → LSP. The only place that knows both vocabularies.

import { Diagnostic, DiagnosticSeverity, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis, checklistStatus, clauseFor, factAnswersFor, formatRefs, getRule, Finding, regimeLabel, ruleDocPath, Severity } from '../engine';
import { ChecklistItem, DIAGNOSTIC_SOURCE, DiagnosticData, DisclosuresParams } from '../protocol';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};


/** Evidence sentences per checklist item sent to the client (the view shows the first three). */
export const MAX_CHECKLIST_EVIDENCE = 10;

export function toRange(doc: TextDocument, start: number, end: number): Range {
  return { start: doc.positionAt(start), end: doc.positionAt(end) };
}

/**
 * Where the installed extension keeps the rules' pages (`<extension>/docs/rules`), as the client
 * says at start-up; without it (another client, a test) a diagnostic links to the law's text.
 */
let ruleDocsBase: string | undefined;

export function setRuleDocsBase(base: unknown): void {
  ruleDocsBase = typeof base === 'string' && /^[a-z][a-z0-9+.-]*:/i.test(base) ? base.replace(/\/+$/, '') : undefined;
}

/** The page a diagnostic's code opens: the rule's page in the extension's docs, else the law. */
export function ruleDocHref(code: string, lawUrl: string): string {
  return ruleDocsBase ? `${ruleDocsBase}/${ruleDocPath(code)}` : lawUrl;
}

export function toDiagnostic(doc: TextDocument, f: Finding): Diagnostic {
  const rule = getRule(f.code);
  const data: DiagnosticData = { version: doc.version, start: f.start, end: f.end };
  const d: Diagnostic = {
    range: toRange(doc, f.start, f.end),
    severity: SEVERITY[f.severity],
    source: DIAGNOSTIC_SOURCE,
    code: f.code,
    message: f.message,
    data,
  };
  if (rule) d.codeDescription = { href: ruleDocHref(rule.id, rule.docUrl) };
  if (f.related.length > 0) {
    d.relatedInformation = f.related.map((r) => ({
      location: { uri: doc.uri, range: toRange(doc, r.start, r.end) },
      message: r.message,
    }));
  }
  return d;
}

export function toDisclosures(doc: TextDocument, analysis: Analysis): DisclosuresParams {
  const { report } = analysis;
  const regimes = report.regimes.map((regime) => {
    const items: ChecklistItem[] = [];
    for (const d of report.disclosures) {
      if (!d.id.startsWith(`${regime}/`)) continue;
      const rule = getRule(d.id);
      const missing = report.findings.find((f) => f.code === d.id);
      const status = checklistStatus(d);
      const anchorOffset = missing?.start ?? d.evidence[0]?.start ?? 0;
      items.push({
        id: d.id,
        title: rule?.title ?? d.id,
        refs: rule ? formatRefs(rule.refs) : '',
        docUrl: rule?.docUrl ?? '',
        status,
        note: d.waived?.reason ?? d.shortfall?.message ?? d.requiredBecause,
        // Performance: a long draft has thousands of evidence sentences per item, and this
        // notification goes out after every check (10 MB of JSON for a 5 MB draft). The view
        // shows the first few (tooltip, reveal), so only those travel.
        evidence: d.evidence.slice(0, MAX_CHECKLIST_EVIDENCE).map((e) => {
          const s = doc.positionAt(e.start);
          const t = doc.positionAt(e.end);
          return { line: s.line, character: s.character, endLine: t.line, endCharacter: t.character, text: e.text };
        }),
        anchor: doc.positionAt(anchorOffset),
        // What the Disclosures view's row actions need (colour, "Insert the clause", "Answer").
        ...(missing ? { severity: missing.severity } : {}),
        ...(clauseFor(d.id) ? { hasClause: true } : {}),
        ...(factAnswersFor(d, analysis.options.profile).length > 0 ? { hasQuestion: true } : {}),
      });
    }
    return { id: regime, label: regimeLabel(regime), items };
  });
  const profileDeclared = Object.values(analysis.options.profile).some((v) => v !== undefined);
  return { uri: doc.uri, version: doc.version, regimes, ...(profileDeclared ? { profileDeclared } : {}) };
}
