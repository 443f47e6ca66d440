// Maryland forbids selling sensitive data outright, consent or not: Md. Code, Com. Law
// § 14-4607(a)(2). A draft that says it sells sensitive data, for a business whose profile names
// Maryland, describes an unlawful practice: an error, not a missing disclosure.
import type { CheckRule, RawFinding } from '../../rules/framework/ruleTypes';
import { profileStates, sensitiveSaleSentences, STATUTE_URL, usRefs } from './define';

const rule: CheckRule = {
  kind: 'check',
  id: 'us-states/maryland-sensitive-sale',
  family: 'us-states',
  title: 'Sale of sensitive data where Maryland applies',
  refs: usRefs([['MD', '14-4607(a)(2)']]),
  defaultSeverity: 'error',
  docUrl: STATUTE_URL.MD,
  explanation: 'The Maryland Online Data Privacy Act forbids a controller to sell sensitive data (health, disability, racial or ethnic origin, religion, sexual orientation, biometric or genetic data, precise geolocation, a child\'s data), even with the consumer\'s consent. Stop the sale for Maryland consumers, or correct the text if no sensitive data are sold.',
  run(ctx): RawFinding[] {
    if (!ctx.options.regimes.includes('us-states')) return [];
    const states = profileStates(ctx);
    if (!states?.includes('MD')) return [];
    const first = sensitiveSaleSentences(ctx)[0];
    if (!first) return [];
    return [{
      start: first.start,
      end: first.end,
      message: 'Sensitive data are sold, but Maryland forbids it even with consent (Md. Code, Com. Law § 14-4607(a)(2)).',
    }];
  },
};

export default rule;
