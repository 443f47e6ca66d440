// § 1798.125: consumers are not discriminated against for exercising their rights.
import { ccpaItem, CCPA_RIGHTS_HEADINGS } from './define';
import { notBareHeading } from './evidence';

export default ccpaItem({
  audienceSpecific: true,
  name: 'non-discrimination',
  title: 'Right to non-discrimination',
  sections: ['1798.125', '1798.130(a)(5)(A)'],
  explanation: 'A business may not deny goods, charge different prices or lower quality because a consumer exercised a CCPA right (§ 1798.125); the policy must say so.',
  remedy: 'State that you will not discriminate against consumers for exercising their privacy rights (no denial of goods, different prices or lower quality), and describe any financial incentive.',
  keep: notBareHeading,
  anchorHeadings: [/\bdiscriminat/, ...CCPA_RIGHTS_HEADINGS],
  patterns: {
    cues: ['discriminat', 'retaliat', 'deny', 'denying', 'charg', 'financial incentive'],
    any: [
      /\b(non-?)?discriminat\w*/,
      /\bretaliat\w*\b[^.]{0,60}\b(exercis|right)/,
      /\b(deny|denying|charge|charging) (you )?(different|goods|services)\b[^.]{0,80}\b(exercis|right)/,
      /\bfinancial incentives?\b/,
    ],
    unless: [
      /\b(racial|gender|employment) discrimination\b/,
      // Equal treatment on protected grounds (hiring, service), not the CCPA promise about rights.
      /\bdiscriminat\w*\b[^.]{0,40}\b(on the basis of|based on|because of) (race|colou?r|religion|gender|sex|age|disability|national origin|ethnicity|sexual orientation)\b(?![^.]{0,80}\b(exercis|privacy rights|your rights)\b)/,
      // A terms-of-use prohibition on the user: "you may not use the service for discriminatory purposes".
      /\byou (may|must|shall|will) not\b[^.]{0,60}\bdiscriminat/,
    ],
  },
});
