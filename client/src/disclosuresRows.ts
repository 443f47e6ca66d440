// How a row of the Disclosures view looks and what it offers, by the item's state: pure (no
// vscode import), so that unit tests check it against the manifest's menus.

import type { ChecklistItem, ChecklistStatus } from '../../server/src/protocol';

type Severity = NonNullable<ChecklistItem['severity']>;
/** The Problems panel's own colours, so that a row and its diagnostic look alike. */
export const SEVERITY_COLOURS: Record<Severity, string> = {
  error: 'problemsErrorIcon.foreground',
  warning: 'problemsWarningIcon.foreground',
  information: 'problemsInfoIcon.foreground',
  hint: 'disabledForeground',
};
/**
 * Icon per state; the colour of an open item is its finding's severity (a missing required item
 * is a warning, an undecided one information, unless the rules setting says otherwise).
 */
const ICONS: Record<ChecklistStatus, [icon: string, colour: string]> = {
  disclosed: ['pass', 'testing.iconPassed'],
  insufficient: ['warning', SEVERITY_COLOURS.warning],
  missing: ['circle-large-outline', SEVERITY_COLOURS.warning],
  undecided: ['question', SEVERITY_COLOURS.information],
  'not applicable': ['circle-slash', 'disabledForeground'],
  waived: ['bookmark', 'disabledForeground'],
};
export const LABELS: Record<ChecklistStatus, string> = {
  disclosed: 'disclosed',
  insufficient: 'insufficient',
  missing: 'missing',
  undecided: 'undecided: declare whether it applies',
  'not applicable': 'not applicable',
  waived: 'waived',
};
/** Items that still need the drafter: the "show only open items" filter keeps these. */
export const OPEN: ReadonlySet<ChecklistStatus> = new Set<ChecklistStatus>(['missing', 'insufficient', 'undecided']);
export const OPEN_ONLY_KEY = 'privacyPolicy.disclosures.openOnly';

/** The row's icon and colour (exported for tests). */
export function rowIcon(item: Pick<ChecklistItem, 'status' | 'severity'>): [icon: string, colour: string] {
  const [icon, colour] = ICONS[item.status];
  if (!OPEN.has(item.status) || !item.severity) return [icon, colour];
  return [item.severity === 'error' && item.status === 'insufficient' ? 'error' : icon, SEVERITY_COLOURS[item.severity]];
}

/**
 * What the row's inline actions test in package.json (`viewItem =~ /;clause;/`): the state, then
 * each action the row offers.
 */
export function rowContext(item: ChecklistItem): string {
  const flags = ['disclosure', `status=${item.status.replace(' ', '-')}`];
  if (item.evidence.length > 0) flags.push('evidence');
  if (item.status === 'missing' && item.hasClause) flags.push('clause');
  if (item.hasQuestion) flags.push('question');
  if (item.status === 'missing' || item.status === 'undecided') flags.push('waivable');
  return `${flags.join(';')};`;
}
