// The CalOPPA catalog (Cal. Bus. & Prof. Code § 22575(b)), one file per item.
import effectiveDate from './effectiveDate';
import doNotTrack from './doNotTrack';
import changeNotification from './changeNotification';
import thirdPartyTracking from './thirdPartyTracking';
import type { DisclosureRule } from '../../rules/framework/ruleTypes';

export const CALOPPA_CATALOG: DisclosureRule[] = [effectiveDate, changeNotification, doNotTrack, thirdPartyTracking];
