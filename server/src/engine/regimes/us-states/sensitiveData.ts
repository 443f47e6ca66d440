// Sensitive data and consent: Va. Code § 59.1-578(A)(5) (no processing of sensitive data without
// consent), Tex. Bus. & Com. Code § 541.101(b)(4) and § 541.102(a)(1) (the notice names any
// sensitive data processed), C.R.S. § 6-1-1308(7), ORS 646A.578(2)(b).
import { cuedSentences, cueList } from '../../rules/framework/match';
import type { RuleContext } from '../../rules/framework/ruleTypes';
import { SENSITIVE, usItem } from './define';

const NAMED = new RegExp(`\\b${SENSITIVE}`);
const NAMED_CUES = cueList(['sensitive', 'health', 'medical', 'disabilit', 'racial', 'ethnic', 'religio', 'sexual', 'sex life', 'transgender', 'citizenship', 'immigration', 'genetic', 'biometric', 'precise geolocation']);

/** Does the text name a category of sensitive data at all? */
function namesSensitive(ctx: RuleContext): boolean {
  return ctx.memo('usStates.namesSensitive', () => cuedSentences(ctx, NAMED_CUES).some((s) => NAMED.test(s.norm)));
}

export default usItem({
  name: 'sensitive-data',
  title: 'Sensitive data and consent',
  refs: [['VA', '59.1-578(A)(5)'], ['TX', '541.101(b)(4)'], ['TX', '541.102(a)(1)'], ['CO', '6-1-1308(7)'], ['OR', '646A.578(2)(b)']],
  explanation: 'Sensitive data (health, disability, racial or ethnic origin, religion, sexual orientation, citizenship or immigration status, genetic or biometric data, precise geolocation, a known child\'s data) may be processed only with the consumer\'s consent; the notice should say which sensitive data are processed and that consent is asked first, or that none are processed.',
  remedy: 'Say which sensitive data you process and that you ask for the consumer\'s opt-in consent first, or state that you do not process sensitive data.',
  anchorHeadings: [/\bsensitive\b/, /\b(data|information) we (collect|process)\b/],
  patterns: {
    cues: ['sensitive', 'consent', 'opt-in', 'opt in'],
    strong: [/\b(we|company) (do|does|will) not (knowingly )?(collect|process|use)\w*\b[^.]{0,30}\bsensitive (personal )?(data|information)\b/],
    any: [
      /\bsensitive (personal )?(data|information)\b[^.]{0,160}\b(consent|opt[- ]?in|permission|authori[sz]ation)\b/,
      /\b(consent|opt[- ]?in|permission)\b[^.]{0,160}\bsensitive (personal )?(data|information)\b/,
      new RegExp(`\\b(consent|opt[- ]?in)\\b[^.]{0,120}\\b${SENSITIVE}|\\b${SENSITIVE}[^.]{0,120}\\b(with|only with|after obtaining|upon) (your )?(express |explicit |affirmative |prior )?(consent|opt[- ]?in)\\b`),
    ],
  },
  // A heading or a statement that sensitive data are processed, without a word of consent
  // ("Right to Limit Use of Sensitive Personal Information" is California's right, not consent).
  partial: {
    cues: ['sensitive'],
    headings: [/\bsensitive (personal )?(data|information)\b/],
    any: [/\bsensitive (personal )?(data|information)\b[^.]{0,80}\b(we|that we|which we) (collect|process|use)\b|\b(we|company) (collect|process|use)\w*\b[^.]{0,60}\bsensitive (personal )?(data|information)\b/],
    unless: [/\b(credit card|payment card|card (number|data)|financial account|passwords?|encrypt\w*)\b/],
  },
  // (Card numbers and passwords are not sensitive data under these laws.)
  partialLacks: 'Sensitive data named without consent: say they are processed only with prior opt-in consent.',
  requirement: (ctx) =>
    namesSensitive(ctx)
      ? { required: 'always', because: 'the text names sensitive data' }
      : { required: 'conditional', because: 'required if you process sensitive data (health, biometric, precise geolocation, a known child\'s data…)' },
});
