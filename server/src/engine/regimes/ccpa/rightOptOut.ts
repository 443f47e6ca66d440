// § 1798.120, § 1798.135: the right to opt out of the sale or sharing of personal information.
import { ccpaItem, CCPA_RIGHTS_HEADINGS } from './define';
import { notBareHeading, notRequestMetrics } from './evidence';
import { statesNoSale, statesSale } from './salePosition';

export default ccpaItem({
  audienceSpecific: true,
  name: 'right-opt-out',
  title: 'Right to opt out of sale or sharing',
  sections: ['1798.120', '1798.135'],
  explanation: 'A business that sells or shares personal information must tell consumers they may direct it to stop (§ 1798.120) and offer a "Do Not Sell or Share My Personal Information" link (§ 1798.135).',
  remedy: 'Describe the right to opt out of the sale or sharing of personal information and how to use it (the "Do Not Sell or Share" link, Global Privacy Control).',
  // Nor the yearly request metrics (a count of requests reports on the right, it does not give it).
  keep: (ctx, s) => notBareHeading(ctx, s) && notRequestMetrics(s),
  anchorHeadings: [/\bopt[- ]?out\b/, /\bdo not sell\b/, ...CCPA_RIGHTS_HEADINGS],
  patterns: {
    cues: ['opt', 'not sell', 'not shar', 'stop sell', 'stop shar', 'cease sell', 'cease shar', 'not to sell', 'not to share', 'global privacy control', 'gpc'],
    any: [
      /\bright to opt[- ]?out\b/,
      /\bopt[- ]?out\b[^.]{0,60}\b(sale|sell|selling|sold|shar\w*|targeted|cross-context)\b/,
      /\b(sale|sell|selling|shar\w*)\b[^.]{0,60}\bopt[- ]?out\b/,
      /\bdo not (sell|share)( or (sell|share))? my\b/,
      /\b(direct|instruct|tell|ask)\w* (us|a business|the business|businesses)\b[^.]{0,20}\bnot to (sell|share)\b/,
      // "the right to direct that we do not sell…", "you may request that we not sell…".
      /\b(request|ask|direct|dictate|instruct|require)(s|ed|ing)?\s(that\s)?(we|the business|a business|company)\s(do\snot|not|stop|cease)\s(sell|sharing|share|selling)\b/,
      /\bglobal privacy control\b|\bgpc\b/,
    ],
    // The industry opt-out pages (NAI, DAA) stop other companies' interest-based ads; without a word
    // of sale or sharing they are not the business's own opt-out under § 1798.120.
    unless: [/^(?![^]{0,400}\b(sale|sell|sold|shar\w*|cross-context)\b)[^]{0,400}?\b(nai|daa|network advertising initiative|digital advertising alliance|youradchoices|aboutads)\b/],
    headings: [/\bopt[- ]?out\b.{0,40}\b(sale|sell|shar)/, /\bdo not (sell|share)\b/],
    listIntro: [/\bright/, /\brequest/],
    inList: [/\bopt[- ]?out\b/],
  },
  // Decision: the opt-out notice is owed by a business that sells or shares personal information
  // (§ 1798.120, § 1798.135). A declared `sells` fact decides; else a clear "we do not sell or
  // share" makes it not applicable; else a statement that information is sold or shared makes it
  // required; else it is unknown and reported as information for the drafter to decide.
  requirement: (ctx) => {
    const sells = ctx.options.profile.sells;
    if (sells === true) return { required: 'always', because: 'the processing profile declares that personal information is sold or shared' };
    if (sells === false) return { required: 'not-applicable', because: 'the processing profile declares that personal information is not sold or shared' };
    if (statesNoSale(ctx)) return { required: 'not-applicable', because: 'the text states that personal information is not sold or shared' };
    if (statesSale(ctx)) return { required: 'always', because: 'the text says that personal information is sold or shared' };
    return { required: 'conditional', because: 'required if personal information is sold or shared (including for cross-context behavioral advertising)' };
  },
});
