// Extraction of the controller's identity and contact details; see entities.ts.
export { extractEntities, getEntities, mostFrequent } from './entities';
export type { Entities, WithRole } from './entities';
export type { ContactRole } from './roles';
export { ROLE_LABEL, classifyRole, isOwnContactRole } from './roles';
export type { EmailMention } from './emails';
export type { PhoneMention } from './phones';
export type { PostalMention } from './postal';
export type { UrlMention } from './urls';
export type { ControllerName, LegalNameMention } from './names';
export type { PolicyDate } from './dates';
export { latestPolicyDate } from './dates';
export { registrableDomain, brandLabel, squash } from './domains';
