// Suppression comments: the drafter's recorded decision that a requirement does not apply.
//
//   <!-- privacy-policy-disable gdpr/dpo-contact: no DPO required, Art. 37 does not apply -->
//   <!-- privacy-policy-disable consistency/placeholder -->  …  <!-- privacy-policy-enable consistency/placeholder -->
//   <!-- privacy-policy-disable-next-line consistency/placeholder: sample text -->
//
// Catalog items are about the whole document, so a disable comment anywhere waives them for
// the document (the checklist shows them as waived, with the reason). Findings with a place
// in the text are dropped from the comment's line to a matching enable (or the end), or on
// the next line only. A waiver of a catalog item needs its reason ("not applicable" is a legal
// decision that must be auditable): without one, or with the quick fix's "[reason]" still in it,
// the item is not waived and the comment is reported. A comment on other findings works without
// a reason but is reported too; an unknown rule id is reported because it silences nothing.

import type { PolicyDocument } from './model/document';
import { isPlaceholderReason } from './commands';
import type { Disclosure, Finding, Severity, TextRange } from './types';

export const SUPPRESSION_REASON_CODE = 'meta/suppression-reason';
export const SUPPRESSION_UNKNOWN_CODE = 'meta/suppression-unknown-rule';

export type SuppressionKind = 'disable' | 'enable' | 'disable-next-line';

export interface SuppressionComment extends TextRange {
  kind: SuppressionKind;
  ids: Array<TextRange & { id: string }>;
  /** The recorded reason; empty when none was given or it is still the `[reason]` placeholder. */
  reason: string;
  line: number;
  /** Offset just after the last id: where another id can be added to the list. */
  idsEnd: number;
}

const MARK = 'privacy-policy-';
const KINDS: SuppressionKind[] = ['disable-next-line', 'disable', 'enable'];

const cache = new WeakMap<PolicyDocument, SuppressionComment[]>();

/** Every suppression comment in the text, in order. Linear: one indexOf scan, once per document. */
export function parseSuppressions(doc: PolicyDocument): SuppressionComment[] {
  const cached = cache.get(doc);
  if (cached) return cached;
  const { text } = doc;
  const out: SuppressionComment[] = [];
  let open = text.indexOf('<!--');
  while (open >= 0) {
    const close = text.indexOf('-->', open + 4);
    if (close < 0) break;
    const c = parseComment(text, open, close + 3, doc);
    if (c) out.push(c);
    open = text.indexOf('<!--', close + 3);
  }
  cache.set(doc, out);
  return out;
}

function parseComment(text: string, start: number, end: number, doc: PolicyDocument): SuppressionComment | undefined {
  let i = start + 4;
  while (i < end && /\s/.test(text[i])) i++;
  if (!text.startsWith(MARK, i)) return undefined;
  i += MARK.length;
  // KINDS lists `disable-next-line` before `disable`, so the longer keyword wins.
  const kind = KINDS.find((k) => text.startsWith(k, i) && (/[\s:]/.test(text[i + k.length]) || text.startsWith('-->', i + k.length)));
  if (!kind) return undefined;
  i += kind.length;
  const innerEnd = end - 3;
  const colon = text.indexOf(':', i);
  const idsEndLimit = colon >= 0 && colon < innerEnd ? colon : innerEnd;
  const ids: SuppressionComment['ids'] = [];
  let j = i;
  while (j < idsEndLimit) {
    while (j < idsEndLimit && /[\s,]/.test(text[j])) j++;
    const a = j;
    while (j < idsEndLimit && !/[\s,]/.test(text[j])) j++;
    if (j > a) ids.push({ id: text.slice(a, j), start: a, end: j });
  }
  const rawReason = colon >= 0 && colon < innerEnd ? text.slice(colon + 1, innerEnd).trim() : '';
  const reason = isPlaceholderReason(rawReason) ? '' : rawReason;
  return { kind, ids, reason, start, end, line: doc.lines.lineAt(start), idsEnd: ids.length > 0 ? ids[ids.length - 1].end : i };
}

interface Region {
  id: string;
  from: number;
  /** Inclusive. */
  to: number;
}

/**
 * Applies the comments: marks waived disclosures and returns the findings that remain, plus
 * findings about the comments themselves (missing reason, unknown id).
 */
