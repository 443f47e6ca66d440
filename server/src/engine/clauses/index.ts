// The standard clause library and what is built from it.
export type { Clause, ClauseValues, ClauseValueKey } from './types';
export { CLAUSES, SECTION_SNIPPETS, clauseById, clauseFor } from './library';
export type { SectionSnippet } from './library';
export { renderText, renderSnippet, parseTemplate, PLACEHOLDER_LABELS, TabStops } from './template';
export { resolveClauseValues, emailsIn } from './values';
export { snippetEntries, snippetsFileContent } from './snippets';
