// A compact way to declare a catalog item of any regime: metadata + its sentence patterns.
// GDPR items go through defineGdpr.ts, which adds article-number cites and the EU audience.

import { findSentences, SentencePatterns } from './match';
import { registerCueList } from './cueIndex';
import type { DisclosureRule, LegalRef, RawShortfall, RequirementDecision, RuleContext } from './ruleTypes';
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
  /** Sentences that address the item but fall short of the law (see DisclosureRule.detectPartial)… */
  partial?: SentencePatterns;
  /** …and what they lack, as one sentence telling the drafter what to add. */
  partialLacks?: string;
  /** A shortfall of a disclosed item (see DisclosureRule.assess). */
  assess?: (ctx: RuleContext, evidence: readonly Sentence[]) => RawShortfall | undefined;
}

function detector(item: CatalogItem, patterns: SentencePatterns): (ctx: RuleContext) => Sentence[] {
  return item.keep ? (ctx) => findSentences(ctx, patterns).filter((s) => item.keep!(ctx, s)) : (ctx) => findSentences(ctx, patterns);
}

export function catalogItem(item: CatalogItem): DisclosureRule {
  if (item.patterns.cues) registerCueList(item.patterns.cues);
  if (item.partial?.cues) registerCueList(item.partial.cues);
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
    detect: detector(item, item.patterns),
    detectPartial: item.partial ? detector(item, item.partial) : undefined,
    partialLacks: item.partialLacks,
    assess: item.assess,
    requirement: item.requirement,
  };
}
