// § 1798.106, § 1798.130(a)(5)(A) (added by the CPRA): the right to correct inaccurate personal information.
import { ccpaItem, CCPA_RIGHTS_HEADINGS } from './define';
import { notBareHeading, notRequestMetrics } from './evidence';
import { CORRECT_VERB } from '../../rules/framework/cues';

export default ccpaItem({
  audienceSpecific: true,
  name: 'right-correct',
  title: 'Right to correct',
  sections: ['1798.106', '1798.130(a)(5)(A)'],
  explanation: 'Since the CPRA, consumers may request that the business correct inaccurate personal information about them (§ 1798.106); the policy must describe this right.',
  remedy: 'Describe the right to request correction of inaccurate personal information, and how to exercise it.',
  // Nor the yearly request metrics (a count of requests reports on the right, it does not give it).
  keep: (ctx, s) => notBareHeading(ctx, s) && notRequestMetrics(s),
  anchorHeadings: CCPA_RIGHTS_HEADINGS,
  patterns: {
    cues: ['correct', 'rectif', 'amend', 'inaccura', 'incorrect', 'out of date', 'out-of-date', 'outdated', 'error', 'mistake'],
    any: [
      /\bright (to|of) (request )?(the )?(correct|rectif)\w*/,
      new RegExp(CORRECT_VERB),
      /\b(correction|rectification) (of (your |the |any |such )?(personal|information|data|inaccura)|requests?|rights?)\b/,
      /\binaccura(te|cies)\b[^.]{0,60}\b(correct|rectif|amend|fix)\w*/,
      /\bcorrections? (to|of|in) (your |the |any )?(personal )?(information|data|pi|record)/,
      /\b(update|correct|fix|amend)\w*\b[^.]{0,40}\b(incorrect|inaccurate|out of date|out-of-date|outdated)\b/,
      // "If you believe your information is incorrect, e-mail us": the path to a correction.
      /\b(incorrect|inaccurate|out of date|out-of-date|outdated)\b[^.]{0,100}\b(contact|e-?mail|let us know|notify|inform|tell|write)\b/,
      // (Errors *in* something: not "no e-mail transmission is error free".)
      /\b(contact|e-?mail|notify|tell|let us know|write to)\b[^.]{0,60}\b(inaccura\w*|incorrect|errors? (in|to|of))\b/,
      // "request the correction or deletion of your information", "the right to request access to,
      // modification or correction of, or deletion of your personal information".
      /\b(request|ask|right)\w*\b[^.]{0,60}\b(correction|rectification)\b[^.]{0,60}\b(your|personal|information|data)\b/,
      // "If you would like to correct or be removed from our database, contact us".
      /\b(you|consumers?|individuals?|residents?) (would like|wish|want|may wish|may want|can ask|may ask)( us)? to correct\b/,
      // "correct any errors in your personal information".
      /\b(correct|rectify|fix)\w*\b (any |the )?(errors|mistakes|inaccuracies)\b[^.]{0,40}\b(personal|your|information|data)\b/,
    ],
    unless: [
      // A service the business sells to its customers, not the consumer's right: "data hygiene
      // services, which help companies correct outdated information in their databases".
      /\bhygiene\b|\b(update|correct|clean|verify)\w*\b[^.]{0,60}\b(their|its) (own )?(databases?|files|lists)\b/,
      // Amending the policy itself: "this policy may be amended from time to time".
      /\b(policy|notice|statement|terms)\b[^.]{0,20}\b(be|is|was|been) amended\b/,
      // The policy announcing its own contents ("This privacy notice also explains the choices you
      // have regarding access to and correction of your information", "It further tells you how to
      // contact us to correct your information"): a promise of a description, not the description.
      // Where the policy keeps it, the passage itself discloses the right.
      /^((this|the|our) ([a-z]+ ){0,2}(policy|notice|statement)|it)( also| further)? (describes|explains|discloses|sets out|outlines|summari[sz]es|tells you|informs you|provides you with information)\b/,
      // A bare "Right to Rectification" heading heads the GDPR's right (Art. 16); the sentences under
      // it that speak to California consumers still count. A heading names the CCPA right as "correct".
      /^(\d{1,2}\.? |[a-z]\. )?(the )?right (to|of) rectification:?$/,
    ],
    headings: [/\b(right to )?correct(ion)?\b/, /\b(amend|correct|rectif)\w*\b.{0,60}\b(information|data|pi)\b/],
    // Not a list of the reasons a request may be refused ("we may deny your request if …: - to
    // correct errors"), which names the business's purposes, not the consumer's right.
    listIntro: [/^(?![^]{0,400}\b(deny|decline|refuse|retain|retention)\b)[^]{0,600}?\b(right|request)/],
    inList: [/\b(correct|rectif)\w*/],
  },
});