export function applySuppressions(
  doc: PolicyDocument,
  comments: SuppressionComment[],
  disclosures: Disclosure[],
  findings: Finding[],
  knownIds: readonly string[],
): Finding[] {
  if (comments.length === 0) return findings;
  const catalog = new Map(disclosures.map((d) => [d.id, d]));
  const known = new Set(knownIds);
  const regions: Region[] = [];
  const open = new Map<string, Region>();
  const notes: Finding[] = [];

  for (const c of comments) {
    if (c.kind !== 'enable' && c.ids.length === 0) {
      notes.push(note(doc, SUPPRESSION_UNKNOWN_CODE, 'warning', c, 'This suppression comment names no rule, so it suppresses nothing: name the rule ids it is meant for.'));
      continue;
    }
    for (const { id, start, end } of c.ids) {
      if (!known.has(id)) {
        const hint = suggest(id, knownIds);
        notes.push(note(doc, SUPPRESSION_UNKNOWN_CODE, 'warning', { start, end }, `"${id}" is not a rule id, so this comment does not suppress it.${hint ? ` Did you mean ${hint}?` : ''}`));
        continue;
      }
      if (c.kind === 'enable') {
        const r = open.get(id);
        if (r) {
          r.to = c.line;
          open.delete(id);
        }
        continue;
      }
      const d = catalog.get(id);
      // Waiving a required disclosure is a legal decision: without its reason it waives nothing
      // (the note below says so), so a "[reason]" left by the quick fix cannot close an item.
      if (d) {
        if (!d.waived && c.reason.length > 0) d.waived = { reason: c.reason, line: c.line };
        continue;
      }
      if (c.kind === 'disable-next-line') regions.push({ id, from: c.line + 1, to: c.line + 1 });
      else if (!open.has(id)) {
        const r = { id, from: c.line, to: Number.MAX_SAFE_INTEGER };
        regions.push(r);
        open.set(id, r);
      }
    }
    if (c.kind === 'enable' && c.ids.length === 0) {
      for (const r of open.values()) r.to = c.line;
      open.clear();
    }
    if (c.kind !== 'enable' && c.reason.length === 0 && c.ids.some((x) => known.has(x.id))) {
      const ids = c.ids.map((x) => x.id).join(', ');
      const items = c.ids.filter((x) => catalog.has(x.id)).map((x) => x.id);
      const example = `“${ids.length > 40 ? c.ids[0].id : ids}: ${exampleReason(c.ids[0].id)}”`;
      notes.push(
        items.length > 0
          ? note(doc, SUPPRESSION_REASON_CODE, 'information', c, `This waiver records no reason, so ${items.length > 2 ? `${items.length} items are` : `${items.join(', ')} ${items.length > 1 ? 'are' : 'is'}`} not waived: add why after a colon (e.g. ${example}).`)
          : note(doc, SUPPRESSION_REASON_CODE, 'information', c, `This suppression records no reason: add why after a colon (e.g. ${example}), so it can be audited.`),
      );
    }
  }

  const kept = findings.filter((f) => {
    if (catalog.has(f.code)) return !catalog.get(f.code)!.waived;
    return !regions.some((r) => r.id === f.code && f.line >= r.from && f.line <= r.to);
  });
  return [...kept, ...notes].sort((a, b) => a.start - b.start || a.code.localeCompare(b.code));
}

/** An example reason in the words a drafter would use; generic where we have none. */
function exampleReason(id: string): string {
  const examples: Record<string, string> = {
    'gdpr/dpo-contact': 'no DPO designated, Art. 37 does not apply',
    'gdpr/international-transfers': 'all processing stays within the EEA',
    'gdpr/automated-decision-making': 'no decisions based solely on automated processing',
    'gdpr/data-source': 'all data are collected from the person',
  };
  return examples[id] ?? 'why this does not apply';
}

function note(doc: PolicyDocument, code: string, severity: Severity, r: TextRange, message: string): Finding {
  const p = doc.lines.position(r.start);
  return { code, severity, message, start: r.start, end: r.end, line: p.line, column: p.column, related: [], fixes: [] };
}

/** A known id that the unknown one is probably a typo or abbreviation of. */
function suggest(id: string, knownIds: readonly string[]): string | undefined {
  const lower = id.toLowerCase();
  const exact = knownIds.find((k) => k === lower);
  if (exact) return exact;
  const tail = lower.slice(lower.indexOf('/') + 1);
  if (tail.length < 3) return undefined;
  return knownIds.find((k) => k.endsWith(`/${tail}`)) ?? knownIds.find((k) => k.includes(tail));
}
