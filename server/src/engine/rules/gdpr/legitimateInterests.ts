// Art. 13(1)(d) / 14(2)(b): where processing relies on legitimate interests, which interests.
import { gdprItem } from '../framework/defineGdpr';
import { cuedSentences, cueList, articleCues } from '../framework/match';

const BASIS_LI = /legitimate/i;
/** The basis named: "legitimate interest(s)", "Art. 6(1)(f)". */
const LI = String.raw`(\blegitimate (business |commercial )?interests?\b|\bart(icle)?\.? ?6 ?\(1\) ?\(?f\)?)`;
const NAMES_LI = new RegExp(LI);
/** NAMES_LI needs "legitimate" or a citation of Art. 6(1): only sentences with one are tried. */
const NAMES_LI_CUES = cueList(['legitimate', '6(1)', '6 (1)']);
/** The right to object names the basis without saying the controller relies on it. */
const OBJECTION = /\bobject(ion|ing|s)?\b/;

export default gdprItem({
  name: 'legitimate-interests',
  title: 'Legitimate interests pursued',
  cites: ['13(1)(d)', '14(2)(b)', '6(1)(f)'],
  docArticle: 13,
  explanation: 'Where processing relies on legitimate interests (Art. 6(1)(f)), the notice must describe the interests pursued by the controller or a third party.',
  remedy: 'Describe the legitimate interests you rely on (e.g. "our legitimate interest in keeping our service secure").',
  anchorHeadings: [/\blegitimate interests?\b/, /\b(legal|lawful) (basis|bases|grounds?)\b/],
  // The item is the *description* of the interests: naming the basis ("we rely on legitimate
  // interests") makes it required but does not disclose it. A description says what the interest
  // is in ("our legitimate interest in preventing fraud"), or sets the purpose beside the basis.
  patterns: {
    cues: ['legitimate', ...articleCues('6')],
    any: [
      // "…legitimate interests (Art. 6(1)(f) GDPR), those interests are …" (the gap may hold an article's period).
      new RegExp(`${LI}[^]{0,60}\\b(those|these|such|the|our) interests (are|include|consist|comprise)\\b`),
      new RegExp(`${LI}[^.]{0,25}\\b(in|to(?! (process|use|collect|share|disclose|handle|comply|keep|continue)\\b)|of (ensuring|improving|providing|keeping|protecting|preventing|marketing|developing|securing|operating|maintaining|understanding|analy[sz]ing|promoting|running|offering|enforcing|defending|responding)|such as|including|namely|which (include|includes|are|is|consist)|(will |may |can )?(include|includes)|because|as it|since|so that|so we can|where we|when we|e\\.g|for example|like|relating to|related to|concerning|comprise)\\b`),
      new RegExp(`\\b(improv|prevent|protect|ensur|secur|provid|market|develop|analy[sz]|understand|maintain|operat|send|detect|enforc|defend|personali[sz]|administ|manag|communicat|respond|promot|measur)\\w*\\b[^.]{0,120}${LI}`),
      new RegExp(`${LI}[^.]{0,120}\\b(to|for)\\b (the purposes? of |purposes such as )?(improv|prevent|protect|ensur|secur|provid|market|develop|analy[sz]|understand|maintain|operat|send|detect|enforc|defend|personali[sz]|administ|manag|communicat|respond|promot|measur)\\w*`),
    ],
    // "We rely on our legitimate interests:" followed by a list of them.
    listIntro: [new RegExp(LI)],
    inList: [/[a-z]{3}/],
    // Under a "Legitimate interests" heading, the section's sentences describe them.
    sectionHeadings: [new RegExp(LI)],
    inSection: [/[a-z]{3}/],
    // A right to object to such processing mentions the basis but describes no interest.
    unless: [
      /\b(object|objection)\b[^.]{0,80}\blegitimate interests?\b/,
      // "Where we rely on legitimate interests, you have the right to object": the basis, not the interests.
      /\blegitimate interests?,? (you (have|may|can)|you have the right)\b[^.]{0,20}\bobject/,
    ],
  },
  requirement: (ctx, found) => {
    const basis = ctx.options.profile.basis;
    if (basis) {
      return basis.some((b) => BASIS_LI.test(b))
        ? { required: 'always', because: 'the processing profile lists legitimate interests as a basis' }
        : { required: 'not-applicable', because: 'the processing profile does not list legitimate interests as a basis' };
    }
    if (found.get('gdpr/legitimate-interests') || cuedSentences(ctx, NAMES_LI_CUES).some((s) => NAMES_LI.test(s.norm) && !OBJECTION.test(s.norm))) return { required: 'always', because: 'the text names legitimate interests as a basis' };
    return { required: 'conditional', because: 'required only if processing relies on legitimate interests (Art. 6(1)(f))' };
  },
});
