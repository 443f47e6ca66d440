// The long form of a finding: why the rule applies, what to add, and an example where the clause
// library has one. A diagnostic's message is one line (rules/framework/messages.ts); this is what
// the hover over it, `--verbose` CLI text and SARIF's fullDescription show.

import { getRule } from '../registry';
import { clauseFor, packById } from '../regimes';
import { renderText } from '../clauses/template';
import { formatRefs } from '../law/legalRefs';
import type { Disclosure, Finding } from '../types';

export interface RuleExplanation {
  id: string;
  title: string;
  /** Every reference of the rule, as messages print them: "GDPR Art. 13(2)(a), Art. 14(2)(a)". */
  refs: string;
  /** Why the law asks for it (the rule's explanation). */
  why: string;
  /** What to add, for a catalog item. */
  whatToAdd?: string;
  /** The provisions cited, in plain words, where the rule's pack explains them. */
  provisions: Array<{ cite: string; text: string }>;
  /** A standard clause that discloses the item, with its blanks shown as [placeholders]. */
  example?: string;
  /** Snippet prefix of that clause (`pp-gdpr-retention`), to type in the editor. */
  snippet?: string;
  /** The rule's documentation (the law's official text). */
  docUrl: string;
}

/** An example longer than this is cut at a sentence (a hover is no place for a whole section). */
const EXAMPLE_MAX = 400;

/** The explanation of a rule id, or undefined for an id no rule has. */
export function ruleExplanation(id: string): RuleExplanation | undefined {
  const rule = getRule(id);
  if (!rule) return undefined;
  const provisionTexts = packById(rule.family)?.provisions ?? {};
  // Keyed by the cite ("Art. 13(1)(f)") or, where a pack cites several statutes, with the statute's name.
  const provisions = rule.refs.flatMap((r) => {
    const text = provisionTexts[r.cite] ?? provisionTexts[`${r.law} ${r.cite}`];
    return text === undefined ? [] : [{ cite: `${r.law} ${r.cite}`, text }];
  });
  const out: RuleExplanation = { id, title: rule.title, refs: formatRefs(rule.refs), why: rule.explanation, provisions, docUrl: rule.docUrl };
  if (rule.kind === 'disclosure') {
    out.whatToAdd = rule.remedy;
    const clause = clauseFor(id);
    if (clause) {
      out.example = exampleText(clause.paragraphs.map((p) => renderText(p, {})).join(' '));
      if (clause.prefix) out.snippet = clause.prefix;
    }
  }
  return out;
}

/** The clause's first sentences up to EXAMPLE_MAX characters. */
function exampleText(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  if (one.length <= EXAMPLE_MAX) return one;
  const cut = one.slice(0, EXAMPLE_MAX);
  const end = cut.lastIndexOf('. ');
  return end > EXAMPLE_MAX / 3 ? cut.slice(0, end + 1) : `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

/** Plain text, one part per line: for `--verbose` and SARIF. */
export function explanationText(e: RuleExplanation): string {
  const lines = [`${e.title}${e.refs ? ` (${e.refs})` : ''}.`, `Why: ${e.why}`];
  for (const p of e.provisions) lines.push(`${p.cite}: ${p.text}`);
  if (e.whatToAdd) lines.push(`What to add: ${e.whatToAdd}`);
  if (e.example) lines.push(`Example${e.snippet ? ` (snippet ${e.snippet})` : ''}: ${e.example}`);
  lines.push(`Law: ${e.docUrl}`);
  return lines.join('\n');
}

/**
 * Why an item is required, or possibly required, for this document (from its disclosure), as the
 * hover and --verbose add it under the explanation.
 */
export function requirementNote(d: Pick<Disclosure, 'required' | 'requiredBecause'> | undefined): string | undefined {
  if (!d?.requiredBecause || d.required === 'not-applicable') return undefined;
  const because = d.requiredBecause.charAt(0).toUpperCase() + d.requiredBecause.slice(1);
  return d.required === 'conditional'
    ? `${because}. If it does not apply, declare that in the processing profile (front matter or .privacy-policy.json) or waive the item with a reason.`
    : `Required here: ${d.requiredBecause}.`;
}

/** Markdown for the hover over a finding; `note` says why it is required here (requirementNote). */
export function explanationMarkdown(e: RuleExplanation, note?: string): string {
  const parts = [`**${e.title}**${e.refs ? ` — ${e.refs}` : ''} \`${e.id}\``, e.why];
  if (note) parts.push(`*${note}*`);
  if (e.provisions.length > 0) parts.push(e.provisions.map((p) => `- *${p.cite}:* ${p.text}`).join('\n'));
  if (e.whatToAdd) parts.push(`*What to add:* ${e.whatToAdd}`);
  if (e.example) parts.push(`*Example*${e.snippet ? ` (snippet \`${e.snippet}\`)` : ''}:\n\n> ${e.example}`);
  parts.push(`[The law’s text](${e.docUrl})`);
  return parts.join('\n\n');
}

const SEVERITY_ORDER = ['error', 'warning', 'information', 'hint'];

/** How many findings at one place a hover explains in full. */
const HOVER_FULL = 3;

/**
 * The explanations of the findings whose range holds `offset`, one per rule, as hover Markdown
 * with the range they cover; undefined where no finding is.
 */
export function findingsHoverAt(findings: readonly Finding[], offset: number, disclosures: readonly Disclosure[] = []): { start: number; end: number; markdown: string } | undefined {
  const here = findings.filter((f) => f.start <= offset && (offset < f.end || (f.start === f.end && offset === f.start)));
  if (here.length === 0) return undefined;
  // The most severe first: a warning's explanation before an undecided item's.
  const bySeverity = [...here].sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
  const explained = [...new Set(bySeverity.map((f) => f.code))].map(ruleExplanation).filter((e): e is RuleExplanation => e !== undefined);
  if (explained.length === 0) return undefined;
  // A heading may anchor many missing items: the first few in full, the others by name.
  const parts = explained.slice(0, HOVER_FULL).map((e) => explanationMarkdown(e, requirementNote(disclosures.find((d) => d.id === e.id))));
  if (explained.length > HOVER_FULL) parts.push(`Also here: ${explained.slice(HOVER_FULL).map((e) => `**${e.title}** (\`${e.id}\`)`).join(', ')}.`);
  return { start: Math.max(...here.map((f) => f.start)), end: Math.min(...here.map((f) => f.end)), markdown: parts.join('\n\n---\n\n') };
}
