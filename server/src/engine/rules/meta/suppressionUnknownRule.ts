// A suppression comment naming an id that is not a rule: it silences nothing.
import type { EngineRule } from '../framework/ruleTypes';
import { SUPPRESSION_UNKNOWN_CODE } from '../../suppression';

const rule: EngineRule = {
  kind: 'engine',
  id: SUPPRESSION_UNKNOWN_CODE,
  family: 'meta',
  title: 'Suppression of an unknown rule',
  refs: [],
  defaultSeverity: 'warning',
  docUrl: 'https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=CELEX:32016R0679#art_13',
  explanation: 'A suppression comment must name rule ids as shown in the Problems panel (e.g. gdpr/dpo-contact); an unknown id suppresses nothing. Example: `<!-- privacy-policy-disable gdpr/dpo-contact: no DPO designated -->`.',
};
export default rule;
