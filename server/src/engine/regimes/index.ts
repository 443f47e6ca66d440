// The registry of regime packs: the one list of the laws the engine knows. Everything else (the
// rule registry, the settings and their schema, the CLI, the snippets, the checklist, the report)
// asks here. To add a law, add its folder and one line below (docs/regime-packs.md).

import type { RegimePack } from './pack';
import type { Clause, SectionSnippet } from '../clauses/types';
import { GENERAL_CLAUSES, GENERAL_SECTION_SNIPPETS } from '../clauses/library';
import { snippetsFileContent } from '../clauses/snippets';
import type { RegimeId } from '../types';
import gdpr from './gdpr';
import ccpa from './ccpa';
import caloppa from './caloppa';
import coppa from './coppa';
import ukGdpr from './uk-gdpr';
import usStates from './us-states';

/** In the order the checklist, the report and the CLI list them. */
export const PACKS: readonly RegimePack[] = [gdpr, ukGdpr, ccpa, caloppa, coppa, usStates];

export type { RegimePack };

const BY_ID = new Map(PACKS.map((p) => [p.id, p]));
if (BY_ID.size !== PACKS.length) throw new Error('Duplicate regime pack id');

/** Every regime id, in registry order. */
export const ALL_REGIMES: readonly RegimeId[] = PACKS.map((p) => p.id);

/** The regimes checked when nothing says otherwise. */
export const DEFAULT_REGIMES: readonly RegimeId[] = ['gdpr'];

export function packById(id: string): RegimePack | undefined {
  return BY_ID.get(id);
}

export function isRegimeId(id: unknown): id is RegimeId {
  return typeof id === 'string' && BY_ID.has(id);
}

/** The short label of a regime ("GDPR", "CCPA/CPRA"); the id itself for an unknown one. */
export function regimeLabel(id: string): string {
  return BY_ID.get(id)?.label ?? id;
}

/** Every standard clause: the packs' in registry order, then the general sections. */
export const ALL_CLAUSES: readonly Clause[] = [...PACKS.flatMap((p) => p.clauses), ...GENERAL_CLAUSES];
export const ALL_SECTION_SNIPPETS: readonly SectionSnippet[] = [...PACKS.flatMap((p) => p.sectionSnippets ?? []), ...GENERAL_SECTION_SNIPPETS];

const CLAUSE_BY_ID = new Map(ALL_CLAUSES.map((c) => [c.id, c]));
if (CLAUSE_BY_ID.size !== ALL_CLAUSES.length) throw new Error('Duplicate clause id');

export function clauseById(id: string): Clause | undefined {
  return CLAUSE_BY_ID.get(id);
}

/** The clause that discloses a catalog item, if the library has one. */
export function clauseFor(catalogId: string): Clause | undefined {
  return ALL_CLAUSES.find((c) => c.satisfies.includes(catalogId));
}

/** The snippets file (`snippets/privacy-policy.code-snippets`), from every pack's clauses. */
export function allSnippetsFileContent(): string {
  return snippetsFileContent(ALL_CLAUSES, ALL_SECTION_SNIPPETS);
}
