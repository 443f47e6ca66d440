// How consumers exercise their rights: Va. Code § 59.1-578(C)(3), (E), Tex. Bus. & Com. Code
// § 541.102(a)(3), (a)(6), § 541.055; and the universal opt-out signal (Global Privacy Control) that
// Colorado (C.R.S. § 6-1-1306(1)(a)(IV)), Texas (§ 541.055(e)) and most later states make a
// controller honour when it sells data or targets ads.
import type { RuleContext } from '../../rules/framework/ruleTypes';
import type { Sentence } from '../../model/document';
import { cuedTextUnits, cueList } from '../../rules/framework/match';
import { profileStates, usItem, RIGHTS_HEADINGS } from './define';

const CHANNEL = String.raw`(e-?mail|call(ing)?|phone|telephone|toll[- ]free|web ?form|online form|portal|by mail|in writing|writ(e|ing) to|mail(ing)? (us|to)|visit(ing)?|click(ing)?|contact(ing)? us|fill(ing)? out|complet(e|ing)|submit(ting)? (a|an|your) (request|form)|\d{3}[-. )]{1,2}\d{3}[-. ]\d{4}|@|https?:|www\.)`;

/** The states whose laws require honouring a universal opt-out signal in 2026. */
const SIGNAL_STATES = ['CO', 'CT', 'TX', 'OR', 'MT', 'DE', 'NE', 'NH', 'NJ', 'MN', 'MD'];
const SIGNAL = /\bglobal privacy control\b|\bgpc\b|\b(universal|user-enabled|browser|global) (opt[- ]?out|privacy) (signal|mechanism|preference|control)s?\b|\bopt[- ]?out preference signals?\b/;
const SIGNAL_CUES = cueList(['global privacy control', 'gpc', 'signal', 'opt-out mechanism', 'opt out mechanism', 'preference']);
/** The text says data are sold or used for targeted advertising (the opt-out then matters). */
const SELLS_OR_TARGETS = /\b(we|company) (may |also )?(sell|sells|process\w*[^.]{0,40}\bfor targeted advertis\w*|use\w*[^.]{0,40}\bfor targeted advertis\w*)\b|\btargeted advertising\b[^.]{0,40}\b(partners|cookies|pixels|we use)\b/;
const SELL_CUES = cueList(['sell', 'targeted advertis']);

function mentions(ctx: RuleContext, cues: readonly string[], re: RegExp): Sentence | undefined {
  return cuedTextUnits(ctx, cues).find((s) => re.test(s.norm));
}

export default usItem({
  audienceSpecific: true,
  name: 'request-methods',
  title: 'How to exercise the rights',
  refs: [['VA', '59.1-578(C)(3)'], ['VA', '59.1-578(E)'], ['TX', '541.102(a)(6)'], ['TX', '541.055'], ['CO', '6-1-1306(1)(a)(IV)']],
  explanation: 'The notice must describe the secure and reliable means by which consumers submit requests (a form, an e-mail address, a link); states that require a universal opt-out signal expect the notice to say it is honoured.',
  remedy: 'Say how consumers submit requests (e.g. a web form and an e-mail address), how to opt out (a "Your Privacy Choices" link), and that you honour Global Privacy Control signals.',
  anchorHeadings: [/\b(exercis|request|contact)/, ...RIGHTS_HEADINGS],
  patterns: {
    cues: ['request', 'rights', 'exercis', 'opt', 'global privacy control', 'gpc'],
    any: [
      new RegExp(`\\b(exercise|submit|make|send|place)\\w*\\b[^.]{0,40}\\b(a |an |your |any |such |these |this |the |those )?(verifiable |verified )?(consumer |privacy )?(requests?|rights)\\b[^.]{0,120}\\b${CHANNEL}`),
      new RegExp(`\\b${CHANNEL}\\b[^.]{0,100}\\b(to|in order to) (exercise|submit|make|send)\\b[^.]{0,40}\\b(requests?|rights)\\b`),
      /\b(to exercise|exercising)\b[^.]{0,60}\b(please |you (can|may|should) )?(contact us|e-?mail us|call us|write to us|visit|click|use (our|the|this) (form|link|portal|tool))\b/,
      /\bto (opt[- ]?out|exercise|submit|make a request)\b[^.]{0,80}\b(please )?(click|visit|call|e-?mail us|contact us|write to us|fill out|complete|use (our|the|this) (form|link|portal|tool))\b/,
      /\bglobal privacy control\b|\bgpc\b/,
    ],
    // Opting out of a third party's analytics or of the ad industry's programmes is not a request to
    // this controller.
    unless: [/\bopt[- ]?out (of|from) (receiving )?(our |the |these )?(e-?mail|marketing|promotional|newsletters?|direct mail)\b/, /\b(opt[- ]?out of|decline|disable|reject|block)\b[^.]{0,40}\bcookies\b|\bgoogle analytics\b|\b(nai|daa|network advertising initiative|digital advertising alliance|youradchoices|aboutads|optout\.|ad ?choices|dma ?choice|dmachoice)\b/],
  },
  // Where the text says data are sold or used for targeted ads, and the states that require a
  // universal opt-out signal may apply, the notice should say the signal is honoured.
  assess: (ctx, evidence) => {
    const states = profileStates(ctx);
    if (states !== undefined && !states.some((c) => SIGNAL_STATES.includes(c))) return undefined;
    if (mentions(ctx, SIGNAL_CUES, SIGNAL)) return undefined;
    if (!mentions(ctx, SELL_CUES, SELLS_OR_TARGETS)) return undefined;
    const at = evidence[0];
    return {
      start: at.start,
      end: at.end,
      message: 'Data are sold or used for targeted ads, but opt-out signals are not mentioned: say you honour Global Privacy Control.',
    };
  },
});
