// A compact way to declare a GDPR catalog item: metadata + its sentence patterns.

import { gdpr, gdprArticleUrl } from './legal';
import { catalogItem } from './defineItem';
import type { SentencePatterns } from './match';
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
  const { cites, docArticle, ...rest } = item;
  return catalogItem({
    ...rest,
    regime: 'gdpr',
    refs: gdpr(...cites),
    docUrl: gdprArticleUrl(docArticle),
    // A passage addressed only to California (or other US) consumers does not inform EU data subjects.
    keep: (ctx, s) => scopeOf(ctx, s) !== 'us',
  });
}

/** Shared heading cues. */
export const RIGHTS_HEADINGS = [/\bright/, /\bchoices\b/, /\bcontrol\b.{0,30}\b(data|information)\b/, /\baccess(ing)?\b.{0,30}\b(data|information)\b/];
export const CONTACT_HEADINGS = [/\bcontact/, /\bquestions\b/, /\bhow to reach\b/, /\bcomplaints?\b/];
