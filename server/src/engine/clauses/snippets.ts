// The snippet file generated from the clause library (`npm run gen:snippets` writes it to
// snippets/privacy-policy.code-snippets; a unit test keeps the two identical). The registry
// (regimes/index.ts) passes every pack's clauses in.

import type { Clause, SectionSnippet } from './types';
import { escapeSnippetText, renderSnippet, TabStops } from './template';

interface SnippetEntry {
  scope: string;
  prefix: string;
  description: string;
  body: string[];
}

/** Blank line between paragraphs; `$0` ends the snippet. */
function bodyLines(templates: string[], stops: TabStops): string[] {
  const lines: string[] = [];
  templates.forEach((t, i) => {
    if (i > 0) lines.push('');
    lines.push(renderSnippet(t, stops));
  });
  return lines;
}

export function snippetEntries(clauses: readonly Clause[], sections: readonly SectionSnippet[]): Record<string, SnippetEntry> {
  const byId = new Map(clauses.map((c) => [c.id, c]));
  const out: Record<string, SnippetEntry> = {};
  for (const c of clauses) {
    if (!c.prefix) continue;
    const body = bodyLines(c.paragraphs, new TabStops());
    body[body.length - 1] += '$0';
    out[`${c.prefix}: ${c.title}`] = { scope: 'markdown,plaintext,privacy-policy', prefix: c.prefix, description: c.description, body };
  }
  for (const s of sections) {
    const templates = s.clauses.flatMap((id) => {
      const c = byId.get(id);
      if (!c) throw new Error(`Section snippet ${s.prefix} names unknown clause ${id}`);
      return c.paragraphs;
    });
    const heading = escapeSnippetText(s.title);
    for (const [scope, head] of [
      ['markdown', `## ${heading}`],
      ['plaintext', heading],
    ] as const) {
      const body = [head, '', ...bodyLines(templates, new TabStops())];
      body[body.length - 1] += '$0';
      // Files of the privacy-policy language may be Markdown or plain text: offer both styles there.
      out[`${s.prefix} (${scope}): ${s.title}`] = { scope: `${scope},privacy-policy`, prefix: s.prefix, description: `${s.description} (${scope === 'markdown' ? 'Markdown heading' : 'plain-text heading'})`, body };
    }
  }
  return out;
}

/** The exact file content, with a trailing newline. */
export function snippetsFileContent(clauses: readonly Clause[], sections: readonly SectionSnippet[]): string {
  return JSON.stringify(snippetEntries(clauses, sections), null, 2) + '\n';
}
