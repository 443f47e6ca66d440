// § 1798.121, § 1798.135: the right to limit the use and disclosure of sensitive personal information.
import { ccpaItem, CCPA_RIGHTS_HEADINGS } from './define';
import { notBareHeading } from './evidence';
import { cuedSentences, cueList } from '../../rules/framework/match';

const SENSITIVE = /\bsensitive (personal )?(information|data)\b/;
/**
 * The position stated instead of the right (Cal. Code Regs. tit. 11 § 7027(m)): sensitive personal
 * information is not collected or used, or used only for the permitted purposes.
 */
// Not a hedge ("we do not typically collect sensitive data", "we generally do not": sometimes it
// does), and not a ban on one use only, ad segments built on sensitive traits ("we do not create
// segments based on sensitive information"), which leaves every other use open, unless the same
// sentence ties the use to the permitted purposes.
const NO_SENSITIVE_USE = /(?<!\b(typically|generally|usually|normally|ordinarily) ((do|does|will) )?)\b(do not|does not|don't|doesn't|will not|never|not)\b(?! (consent|agree|want|wish|like|accept|typically|generally|usually|normally|ordinarily|routinely)\b)(?![^.]{0,140}\b(segments?|personali[sz]ed advertising|targeted advertising|ad targeting)\b(?![^.]{0,140}\b(permitted|permissible|allowed|other than|except)\b))[^.]{0,40}\b(collect|use|process|disclose|sell|share|create|infer)\w*\b[^.]{0,80}\b(sensitive|special categor)|\bsensitive (personal )?(information|data)\b[^.]{0,100}\bonly\b[^.]{0,60}\b(permitted|necessary|purposes?|as (described|stated|set out)|exempt)\b|\bonly\b[^.]{0,40}\b(use|process|disclose)\w*\b[^.]{0,40}\bsensitive (personal )?(information|data)\b/;
/** Both patterns the decision reads need "sensitive" (or "special categor"): only sentences with one are tried. */
const SENSITIVE_CUES = cueList(['sensitive', 'special categor']);

export default ccpaItem({
  audienceSpecific: true,
  name: 'right-limit',
  title: 'Right to limit the use of sensitive personal information',
  sections: ['1798.121', '1798.135'],
  explanation: 'Where a business uses sensitive personal information beyond the purposes the CPRA permits, consumers may direct it to limit that use (§ 1798.121) and the policy must describe the right.',
  remedy: 'Describe the right to limit the use and disclosure of sensitive personal information and the "Limit the Use of My Sensitive Personal Information" link, or state that you use it only for permitted purposes.',
  keep: notBareHeading,
  anchorHeadings: [/\bsensitive\b/, /\blimit\b/, ...CCPA_RIGHTS_HEADINGS],
  patterns: {
    cues: ['limit', 'restrict', 'sensitive', 'special categor'],
    any: [
      // Not the GDPR's "right to limit the processing of personal data" (restriction, Art. 18).
      /\bright to limit\b(?![^.]{0,30}\bprocessing\b)/,
      /\b(limit|restrict|opt[- ]?out of)\w*\b[^.]{0,40}\b(use|uses|usage|disclosure|processing)\b[^.]{0,60}\bsensitive\b/,
      // The position stated negatively also discloses it: no sensitive information is used beyond
      // the permitted purposes, so there is nothing to limit.
      NO_SENSITIVE_USE,
    ],
    // A heading that names the right. A bare "Sensitive information" heading offers no right and
    // states no position; the section's own sentences (the right, or no use beyond the permitted
    // purposes) are the disclosure.
    headings: [/\blimit\b.{0,40}\bsensitive\b/, /\bright to limit\b/],
    listIntro: [/\bright/, /\brequest/],
    inList: [/\blimit\b[^.]{0,60}\bsensitive\b/],
  },
  // Decision: the right exists only where sensitive personal information is used beyond the
  // permitted purposes (§ 1798.121(d)). A statement that sensitive information is not collected, or
  // used only for permitted purposes → not applicable (that statement is itself the disclosure).
  // The right offered → required. Mentioned otherwise →
  // conditional (the drafter decides). Not mentioned at all → conditional.
  requirement: (ctx, found) => {
    const sentences = cuedSentences(ctx, SENSITIVE_CUES);
    if (sentences.some((s) => NO_SENSITIVE_USE.test(s.norm))) return { required: 'not-applicable', because: 'the text states that sensitive personal information is not used beyond the permitted purposes' };
    if (found.get('ccpa/right-limit')) return { required: 'always', because: 'the text offers the right to limit' };
    if (sentences.some((s) => SENSITIVE.test(s.norm))) return { required: 'conditional', because: 'the text mentions sensitive personal information; the right is required if it is used beyond the purposes § 1798.121(d) permits' };
    return { required: 'conditional', because: 'required only if sensitive personal information is used beyond the purposes § 1798.121(d) permits' };
  },
});
