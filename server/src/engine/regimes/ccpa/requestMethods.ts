// § 1798.130(a)(1), (a)(5)(A): two or more designated methods to submit requests (a toll-free number, a web form, an e-mail).
import { ccpaItem, CCPA_RIGHTS_HEADINGS } from './define';
import { notBareHeading, notRequestMetrics } from './evidence';

const CHANNEL = String.raw`(e-?mail|call(ing)?|phone|telephone|toll[- ]free|web ?form|online form|webform|portal|by mail|in writing|writ(e|ing) to|mail(ing)? (us|to)|visit(ing)?|click(ing)?|contact(ing)? us|fill(ing)? out|completing|submit(ting)? (a|an|your) (request|form)|\d{3}[-. )]{1,2}\d{3}[-. ]\d{4}|@|https?:|www\.)`;

export default ccpaItem({
  audienceSpecific: true,
  name: 'request-methods',
  title: 'Methods for submitting requests',
  sections: ['1798.130(a)(1)', '1798.130(a)(5)(A)'],
  explanation: 'The policy must tell consumers how to submit requests: at least two designated methods, including a toll-free number unless the business operates online only and offers an e-mail address.',
  remedy: 'Say how consumers submit requests (e.g. a web form and a toll-free number or e-mail address) and how you verify them.',
  // Nor the yearly request metrics (a count of requests reports on the right, it does not give it).
  keep: (ctx, s) => notBareHeading(ctx, s) && notRequestMetrics(s),
  anchorHeadings: [/\b(exercis|request|contact)/, ...CCPA_RIGHTS_HEADINGS],
  patterns: {
    cues: ['request', 'rights', 'toll', 'verifi', 'authori', 'exercis', 'opt', 'delet', 'access'],
    any: [
      new RegExp(`\\b(exercise|submit|make|send|place|file)\\w*\\b[^.]{0,40}\\b(a |an |your |any |such |these |this |the |those )?(verifiable |verified )?(consumer |privacy |data subject )?(requests?|rights)\\b[^.]{0,120}\\b${CHANNEL}`),
      new RegExp(`\\b${CHANNEL}\\b[^.]{0,100}\\b(to|in order to) (exercise|submit|make|send)\\b[^.]{0,40}\\b(requests?|rights)\\b`),
      // "You may request access to or deletion of your information by clicking here / by e-mailing us".
      // ("Access" as a request, not visiting: "when you access this website by e-mail link"; "by us",
      // not "by users".)
      /\b(request|opt[- ]?out|exercise|delete|deletion|access requests?)\b[^.]{0,100}\bby (click|visit|call|e-?mail|contact|writ|complet|submit|send|fill)\w*|\b(request|opt[- ]?out|exercise|delete|deletion|access requests?)\b[^.]{0,100}\bby us\b/,
      // "If you would like to exercise any of them, please contact us at …": exercising, then the channel.
      /\b(to exercise|exercising)\b[^.]{0,60}\b(please |you (can|may|should) )?(contact us|e-?mail us|call us|write to us|visit)\b/,
      // "To opt out of the sale of your personal information, click the link in our footer."
      /\bto (opt[- ]?out|exercise|submit|make a request|request)\b[^.]{0,80}\b(please )?(click|visit|call|e-?mail us|contact us|write to us|fill out|complete)\b/,
      /\btoll[- ]free\b/,
      // A verifiable request made or submitted: who may make one, how (not "we respond to a verified
      // request within 45 days", nor a law-enforcement request).
      /\b(make|makes|making|submit|submits|submitting|send|place|file)\b[^.]{0,40}\b(verifiable|verified) (consumer )?requests?\b/,
      /\bauthori[sz]ed agent\b/,
    ],
    // The statute's duties described in general ("businesses must respond to verifiable requests
    // within 45 days") tell the consumer no method of this business.
    unless: [
      // A marketing unsubscribe or an ad-industry opt-out is not a request under the CCPA, unless the
      // sentence also speaks of a sale, a right or a consumer request.
      /^(?![^]{0,400}\b(sale|sell|sold|rights?|delet\w*|know|correct\w*|verifi\w*|consumer requests?|personal information requests?)\b)[^]{0,400}?\b(unsubscribe|marketing|promotional|newsletters?|offers|interest-based|targeted ad\w*|remarketing|analytics|text (\(sms\) )?messages)\b/,
      /\b(companies|businesses|a business|any business|covered business(es)?) (must|shall|are required|is required)\b|\bthe (law|ccpa|cpra|act|statute) (also )?requires\b/,
      // The industry pages (NAI, DAA) stop other companies' interest-based ads: not a method to submit
      // a request to this business, unless the sentence also speaks of requests or rights.
      /^(?![^]{0,400}\b(requests?|rights?)\b)[^]{0,400}?\b(nai|daa|network advertising initiative|digital advertising alliance|youradchoices|aboutads|youronlinechoices)\b/,
    ],
    sectionHeadings: [/\b(exercis|how to (submit|make|request)|submitting)/],
    inSection: [new RegExp(CHANNEL)],
  },
});
