// § 22575(b)(6): whether other parties may collect personally identifiable information about users' online activities over time and across sites.
import { caloppaItem } from './define';

const THIRD = String.raw`(third[- ]part(y|ies)|other (parties|companies|websites|services)|advertis\w*|ad networks?|analytics (providers?|services?|partners?)|partners?|vendors?|google|facebook|service providers?)`;

export default caloppaItem({
  name: 'third-party-tracking',
  paragraph: '(b)(6)',
  title: 'Third-party tracking across sites and over time',
  explanation: 'CalOPPA requires the policy to disclose whether other parties may collect personally identifiable information about a consumer’s online activities over time and across different websites when they use the service.',
  remedy: 'Say whether third parties (analytics providers, advertising networks) may collect information about users’ online activities over time and across other websites, or state that they may not.',
  anchorHeadings: [/\b(third[- ]part|tracking|cookies|advertis|analytics)/],
  patterns: {
    // Each pattern needs one of these: "across", a tracking technology, an advertising adjective, or "third party".
    cues: ['across', 'cookies', 'pixel', 'beacon', 'tracking technolog', 'tags', 'sdk', 'interest-based', 'behavio', 'targeted', 'personali', 'retargeting', 'third part', 'third-part'],
    any: [
      /\b(over time and across|across (different|other|third[- ]party|multiple|non-affiliated) (web)?sites|across (time and )?(devices and )?(websites|sites|apps|services))\b/,
      new RegExp(`\\b${THIRD}\\b[^.]{0,100}\\b(cookies|pixels?|web beacons?|tracking technolog\\w*|tags|sdks?)\\b[^.]{0,100}\\b(collect|track|gather|obtain|recogni[sz]e|use)\\w*`),
      new RegExp(`\\b(interest-based|behaviou?ral|targeted|personali[sz]ed|retargeting) (advertising|ads)\\b[^.]{0,120}\\b${THIRD}\\b`),
      /\b(allow|permit|let|enable)\b[^.]{0,60}\bthird[- ]part(y|ies)\b[^.]{0,60}\b(collect|track|place|set|use)\b/,
      /\b(do not|don't|does not) (allow|permit)\b[^.]{0,40}\bthird[- ]part(y|ies)\b[^.]{0,60}\b(collect|track)\b/,
    ],
  },
});
