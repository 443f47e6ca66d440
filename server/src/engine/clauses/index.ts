// The clause machinery: what a clause is, how its slots render, how snippets are written. The
// clauses themselves live in the packs (regimes/<id>/clauses.ts) and in library.ts.
export type { Clause, ClauseValues, ClauseValueKey, SectionSnippet } from './types';
export { GENERAL_CLAUSES, GENERAL_SECTION_SNIPPETS } from './library';
export { renderText, renderSnippet, parseTemplate, PLACEHOLDER_LABELS, TabStops } from './template';
export { resolveClauseValues, emailsIn } from './values';
export { snippetEntries, snippetsFileContent } from './snippets';
