// A compact way to declare a catalog item of any regime: metadata + its sentence patterns.
// GDPR items go through defineGdpr.ts, which adds article-number cites and the EU audience.

import { findSentences, SentencePatterns } from './match';
import { registerCueList } from './cueIndex';
import type { DisclosureRule, LegalRef, RequirementDecision, RuleContext } from './ruleTypes';
import type { RegimeId, Severity } from '../../types';
import type { Sentence } from '../../model/document';

export interface CatalogItem {
  regime: RegimeId;
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
  /** Drops matched sentences that do not count (e.g. passages addressed to another law's readers). */
  keep?: (ctx: RuleContext, s: Sentence) => boolean;
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
    detect: item.keep ? (ctx) => findSentences(ctx, item.patterns).filter((s) => item.keep!(ctx, s)) : (ctx) => findSentences(ctx, item.patterns),
    requirement: item.requirement,
  };
}
