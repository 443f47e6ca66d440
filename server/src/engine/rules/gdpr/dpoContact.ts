// Art. 13(1)(b): the data protection officer's contact details, where one is designated (Art. 37).
import { gdprItem } from '../framework/defineGdpr';
import { cuedSentences, cueList } from '../framework/match';

const NO_DPO = /\b(not|no)\b[^.]{0,20}\b(appointed|designated|required to (appoint|designate)|have)\b[^.]{0,40}\b(data protection officer|dpo)\b|\bno (data protection officer|dpo)\b/;
/** NO_DPO names the officer: only sentences that do are tried. */
const NO_DPO_CUES = cueList(['data protection officer', 'dpo']);
const DPO = /\b(data protection officer|dpo|data privacy officer|datenschutzbeauftragte)\b/;

export default gdprItem({
  name: 'dpo-contact',
  title: 'Contact details of the data protection officer',
  cites: ['13(1)(b)', '14(1)(b)', '37'],
  docArticle: 13,
  explanation: 'Where the controller has designated a data protection officer (Art. 37), the notice must say how to contact the DPO.',
  remedy: 'Give the DPO’s contact details (an e-mail or postal address); if no DPO is designated, declare `dpo: false` in the processing profile.',
  anchorHeadings: [/\b(data protection officer|dpo)\b/, /\bcontact/],
  patterns: {
    any: [DPO],
    unless: [NO_DPO],
  },
  requirement: (ctx, found) => {
    const dpo = ctx.options.profile.dpo;
    if (dpo === true) return { required: 'always', because: 'the processing profile declares a DPO' };
    if (dpo === false) return { required: 'not-applicable', because: 'the processing profile declares no DPO' };
    if (cuedSentences(ctx, NO_DPO_CUES).some((s) => NO_DPO.test(s.norm))) return { required: 'not-applicable', because: 'the text states that no data protection officer is designated' };
    if (found.get('gdpr/dpo-contact')) return { required: 'always', because: 'the text mentions a data protection officer' };
    return { required: 'conditional', because: 'required only if a data protection officer is designated (Art. 37)' };
  },
});
