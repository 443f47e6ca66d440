// Consistency checks: contact details, names, placeholders, dates, citations (one file per rule).
import type { CheckRule } from '../framework/ruleTypes';
import { canonicalDetail } from './canonicalDetail';
import { contactEmail } from './contactEmail';
import { contactPhone } from './contactPhone';
import { emailDomain } from './emailDomain';
import { futureDate } from './futureDate';
import { malformedContact } from './malformedContact';
import { missingDate } from './missingDate';
import { nameVariant } from './nameVariant';
import { outdatedReference } from './outdatedReference';
import { placeholder } from './placeholder';
import { postalAddress } from './postalAddress';
import { preGdprDate } from './preGdprDate';
import { staleDate } from './staleDate';
import { wrongArticle } from './wrongArticle';

export const CONSISTENCY_CHECKS: CheckRule[] = [
  placeholder,
  contactEmail,
  contactPhone,
  postalAddress,
  emailDomain,
  malformedContact,
  nameVariant,
  canonicalDetail,
  missingDate,
  futureDate,
  staleDate,
  preGdprDate,
  wrongArticle,
  outdatedReference,
];
