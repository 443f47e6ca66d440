// Art. 13(1)(f): transfers to a third country and the safeguards relied on.
import { gdprItem } from '../framework/defineGdpr';
import { cuedSentences, cueList } from '../framework/match';

const NO_TRANSFER = /\b(do not|does not|don't|will not|won't|never)\b[^.]{0,20}\b(transfer|send|store|process|move)\w*\b[^.]{0,60}\b(outside|beyond)\b[^.]{0,20}\b(the )?(eea|european economic area|eu|european union)\b(?![^.]{0,40}\b(unless|except|without)\b)/;
/** NO_TRANSFER needs "outside" or "beyond": only sentences with one are tried. */
const NO_TRANSFER_CUES = cueList(['outside', 'beyond']);

export default gdprItem({
  name: 'international-transfers',
  title: 'Transfers to third countries',
  cites: ['13(1)(f)', '14(1)(f)', '44', '46'],
  docArticle: 13,
  explanation: 'Where personal data leave the EU/EEA, the notice must say so, whether an adequacy decision exists, and which safeguards apply (e.g. standard contractual clauses) and how to obtain a copy.',
  remedy: 'Say whether data leave the EEA, to which countries, and on which safeguard (adequacy decision, standard contractual clauses), or state that they do not.',
  anchorHeadings: [/\b(international|transfers?|outside|cross-border|where we (store|process))\b/],
  patterns: {
    cues: ['outside', 'beyond', 'third countr', 'contractual clauses', 'scc', 'adequa', 'transfer', 'store', 'process', 'hosted', 'privacy shield', 'data privacy framework', 'binding corporate'],
    any: [
      /\b(outside|beyond)\b[^.]{0,20}\b(the )?(eea|european economic area|eu|european union|uk|switzerland)\b/,
      /\bthird countr(y|ies)\b/,
      /\bstandard contractual clauses\b|\bsccs?\b/,
      /\badequacy decision\b|\badequate (level of )?protection\b/,
      /\b(international|cross-border) (data )?transfers?\b/,
      /\b(transfer|transferred|store|stored|process|processed|hosted)\b[^.]{0,80}\b(united states|u\.s\.|usa|other countries|countries other than)\b/,
      /\b(privacy shield|data privacy framework|binding corporate rules)\b/,
    ],
  },
  requirement: (ctx, found) => {
    const t = ctx.options.profile.transfers;
    if (t === true) return { required: 'always', because: 'the processing profile declares transfers outside the EEA' };
    if (t === false) return { required: 'not-applicable', because: 'the processing profile declares no transfers outside the EEA' };
    // Decision: a clear statement that data stay in the EEA makes the item not applicable (the
    // statement is itself the disclosure); any other mention of transfers makes it required.
    if (cuedSentences(ctx, NO_TRANSFER_CUES).some((s) => NO_TRANSFER.test(s.norm))) return { required: 'not-applicable', because: 'the text states that personal data do not leave the EEA' };
    if (found.get('gdpr/international-transfers')) return { required: 'always', because: 'the text mentions transfers' };
    return { required: 'conditional', because: 'required only if personal data are transferred outside the EEA' };
  },
});
