// A suppression comment that records no reason: the waiver cannot be audited.
import type { EngineRule } from '../framework/ruleTypes';
import { SUPPRESSION_REASON_CODE } from '../../suppression';

const rule: EngineRule = {
  kind: 'engine',
  id: SUPPRESSION_REASON_CODE,
  family: 'meta',
  title: 'Suppression without a recorded reason',
  refs: [],
  defaultSeverity: 'information',
  docUrl: 'https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=CELEX:32016R0679#art_5',
  explanation: 'Every requirement marked as not applicable should say why, so that the decision can be reviewed later (accountability, Art. 5(2) GDPR). Write the reason after a colon, e.g. `<!-- privacy-policy-disable gdpr/dpo-contact: no DPO designated, Art. 37 does not apply -->`; the disclosure report shows it. A waiver without a reason waives nothing.',
};
export default rule;
