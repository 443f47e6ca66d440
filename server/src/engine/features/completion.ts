// Clause completion: typing `pp-` (or asking for suggestions on an empty line) offers the
// standard clauses, filled with the draft's own details, with a tab stop on every blank. The
// same clause library feeds the snippets file (`snippets/`); this adds what a static snippet
// cannot know: which items this draft is missing and which laws it is checked against. Missing
// required items of the draft's laws come first, then its conditional ones, its laws' other
// clauses and sections, then the clauses of laws it is not checked against.

import type { Analysis } from '../check';
import { ALL_CLAUSES, ALL_SECTION_SNIPPETS, clauseById, regimeLabel } from '../regimes';
import type { Clause, ClauseValues } from '../clauses/types';
import { escapeSnippetText, renderFilledSnippet, TabStops } from '../clauses/template';
import { clauseValues } from '../fixes';
import { headingLine, layoutOf, mostCommonHeading } from '../fixes/layout';
import { titleInDraftCase } from '../fixes/insertion';
import type { Disclosure } from '../types';
import { getRule } from '../registry';
import { headingNorms } from '../model/headings';

export type ClauseState = 'missing' | 'undecided' | 'insufficient' | 'disclosed' | 'waived' | 'not-required' | 'other-law' | 'section';

export interface ClauseCompletion {
  /** The snippet prefix: `pp-gdpr-retention`, `pp-section-rights`. */
  label: string;
  /** The clause's title, in the draft's heading case. */
  title: string;
  /** Why it is where it is in the list: "missing", "disclosed", "CCPA (not checked)". */
  detail: string;
  state: ClauseState;
  /** Sorts the list: group, the law's place in the draft's laws, catalog order. */
  sortText: string;
  /** VS Code snippet syntax; expands to the clause as an inserted quick fix writes it. */
  snippet: string;
  /** The clause's description, for the suggestion's details. */
  documentation: string;
}

export interface ClauseCompletions {
  /** The typed prefix the chosen item replaces (empty on an empty line). */
  start: number;
  end: number;
  items: ClauseCompletion[];
}

/** What the line holds before the cursor: an optional list marker, then `pp-…` being typed. */
const TYPED_PREFIX = /^[ \t]{0,8}(?:(?:[-*+•]|\d{1,3}[.)])[ \t]{1,4})?(pp-[a-z0-9-]{0,60})$/;

/**
 * Where the clause a suggestion inserts would start, or undefined where no clause is offered.
 * Reads only the line before `offset`: the server asks this before waiting for a check, as `-`
 * (the trigger character) is typed in prose all the time.
 */
export function completionStart(text: string, offset: number, invoked: boolean): number | undefined {
  if (offset < 0 || offset > text.length) return undefined;
  const from = Math.max(0, offset - 80);
  const before = text.slice(from, offset);
  const nl = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  const line = nl >= 0 ? before.slice(nl + 1) : before;
  // A line longer than we read is no empty line and no bare `pp-` either.
  if (nl < 0 && from > 0) return undefined;
  const typed = TYPED_PREFIX.exec(line);
  if (typed) return offset - typed[1].length;
  return invoked && line.trim().length === 0 ? offset : undefined;
}

/** Group order: what the draft lacks first. */
const GROUP: Record<ClauseState, number> = { missing: 0, undecided: 1, insufficient: 2, 'not-required': 3, disclosed: 4, waived: 4, section: 5, 'other-law': 6 };

/**
 * The clause suggestions at `offset`: after `pp-` being typed (a trigger character or an
 * explicit request), or on an empty line when the drafter asks (`invoked`). Anywhere else none:
 * a suggestion list in the middle of a sentence would be noise.
 */
