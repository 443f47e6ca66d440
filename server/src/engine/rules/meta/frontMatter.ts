// A front matter entry the checker cannot use: not valid YAML, nested too deep, an unknown or
// misspelt key, an unknown value, a value of the wrong type. Reported on the entry's line; the
// entry counts as undeclared, so it never makes an item "not applicable".
import type { EngineRule } from '../framework/ruleTypes';

export const FRONT_MATTER_CODE = 'meta/front-matter';

const rule: EngineRule = {
  kind: 'engine',
  id: FRONT_MATTER_CODE,
  family: 'meta',
  title: 'Front matter entry that cannot be used',
  refs: [],
  defaultSeverity: 'warning',
  docUrl: 'https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=CELEX:32016R0679#art_13',
  explanation: 'The front matter declares facts about the processing (dpo, basis, transfers, …) that decide which disclosures are required. An entry the checker cannot read is ignored, and the fact it meant to declare counts as undeclared until it is corrected.',
};
export default rule;
