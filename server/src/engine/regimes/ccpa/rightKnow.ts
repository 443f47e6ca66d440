// § 1798.100, § 1798.110, § 1798.130(a)(5)(A): the right to know what personal information is collected, used and disclosed (access).
import { ccpaItem, CCPA_RIGHTS_HEADINGS } from './define';
import { notBareHeading, notRequestMetrics } from './evidence';

export default ccpaItem({
  audienceSpecific: true,
  name: 'right-know',
  title: 'Right to know and access',
  sections: ['1798.110', '1798.100', '1798.130(a)(5)(A)'],
  explanation: 'Consumers may request the categories and specific pieces of personal information collected about them, its sources, the purposes and the recipients (§ 1798.110); the policy must describe this right.',
  remedy: 'Describe the right to know: to request the categories and specific pieces of personal information collected, its sources, purposes and recipients.',
  // Nor the yearly request metrics (a count of requests reports on the right, it does not give it).
  keep: (ctx, s) => notBareHeading(ctx, s) && notRequestMetrics(s),
  anchorHeadings: CCPA_RIGHTS_HEADINGS,
  patterns: {
    cues: ['know', 'access', 'specific pieces', 'request', 'ask', 'obtain', 'receive', 'disclos'],
    any: [
      /\bright (to|of) (know|access)\b/,
      /\bspecific pieces of (personal )?(information|data)\b/,
      /\b(request|ask|obtain|receive)\w*\b[^.]{0,40}\b(access to|a copy of|copies of|disclosure of|details? (of|about))\b[^.]{0,60}\b(personal|your|information|data)\b/,
      /\b(know|access|disclos\w*)\b[^.]{0,60}\bcategor(y|ies) of (personal )?(information|data)\b[^.]{0,60}\b(collect|about you)/,
      // Not "information request": "submit your information request" is as often an opt-out.
      /\b(access|know|disclosure) requests?\b/,
      /\b(right|rights|ability|entitled|request|you (can|may)|would like|wish|want)\b[^.]{0,60}\baccess\b,?( (or |and )?[a-z]+,?){0,3} (to )?(your|their|the|any|such|all)\b[^.]{0,30}\b(information|data|pi)\b/,
      /\brequest (that we|us to) (disclose|provide|tell)\b/,
      // The business named: "you have the right to request that Example Inc. disclose certain
      // information to you about our collection and use of your personal information".
      /\brequest that (?!you\b)([a-z0-9&.,'-]+ ){1,3}(disclose|provide|tell|give)s?\b[^.]{0,30}\b(information|data|categories|specific pieces|a copy)\b[^.]{0,80}\b(you|your|collect\w*)\b/,
    ],
    unless: [
      /\baccess (to )?(the|our) (services?|website|site|platform|app|account)\b/,
      // A pointer to a section by its title ("the contact details in the 'Right to Access' section
      // below") tells nothing of the right; the section itself does, if the policy has it.
      /\bright (to|of) (know|access)"? (section|heading|paragraph)\b/,
    ],
    headings: [/\bright to (know|access)\b/, /\baccess (to )?(your )?(personal )?(information|data)\b/, /\baccess to specific (pieces of )?(personal )?information\b/],
    listIntro: [/\bright/, /\brequest/],
    inList: [/\b(access|know|copy|categories|specific pieces)\b/],
  },
});
