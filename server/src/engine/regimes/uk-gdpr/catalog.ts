// The UK GDPR transparency catalog (Art. 13/14 of the UK GDPR, with the Data Protection Act 2018),
// in the GDPR catalog's order. Each item mirrors its GDPR item (same detectors, see define.ts) in
// UK words; the complaint and transfers items decide by UK law (their own files).
import controllerIdentity from '../gdpr/controllerIdentity';
import controllerContact from '../gdpr/controllerContact';
import dpoContact from '../gdpr/dpoContact';
import dataCategories from '../gdpr/dataCategories';
import purposes from '../gdpr/purposes';
import legalBasis from '../gdpr/legalBasis';
import legitimateInterests from '../gdpr/legitimateInterests';
import dataSource from '../gdpr/dataSource';
import retention from '../gdpr/retention';
import recipients from '../gdpr/recipients';
import statutoryRequirement from '../gdpr/statutoryRequirement';
import automatedDecisionMaking from '../gdpr/automatedDecisionMaking';
import rightAccess from '../gdpr/rightAccess';
import rightRectification from '../gdpr/rightRectification';
import rightErasure from '../gdpr/rightErasure';
import rightRestriction from '../gdpr/rightRestriction';
import rightObjection from '../gdpr/rightObjection';
import rightPortability from '../gdpr/rightPortability';
import rightWithdrawConsent from '../gdpr/rightWithdrawConsent';
import internationalTransfers from './internationalTransfers';
import rightComplaint from './rightComplaint';
import { fromGdpr, ukGdprArticleUrl } from './define';
import type { DisclosureRule } from '../../rules/framework/ruleTypes';

