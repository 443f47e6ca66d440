// A compact way to declare a catalog item of any regime (CCPA, CalOPPA, COPPA): metadata +
// its sentence patterns. GDPR items use defineGdpr.ts, which adds article-number cites.

import { findSentences, SentencePatterns } from './match';
import { registerCueList } from './cueIndex';
import type { DisclosureRule, LegalRef, RequirementDecision, RuleContext } from './ruleTypes';
import type { RegimeId, Severity } from '../../types';

export interface CatalogItem {
  regime: Exclude<RegimeId, 'gdpr'>;
  /** Catalog id without namespace: `right-delete`. */
  name: string;
  title: string;
  refs: LegalRef[];
  docUrl: string;
  explanation: string;
  remedy: string;
  anchorHeadings: RegExp[];
  patterns: SentencePatterns;
  severity?: Severity;
  requirement?: (ctx: RuleContext, found: ReadonlyMap<string, boolean>) => RequirementDecision;
}

export function catalogItem(item: CatalogItem): DisclosureRule {
  if (item.patterns.cues) registerCueList(item.patterns.cues);
  return {
    kind: 'disclosure',
    id: `${item.regime}/${item.name}`,
    family: item.regime,
    title: item.title,
    refs: item.refs,
    defaultSeverity: item.severity ?? 'warning',
    docUrl: item.docUrl,
    explanation: item.explanation,
    remedy: item.remedy,
    anchorHeadings: item.anchorHeadings,
    detect: (ctx) => findSentences(ctx, item.patterns),
    requirement: item.requirement,
  };
}
