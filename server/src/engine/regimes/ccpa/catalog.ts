// The CCPA/CPRA catalog (Cal. Civ. Code § 1798.100 ff.), in the order a California notice usually runs.
import lastUpdated from './lastUpdated';
import categoriesCollected from './categoriesCollected';
import categoriesSold from './categoriesSold';
import categoriesDisclosed from './categoriesDisclosed';
import rightDelete from './rightDelete';
import rightCorrect from './rightCorrect';
import rightKnow from './rightKnow';
import rightKnowSoldShared from './rightKnowSoldShared';
import rightOptOut from './rightOptOut';
import rightLimit from './rightLimit';
import nonDiscrimination from './nonDiscrimination';
import requestMethods from './requestMethods';
import type { DisclosureRule } from '../../rules/framework/ruleTypes';

export const CCPA_CATALOG: DisclosureRule[] = [
  lastUpdated,
  categoriesCollected,
  categoriesSold,
  categoriesDisclosed,
  rightDelete,
  rightCorrect,
  rightKnow,
  rightKnowSoldShared,
  rightOptOut,
  rightLimit,
  nonDiscrimination,
  requestMethods,
];