export const UK_GDPR_CATALOG: DisclosureRule[] = [
  fromGdpr(controllerIdentity, {
    explanation: 'People must be told which organisation decides why and how their personal data are used: the controller, by its legal name (for a UK company, the name on the Companies House register).',
    remedy: 'Name the controller by its full legal name (e.g. "Example Ltd, a company registered in England and Wales, is the controller of your personal data").',
  }),
  fromGdpr(controllerContact, {
    explanation: 'People need a way to reach the controller about their data: an e-mail address, a postal address, a telephone number or a contact form. "Contact us" without any of them is not enough.',
    remedy: 'Add how to contact the controller: at least an e-mail or postal address.',
  }),
  fromGdpr(dpoContact, {
    explanation: 'Where the controller has a data protection officer (UK GDPR Art. 37), the notice must give the DPO’s contact details; a name alone is not enough.',
    remedy: 'Give the DPO’s contact details (an e-mail or postal address); if you have no DPO, declare `dpo: false` in the processing profile.',
  }),
  fromGdpr(dataCategories, {
    explanation: 'The notice must say which kinds of personal data are used (contact details, payment data, usage data…), in particular where they were not collected from the person.',
    remedy: 'List the categories of personal data you use (e.g. identity and contact data, account data, usage data).',
  }),
  fromGdpr(purposes, {
    explanation: 'The notice must say what the personal data are used for, one purpose at a time.',
    remedy: 'Say for which purposes you use personal data (e.g. to provide the service, to take payment, to send marketing e-mails with consent).',
  }),
  fromGdpr(legalBasis, {
    explanation: 'For each purpose the notice must give the lawful basis under UK GDPR Art. 6 (consent, contract, legal obligation, vital interests, public task, legitimate interests or, since the Data (Use and Access) Act 2025, a recognised legitimate interest).',
    remedy: 'For each purpose, name its lawful basis under Art. 6(1) (e.g. "performance of our contract with you, Art. 6(1)(b) UK GDPR").',
  }),
  fromGdpr(legitimateInterests, {
    explanation: 'Where processing relies on legitimate interests (UK GDPR Art. 6(1)(f)), the notice must say what those interests are.',
    remedy: 'Describe the legitimate interests you rely on (e.g. "our legitimate interest in preventing fraud on our platform").',
  }),
  fromGdpr(dataSource, {
    explanation: 'Where personal data were not collected from the person, the notice must say where they came from, including whether from publicly accessible sources.',
    remedy: 'Say where the data come from (e.g. "from you, from the credit reference agencies we use, and from Companies House").',
  }),
  fromGdpr(retention, {
    explanation: 'The notice must say how long personal data are kept or, where no fixed period can be given, the criteria that decide it.',
    remedy: 'Give a retention period for each category of data, or the criteria that set it (e.g. "six years after the end of the contract, the limitation period for claims in England and Wales").',
    partialLacks: 'Retention "as long as necessary" alone is not enough (ICO guidance): give the period, or the criteria that decide it.',
  }),
  fromGdpr(recipients, {
    explanation: 'The notice must say who receives the personal data, by name or by category (e.g. hosting providers, payment processors, HMRC or other public bodies).',
    remedy: 'Say to whom you disclose personal data: named recipients or categories (service providers, group companies, public authorities).',
  }),
  internationalTransfers,
  fromGdpr(statutoryRequirement, {
    explanation: 'When data are collected from the person, the notice must say whether providing them is required by law or by contract or is needed to enter a contract, whether the person has to provide them, and what happens if they do not.',
    remedy: 'Say which data people must provide (and why: law, contract) and what follows if they do not (e.g. "without your date of birth we cannot open your account").',
  }),
  fromGdpr(automatedDecisionMaking, {
    explanation: 'Where significant decisions (legal or similarly significant effects) are taken solely by automated means, the notice must say so and give meaningful information about the logic and the consequences; since 5 February 2026 UK GDPR Art. 22A–22D set the safeguards (representations, human intervention, contesting the decision).',
    remedy: 'Say whether you take significant decisions, including by profiling, solely by automated means; if you do, explain the logic and the consequences and how to ask for a human review; if not, say so.',
    docUrl: ukGdprArticleUrl(13),
  }),
  fromGdpr(rightAccess, {
    explanation: 'People may ask whether their data are used and get a copy with details of the processing (UK GDPR Art. 15, the "subject access request"); the notice must tell them so.',
    remedy: 'Tell people they may ask for access to, and a copy of, the personal data you hold about them.',
  }),
  fromGdpr(rightRectification, {
    explanation: 'People may have inaccurate personal data corrected and incomplete data completed (UK GDPR Art. 16); the notice must tell them so.',
    remedy: 'Tell people they may have inaccurate or incomplete personal data corrected.',
  }),
  fromGdpr(rightErasure, {
    explanation: 'People may ask for their data to be erased where, for example, they are no longer needed or consent is withdrawn (UK GDPR Art. 17); the notice must tell them so.',
    remedy: 'Tell people they may ask you to erase their personal data.',
  }),
  fromGdpr(rightRestriction, {
    explanation: 'People may ask for processing to be restricted (the data kept but not otherwise used), for example while their accuracy is checked (UK GDPR Art. 18); the notice must tell them so.',
    remedy: 'Tell people they may ask you to restrict the processing of their personal data.',
  }),
  fromGdpr(rightObjection, {
    explanation: 'People may object to processing based on legitimate interests or a public task, and at any time to direct marketing (UK GDPR Art. 21); the notice must tell them so.',
    remedy: 'Tell people they may object to processing based on legitimate interests, and to direct marketing at any time.',
  }),
  fromGdpr(rightPortability, {
    explanation: 'Where processing is automated and based on consent or a contract, people may receive the data they gave in a structured, machine-readable format and have it sent to another organisation (UK GDPR Art. 20); the notice must tell them so.',
    remedy: 'Tell people they may receive their data in a structured, commonly used, machine-readable format and have it passed to another organisation.',
  }),
  fromGdpr(rightWithdrawConsent, {
    explanation: 'Where processing relies on consent, people may withdraw it at any time, as easily as they gave it, without affecting what was done before (UK GDPR Art. 7(3)); the notice must tell them so.',
    remedy: 'Tell people they may withdraw consent at any time, how to do it, and that withdrawing does not affect earlier processing.',
  }),
  rightComplaint,
];
