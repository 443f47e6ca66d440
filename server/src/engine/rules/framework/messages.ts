// The one-line messages of catalog items: a careful colleague's margin note, one sentence of at
// most about 160 characters naming what is missing or short and the article. The why, what to add
// and an example are the rule's explanation (hover, report, `--verbose`, SARIF fullDescription).

import { shortRef } from '../../law/legalRefs';
import type { DisclosureRule } from './ruleTypes';

/** The length a message should not exceed (the developers' guide: "about 160 characters"). */
export const MESSAGE_TARGET = 160;

/** "(GDPR Art. 13(2)(a))", or nothing for a rule without references. */
function cited(rule: DisclosureRule): string {
  const ref = shortRef(rule.refs);
  return ref ? ` (${ref})` : '';
}

/** A missing item: its pack's message ("No retention period: say …") with the article. */
export function missingMessage(rule: DisclosureRule, summary: string | undefined): string {
  return `${summary ?? `Missing: ${rule.title}`}${cited(rule)}.`;
}

/**
 * An item that is required only if an undecided fact holds: the condition, when it fits in the
 * line ("Possibly required if a data protection officer is designated: …"), then what to decide.
 */
export function conditionalMessage(rule: DisclosureRule, because: string | undefined): string {
  const tail = `: ${lowerFirst(rule.title)}${cited(rule)}; add it, or declare it does not apply.`;
  const condition = because ? conditionOf(because) : undefined;
  const withCondition = condition ? `Possibly required ${condition}${tail}` : undefined;
  // The condition is worth a few characters over the target; a long one stays in the explanation.
  return withCondition && withCondition.length <= MESSAGE_TARGET + 10 ? withCondition : `Possibly required${tail}`;
}

/** "required only if a DPO is designated (Art. 37)" → "if a DPO is designated"; undefined for other reasons. */
function conditionOf(because: string): string | undefined {
  const at = because.indexOf('required ');
  if (at < 0) return undefined;
  let rest = because.slice(at + 'required '.length);
  if (rest.startsWith('only ')) rest = rest.slice('only '.length);
  if (!/^(?:if|where|when) /.test(rest)) return undefined;
  // A closing reference or example in parentheses is for the explanation.
  const paren = rest.lastIndexOf(' (');
  if (paren > 0 && rest.endsWith(')')) rest = rest.slice(0, paren);
  return rest;
}

/** "Right to object" → "right to object", but "DPO contact" stays. */
function lowerFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

/** An item that is addressed but falls short: what it lacks (one sentence of its own) and the article. */
export function shortfallMessage(rule: DisclosureRule, lacks: string): string {
  // Without its closing period (a loop: /[.\s]+$/ is quadratic on a long run of spaces).
  let end = lacks.length;
  while (end > 0 && (lacks[end - 1] === '.' || /\s/.test(lacks[end - 1]))) end--;
  const sentence = lacks.slice(0, end).trim();
  return `${sentence}${cited(rule)}.`;
}
