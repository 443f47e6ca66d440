// Rendering a clause template (see types.ts) as inserted text or as a VS Code snippet body.
// Templates are our own trusted strings; parsing is a linear scan for `{{ … }}`.

import type { ClauseValueKey, ClauseValues } from './types';

/** The visible placeholder for each value the draft does not state. One bracket style: `[…]`. */
export const PLACEHOLDER_LABELS: Record<ClauseValueKey, string> = {
  controllerName: 'Company Name',
  shortName: 'short company name',
  email: 'contact e-mail',
  privacyEmail: 'privacy contact e-mail',
  dpoEmail: 'DPO e-mail',
  dpoName: 'DPO name',
  address: 'address',
  website: 'website address',
  supervisoryAuthority: 'name and website of the supervisory authority',
  country: 'country',
};

export type Slot =
  | { kind: 'text'; text: string }
  | { kind: 'value'; key: ClauseValueKey }
  | { kind: 'blank'; label: string }
  | { kind: 'choice'; options: string[] };

export function parseTemplate(template: string): Slot[] {
  const out: Slot[] = [];
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{{', i);
    if (open < 0) break;
    const close = template.indexOf('}}', open + 2);
    if (close < 0) throw new Error(`Unclosed {{ in clause template: ${template.slice(open, open + 40)}`);
    if (open > i) out.push({ kind: 'text', text: template.slice(i, open) });
    const inner = template.slice(open + 2, close);
    if (inner.startsWith('[') && inner.endsWith(']')) out.push({ kind: 'blank', label: inner.slice(1, -1) });
    else if (inner.includes('|')) out.push({ kind: 'choice', options: inner.split('|') });
    else if (inner in PLACEHOLDER_LABELS) out.push({ kind: 'value', key: inner as ClauseValueKey });
    else throw new Error(`Unknown value {{${inner}}} in clause template`);
    i = close + 2;
  }
  if (i < template.length) out.push({ kind: 'text', text: template.slice(i) });
  return out;
}

/** The text a quick fix inserts: known values filled, the rest as `[…]` placeholders. */
export function renderText(template: string, values: ClauseValues): string {
  let s = '';
  for (const slot of parseTemplate(template)) {
    if (slot.kind === 'text') s += slot.text;
    else if (slot.kind === 'value') s += values[slot.key] ?? `[${PLACEHOLDER_LABELS[slot.key]}]`;
    else if (slot.kind === 'blank') s += `[${slot.label}]`;
    else s += `[${slot.options.join(' / ')}]`;
  }
  return s;
}

/** Numbering state shared by the paragraphs of one snippet, so a repeated value is one tab stop. */
export class TabStops {
  private next = 1;
  private readonly byKey = new Map<string, number>();

  stop(key?: string): { n: number; first: boolean } {
    if (key !== undefined) {
      const known = this.byKey.get(key);
      if (known !== undefined) return { n: known, first: false };
    }
    const n = this.next++;
    if (key !== undefined) this.byKey.set(key, n);
    return { n, first: true };
  }

  /**
   * A new snippet edit of the same request: numbering goes on, but a value repeated in it gets
   * a tab stop of its own (a mirror `$n` of a stop in another edit would expand to nothing).
   */
  nextEdit(): this {
    this.byKey.clear();
    return this;
  }
}

/** Snippet syntax: `$`, `}` and `\` are escaped in text; `,` and `|` too inside choices. */
export function escapeSnippetText(s: string): string {
  return s.replace(/[\\$}]/g, (c) => `\\${c}`);
}

function escapeChoice(s: string): string {
  return s.replace(/[\\$}|,]/g, (c) => `\\${c}`);
}

/** The snippet body of one template: every slot a tab stop, choices as `${n|a,b|}`. */
export function renderSnippet(template: string, stops: TabStops): string {
  let s = '';
  for (const slot of parseTemplate(template)) {
    if (slot.kind === 'text') s += escapeSnippetText(slot.text);
    else if (slot.kind === 'value') {
      const { n, first } = stops.stop(slot.key);
      s += first ? `\${${n}:${escapeSnippetText(`[${PLACEHOLDER_LABELS[slot.key]}]`)}}` : `$${n}`;
    } else if (slot.kind === 'blank') {
      s += `\${${stops.stop().n}:${escapeSnippetText(`[${slot.label}]`)}}`;
    } else {
      s += `\${${stops.stop().n}|${slot.options.map(escapeChoice).join(',')}|}`;
    }
  }
  return s;
}

/**
 * The snippet of an inserted clause: the same text as renderText once expanded (known values as
 * text, every blank, unknown value and choice a tab stop whose default is its visible `[…]`),
 * so that Tab moves from blank to blank. Choices stay bracketed: no option is picked for the drafter.
 */
export function renderFilledSnippet(template: string, values: ClauseValues, stops: TabStops): string {
  let s = '';
  for (const slot of parseTemplate(template)) {
    if (slot.kind === 'text') s += escapeSnippetText(slot.text);
    else if (slot.kind === 'value' && values[slot.key] !== undefined) s += escapeSnippetText(values[slot.key]!);
    else if (slot.kind === 'value') {
      const { n, first } = stops.stop(slot.key);
      s += first ? `\${${n}:${escapeSnippetText(`[${PLACEHOLDER_LABELS[slot.key]}]`)}}` : `$${n}`;
    } else if (slot.kind === 'blank') s += `\${${stops.stop().n}:${escapeSnippetText(`[${slot.label}]`)}}`;
    else s += `\${${stops.stop().n}:${escapeSnippetText(`[${slot.options.join(' / ')}]`)}}`;
  }
  return s;
}

/**
 * What a snippet of renderFilledSnippet expands to, and where its tab stops are in that text
 * (a mirror `$n` repeats the default of `${n:…}`). Only the syntax renderFilledSnippet writes.
 */
export function expandSnippet(snippet: string): { text: string; stops: Map<number, { start: number; end: number }> } {
  let text = '';
  const stops = new Map<number, { start: number; end: number }>();
  const open: Array<{ n: number; start: number }> = [];
  for (let i = 0; i < snippet.length; i++) {
    const c = snippet[i];
    if (c === '\\' && i + 1 < snippet.length) {
      text += snippet[++i];
    } else if (c === '$' && snippet[i + 1] === '{') {
      const m = /^\$\{(\d+):/.exec(snippet.slice(i, i + 12));
      if (!m) throw new Error(`Unexpected snippet syntax at ${i}`);
      open.push({ n: Number(m[1]), start: text.length });
      i += m[0].length - 1;
    } else if (c === '$' && /\d/.test(snippet[i + 1] ?? '')) {
      const m = /^\$(\d+)/.exec(snippet.slice(i, i + 8))!;
      const s = stops.get(Number(m[1]));
      if (s) text += text.slice(s.start, s.end);
      i += m[0].length - 1;
    } else if (c === '}' && open.length > 0) {
      const o = open.pop()!;
      if (!stops.has(o.n)) stops.set(o.n, { start: o.start, end: text.length });
    } else text += c;
  }
  return { text, stops };
}
