// The hover over a finding's range: the rule's explanation (why, what to add, an example), then
// whatever else the position has (an article reference, a term, an evidence sentence).

import type { Report } from '../types';
import { findingsHoverAt } from './explanation';

export interface RangedMarkdown {
  start: number;
  end: number;
  markdown: string;
}

export function withFindingExplanation(report: Pick<Report, 'findings' | 'disclosures'>, offset: number, other: RangedMarkdown | undefined): RangedMarkdown | undefined {
  const explained = findingsHoverAt(report.findings, offset, report.disclosures);
  if (!explained) return other;
  if (!other) return explained;
  return { start: Math.max(explained.start, other.start), end: Math.min(explained.end, other.end), markdown: `${explained.markdown}\n\n---\n\n${other.markdown}` };
}
