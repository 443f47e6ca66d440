// A compact way to declare a GDPR catalog item: metadata + its sentence patterns.

import { gdpr, gdprArticleUrl } from './legal';
import { findSentences, SentencePatterns } from './match';
import { registerCueList } from './cueIndex';
import { scopeOf } from './scope';
import type { DisclosureRule, RequirementDecision, RuleContext } from './ruleTypes';
import type { Severity } from '../../types';

export interface GdprItem {
  /** Catalog id without namespace: `right-access`. */
  name: string;
  title: string;
  /** Compact cites: '13(2)(b)', '15'. */
  cites: string[];
  /** The article the documentation link opens. */
  docArticle: number;
  explanation: string;
  remedy: string;
  anchorHeadings: RegExp[];
  patterns: SentencePatterns;
  severity?: Severity;
  requirement?: (ctx: RuleContext, found: ReadonlyMap<string, boolean>) => RequirementDecision;
}

export function gdprItem(item: GdprItem): DisclosureRule {
  if (item.patterns.cues) registerCueList(item.patterns.cues);
  return {
    kind: 'disclosure',
    id: `gdpr/${item.name}`,
    family: 'gdpr',
    title: item.title,
    refs: gdpr(...item.cites),
    defaultSeverity: item.severity ?? 'warning',
    docUrl: gdprArticleUrl(item.docArticle),
    explanation: item.explanation,
    remedy: item.remedy,
    anchorHeadings: item.anchorHeadings,
    // A passage addressed only to California (or other US) consumers does not inform EU data subjects.
    detect: (ctx) => findSentences(ctx, item.patterns).filter((s) => scopeOf(ctx, s) !== 'us'),
    requirement: item.requirement,
  };
}

/** Shared heading cues. */
export const RIGHTS_HEADINGS = [/\bright/, /\bchoices\b/, /\bcontrol\b.{0,30}\b(data|information)\b/, /\baccess(ing)?\b.{0,30}\b(data|information)\b/];
export const CONTACT_HEADINGS = [/\bcontact/, /\bquestions\b/, /\bhow to reach\b/, /\bcomplaints?\b/];
