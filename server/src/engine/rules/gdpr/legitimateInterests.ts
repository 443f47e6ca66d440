// Art. 13(1)(d) / 14(2)(b): where processing relies on legitimate interests, which interests.
import { gdprItem } from '../framework/defineGdpr';

const BASIS_LI = /legitimate/i;

export default gdprItem({
  name: 'legitimate-interests',
  title: 'Legitimate interests pursued',
  cites: ['13(1)(d)', '14(2)(b)', '6(1)(f)'],
  docArticle: 13,
  explanation: 'Where processing relies on legitimate interests (Art. 6(1)(f)), the notice must describe the interests pursued by the controller or a third party.',
  remedy: 'Describe the legitimate interests you rely on (e.g. "our legitimate interest in keeping our service secure").',
  anchorHeadings: [/\blegitimate interests?\b/, /\b(legal|lawful) (basis|bases|grounds?)\b/],
  patterns: {
    cues: ['legitimate', '\\bart(icle)?\\b'],
    any: [/\blegitimate interests?\b/, /\bart(icle)?\.? ?6 ?\(1\) ?\(?f\)?|\bart\.? ?6 ?(para\.? ?1 )?(sentence 1 )?lit\.? ?f\b/],
  },
  requirement: (ctx, found) => {
    const basis = ctx.options.profile.basis;
    if (basis) {
      return basis.some((b) => BASIS_LI.test(b))
        ? { required: 'always', because: 'the processing profile lists legitimate interests as a basis' }
        : { required: 'not-applicable', because: 'the processing profile does not list legitimate interests as a basis' };
    }
    if (found.get('gdpr/legitimate-interests')) return { required: 'always', because: 'the text relies on legitimate interests' };
    return { required: 'conditional', because: 'required only if processing relies on legitimate interests (Art. 6(1)(f))' };
  },
});
