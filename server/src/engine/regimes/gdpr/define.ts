// A compact way to declare a GDPR catalog item: metadata + its sentence patterns.

import { gdpr, gdprArticleUrl } from '../../law/legalRefs';
import { catalogItem, CatalogItem } from '../../rules/framework/defineItem';
import { scopeOf } from '../../rules/framework/scope';
import type { DisclosureRule } from '../../rules/framework/ruleTypes';

/** A catalog item whose references are GDPR article cites and whose link is the article on EUR-Lex. */
export interface GdprItem extends Omit<CatalogItem, 'regime' | 'refs' | 'docUrl' | 'keep'> {
  /** Compact cites: '13(2)(b)', '15'. */
  cites: string[];
  /** The article the documentation link opens. */
  docArticle: number;
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
