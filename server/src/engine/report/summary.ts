// The three-state count a lawyer reads at a glance, one place for every surface: the status bar,
// the Markdown report, the CLI text. "GDPR 15 ✓ 4 ! 2 ✗": accounted for (disclosed, not applicable
// or waived), insufficient, and open (missing, or undecided whether it applies).
// Plain code with no imports, so the client bundles it without the engine.

export type ChecklistStatus = 'disclosed' | 'insufficient' | 'missing' | 'undecided' | 'not applicable' | 'waived';

export interface StatusCounts {
  ok: number;
  insufficient: number;
  missing: number;
  undecided: number;
}

export function countChecklist(statuses: readonly ChecklistStatus[]): StatusCounts {
  const c: StatusCounts = { ok: 0, insufficient: 0, missing: 0, undecided: 0 };
  for (const s of statuses) {
    if (s === 'insufficient') c.insufficient++;
    else if (s === 'missing') c.missing++;
    else if (s === 'undecided') c.undecided++;
    else c.ok++;
  }
  return c;
}

/** "GDPR 15 ✓ 4 ! 2 ✗", with "1 ?" when items are undecided. */
export function summaryText(label: string, c: StatusCounts): string {
  return `${label} ${c.ok} ✓ ${c.insufficient} ! ${c.missing} ✗${c.undecided > 0 ? ` ${c.undecided} ?` : ''}`;
}
