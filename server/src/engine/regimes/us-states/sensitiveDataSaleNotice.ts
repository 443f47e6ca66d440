// Texas: a controller that sells sensitive (or biometric) personal data must post the statute's
// notice, word for word, where and as it posts its privacy notice: Tex. Bus. & Com. Code
// § 541.102(b) ("NOTICE: We may sell your sensitive personal data.") and (c) (the same for
// biometric personal data).
import { usItem, profileStates, sensitiveSaleSentences } from './define';

const BIOMETRIC_SALE = /\bbiometric\b/;

export default usItem({
  name: 'sensitive-data-sale-notice',
  title: 'Texas notice of the sale of sensitive data',
  refs: [['TX', '541.102(b)'], ['TX', '541.102(c)']],
  explanation: 'A controller subject to the Texas Data Privacy and Security Act that sells sensitive personal data must include, in the statute\'s exact words, "NOTICE: We may sell your sensitive personal data." (and, for biometric data, "NOTICE: We may sell your biometric personal data."), in the same place and manner as its privacy notice.',
  remedy: 'Add, word for word: "NOTICE: We may sell your sensitive personal data." (and, if biometric data are sold, "NOTICE: We may sell your biometric personal data.").',
  anchorHeadings: [/\btexas\b/, /\bsensitive\b/, /\b(sale|sell)/],
  patterns: {
    cues: ['we may sell your'],
    any: [/\bnotice: we may sell your (sensitive|biometric) personal data\b/],
  },
  // The words without the statute's form ("We may sell sensitive data") address the duty but not
  // as Texas prescribes it.
  partial: {
    cues: ['may sell'],
    any: [/\bmay sell\b[^.]{0,30}\b(sensitive|biometric)\b/],
  },
  partialLacks: 'Not in the words Texas prescribes: write “NOTICE: We may sell your sensitive personal data.”',
  assess: (ctx, evidence) => {
    const sellsBiometric = sensitiveSaleSentences(ctx).some((s) => BIOMETRIC_SALE.test(s.norm));
    if (!sellsBiometric || evidence.some((s) => s.norm.includes('biometric personal data'))) return undefined;
    return { start: evidence[0].start, end: evidence[0].end, message: 'Biometric data are sold: add Texas’s second notice, “NOTICE: We may sell your biometric personal data.”' };
  },
  // Owed where the draft says sensitive data are sold and Texas applies (the profile's states).
  requirement: (ctx) => {
    const states = profileStates(ctx);
    const sells = sensitiveSaleSentences(ctx).length > 0;
    if (ctx.options.profile.sells === false) return { required: 'not-applicable', because: 'the processing profile declares that personal data are not sold' };
    if (states !== undefined && !states.includes('TX')) return { required: 'not-applicable', because: 'the processing profile\'s states do not include Texas' };
    if (!sells) {
      return states === undefined
        ? { required: 'not-applicable', because: 'the text does not say that sensitive data are sold' }
        : { required: 'conditional', because: 'required if you sell sensitive or biometric data (the profile names Texas)' };
    }
    if (states === undefined) return { required: 'conditional', because: 'the text says sensitive data are sold: required if you serve Texas consumers (the profile\'s "states" does not say)' };
    return { required: 'always', because: 'the text says sensitive data are sold and the processing profile names Texas' };
  },
});
