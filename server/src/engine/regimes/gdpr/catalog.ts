// The GDPR transparency catalog (Art. 13/14), in the order a notice usually runs.
import controllerIdentity from './controllerIdentity';
import controllerContact from './controllerContact';
import dpoContact from './dpoContact';
import dataCategories from './dataCategories';
import purposes from './purposes';
import legalBasis from './legalBasis';
import legitimateInterests from './legitimateInterests';
import dataSource from './dataSource';
import retention from './retention';
import recipients from './recipients';
import internationalTransfers from './internationalTransfers';
import statutoryRequirement from './statutoryRequirement';
import automatedDecisionMaking from './automatedDecisionMaking';
import rightAccess from './rightAccess';
import rightRectification from './rightRectification';
import rightErasure from './rightErasure';
import rightRestriction from './rightRestriction';
import rightObjection from './rightObjection';
import rightPortability from './rightPortability';
import rightWithdrawConsent from './rightWithdrawConsent';
import rightComplaint from './rightComplaint';
import type { DisclosureRule } from '../../rules/framework/ruleTypes';

export const GDPR_CATALOG: DisclosureRule[] = [
  controllerIdentity,
  controllerContact,
  dpoContact,
  dataCategories,
  purposes,
  legalBasis,
  legitimateInterests,
  dataSource,
  retention,
  recipients,
  internationalTransfers,
  statutoryRequirement,
  automatedDecisionMaking,
  rightAccess,
  rightRectification,
  rightErasure,
  rightRestriction,
  rightObjection,
  rightPortability,
  rightWithdrawConsent,
  rightComplaint,
];