export function clauseCompletions(analysis: Analysis, offset: number, invoked: boolean): ClauseCompletions | undefined {
  const { doc } = analysis;
  const start = completionStart(doc.text, offset, invoked);
  if (start === undefined) return undefined;

  const regimes: readonly string[] = analysis.options.regimes;
  const byId = new Map(analysis.report.disclosures.map((d) => [d.id, d]));
  const section = start === offset ? sectionHeadingAt(analysis, start) : undefined;
  const values = clauseValues(doc, analysis.options);
  const { para } = layoutOf(doc);
  const items: ClauseCompletion[] = [];
  ALL_CLAUSES.forEach((c, order) => {
    if (!c.prefix) return;
    const regime = c.satisfies[0]?.split('/')[0] ?? '';
    const state = regimes.includes(regime) ? stateOf(c.satisfies.map((id) => byId.get(id))) : 'other-law';
    const it = item(analysis, c.prefix, c.title, c.description, state, regime, order, clauseSnippet([c], values, new TabStops(), para));
    // Under a heading that is this clause's section ("Your rights" for a right): these first.
    it.sortText = `${section !== undefined && fitsSection(c, section) ? 'a' : 'b'}${it.sortText}`;
    items.push(it);
  });
  ALL_SECTION_SNIPPETS.forEach((s, order) => {
    const clauses = s.clauses.map((id) => clauseById(id)).filter((c): c is Clause => !!c);
    const laws = new Set(clauses.flatMap((c) => c.satisfies.map((id) => id.split('/')[0])));
    const regime = [...laws][0] ?? '';
    const state: ClauseState = laws.size === 0 || [...laws].some((l) => regimes.includes(l)) ? 'section' : 'other-law';
    const it = item(analysis, s.prefix, s.title, s.description, state, regime, ALL_CLAUSES.length + order, sectionSnippet(analysis, s.title, clauses, values));
    it.sortText = `b${it.sortText}`;
    items.push(it);
  });
  return { start, end: offset, items: items.sort((a, b) => (a.sortText < b.sortText ? -1 : a.sortText > b.sortText ? 1 : 0)) };
}

/**
 * The normalised text of the heading whose section `offset` is in, when the line holds nothing
 * yet (a suggestion asked for on an empty line); undefined after a typed `pp-` or before any heading.
 */
function sectionHeadingAt(analysis: Analysis, offset: number): string | undefined {
  const { doc } = analysis;
  if (doc.text.slice(doc.lines.lineStarts[doc.lines.lineAt(offset)], offset).trim().length > 0) return undefined;
  let k = -1;
  for (let i = 0; i < doc.headings.length && doc.headings[i].end <= offset; i++) if (doc.headings[i] !== doc.title) k = i;
  return k >= 0 ? headingNorms(doc)[k] : undefined;
}

/** Whether the clause's item is reported under, and its clause placed in, a section with this heading. */
function fitsSection(c: Clause, norm: string): boolean {
  return c.satisfies.some((id) => {
    const rule = getRule(id);
    return rule?.kind === 'disclosure' && rule.anchorHeadings.some((r) => r.test(norm));
  });
}

/** The state of the item a clause discloses (the least advanced, if it discloses several). */
function stateOf(ds: Array<Disclosure | undefined>): ClauseState {
  const states = ds.map((d): ClauseState => {
    if (!d) return 'not-required';
    if (d.waived) return 'waived';
    if (d.status === 'missing') return d.required === 'always' ? 'missing' : d.required === 'conditional' ? 'undecided' : 'not-required';
    return d.status === 'insufficient' ? 'insufficient' : 'disclosed';
  });
  return states.sort((a, b) => GROUP[a] - GROUP[b])[0] ?? 'not-required';
}

const DETAIL: Record<ClauseState, string> = {
  missing: 'missing from this draft',
  undecided: 'may be required: decide whether it applies',
  insufficient: 'addressed, but falls short',
  'not-required': 'not required for this draft',
  disclosed: 'already disclosed',
  waived: 'waived in this draft',
  section: 'section',
  'other-law': 'not checked for this draft',
};

function item(analysis: Analysis, label: string, title: string, description: string, state: ClauseState, regime: string, order: number, snippet: string): ClauseCompletion {
  const regimes: readonly string[] = analysis.options.regimes;
  const law = regimes.indexOf(regime);
  const lawRank = law >= 0 ? law : regimes.length; // general sections and other laws after the draft's laws
  const lawName = regime ? regimeLabel(regime) : '';
  return {
    label,
    title: titleInDraftCase(analysis.doc, title),
    detail: lawName ? `${lawName}: ${DETAIL[state]}` : DETAIL[state],
    state,
    sortText: `${GROUP[state]}-${String(lawRank).padStart(2, '0')}-${String(order).padStart(4, '0')}`,
    snippet,
    documentation: description,
  };
}

/** The clause's paragraphs, as an inserted quick fix writes them, one tab stop per blank. */
function clauseSnippet(clauses: Clause[], values: ClauseValues, stops: TabStops, para: string): string {
  return clauses.flatMap((c) => c.paragraphs.map((p) => renderFilledSnippet(p, values, stops))).join(para);
}

/** A whole section: a heading in the draft's style, then its clauses. */
function sectionSnippet(analysis: Analysis, title: string, clauses: Clause[], values: ClauseValues): string {
  const { doc } = analysis;
  const { para } = layoutOf(doc);
  const like = mostCommonHeading(doc);
  const heading = headingLine(title, like?.level ?? 2, like, doc);
  return `${escapeSnippetText(heading)}${para}${clauseSnippet(clauses, values, new TabStops(), para)}`;
}
