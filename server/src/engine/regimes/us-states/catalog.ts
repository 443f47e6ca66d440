// The us-states catalog: what the comprehensive state consumer privacy laws in force in 2026 (VA,
// CO, CT, UT, TX, OR, MT, IA, DE, NE, NH, NJ, TN, MN, MD, IN, KY, RI) ask of a privacy notice, in
// the order a notice usually runs. The common items first, then the state-specific ones, which
// apply by the profile's `states`.
import categoriesProcessed from './categoriesProcessed';
import purposes from './purposes';
import categoriesShared from './categoriesShared';
import thirdPartyCategories from './thirdPartyCategories';
import sensitiveData from './sensitiveData';
import rightAccess from './rightAccess';
import rightCorrect from './rightCorrect';
import rightDelete from './rightDelete';
import rightPortability from './rightPortability';
import rightOptOut from './rightOptOut';
import rightOptOutProfiling from './rightOptOutProfiling';
import requestMethods from './requestMethods';
import appeal from './appeal';
import contact from './contact';
import effectiveDate from './effectiveDate';
import sensitiveDataSaleNotice from './sensitiveDataSaleNotice';
import rightThirdPartyList from './rightThirdPartyList';
import rightQuestionProfiling from './rightQuestionProfiling';
import llmTraining from './llmTraining';
import type { DisclosureRule } from '../../rules/framework/ruleTypes';

export const US_STATES_CATALOG: DisclosureRule[] = [
  effectiveDate,
  categoriesProcessed,
  purposes,
  sensitiveData,
  categoriesShared,
  thirdPartyCategories,
  rightAccess,
  rightCorrect,
  rightDelete,
  rightPortability,
  rightOptOut,
  rightOptOutProfiling,
  requestMethods,
  appeal,
  contact,
  sensitiveDataSaleNotice,
  rightThirdPartyList,
  rightQuestionProfiling,
  llmTraining,
];
