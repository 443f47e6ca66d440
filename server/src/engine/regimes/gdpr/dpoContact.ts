// Art. 13(1)(b), 14(1)(b): the data protection officer's contact details, where one is designated (Art. 37).
//
// Naming the officer ("we have appointed a data protection officer", "our DPO is Jane Doe") is not
// giving the officer's contact details: a way to reach the DPO must be given (an e-mail, postal
// address, telephone number or form), in the sentence that names the DPO or introduced as the
// DPO's (see the extraction's contact roles), or by a pointer from the DPO to the contact details
// the notice gives ("contact our DPO at the address below"). A DPO named without contact details
// still makes the item required.
import { gdprItem } from './define';
import type { Sentence } from '../../model/document';
import type { RuleContext } from '../../rules/framework/ruleTypes';
import { cuedSentences, cueList } from '../../rules/framework/match';
import { scopeOf } from '../../rules/framework/scope';
// The officer named (a "dpo@" mailbox alone is a channel, found through its role).
import { channelEvidence, contactChannels, DPO_NAMED as DPO } from './controllerContact';

const NO_DPO = /\b(not|no)\b[^.]{0,20}\b(appointed|designated|required to (appoint|designate)|have)\b[^.]{0,40}\b(data protection officer|dpo)\b|\bno (data protection officer|dpo)\b/;
/** DPO and NO_DPO name the officer: only sentences that do are tried. */
const DPO_CUES = cueList(['data protection officer', 'dpo', 'data privacy officer', 'datenschutzbeauftragte']);
/** "Contact our DPO at the address below", "… using the contact information in the table below". */
const POINTER = /\b(using|via|through|with|at|by|in|see|under)\b[^.]{0,30}\b(contact (details|information|data)|address(es)?|details|e-?mail address|contact us section)\b[^.]{0,30}\b(above|below|set out|given|provided|listed|shown|indicated|section|paragraph|heading)\b/;

/** The sentences that name the DPO (not those saying there is none), outside passages for US readers. */
function dpoMentions(ctx: RuleContext): Sentence[] {
  return ctx.memo('gdpr/dpo-mentions', () => cuedSentences(ctx, DPO_CUES).filter((s) => DPO.test(s.norm) && !NO_DPO.test(s.norm) && scopeOf(ctx, s) !== 'us'));
}

function detect(ctx: RuleContext): Sentence[] {
  const channels = contactChannels(ctx);
  // Details introduced as the DPO's ("Data Protection Officer, 1 Main St…", "dpo@…").
  const dpo = channels.filter((c) => c.role === 'dpo');
  const mentions = dpoMentions(ctx);
  const pointers: Sentence[] = [];
  if (mentions.length > 0) {
    // A channel in the sentence that names the DPO ("our DPO can be contacted at info@…").
    // Mentions and channels are both in text order: one walk over each.
    const chosen = new Set(dpo);
    let k = 0;
    for (const s of mentions) {
      while (k < channels.length && channels[k].start < s.start) k++;
      for (let j = k; j < channels.length && channels[j].start < s.end; j++) {
        const c = channels[j];
        if (c.role !== 'authority' && c.role !== 'representative' && (c.role !== 'other' || c.controller || c.ownDomain) && !chosen.has(c)) {
          chosen.add(c);
          dpo.push(c);
        }
      }
    }
    if (channels.some((c) => c.controller)) for (const s of mentions) if (POINTER.test(s.norm)) pointers.push(s);
  }
  if (dpo.length === 0 && pointers.length === 0) return [];
  dpo.sort((a, b) => a.start - b.start);
  const evidence = channelEvidence(ctx, dpo);
  for (const s of pointers) if (!evidence.includes(s)) evidence.push(s);
  return evidence.sort((a, b) => a.start - b.start);
}

const rule = gdprItem({
  name: 'dpo-contact',
  title: 'Contact details of the data protection officer',
  cites: ['13(1)(b)', '14(1)(b)', '37'],
  docArticle: 13,
  explanation: 'Where the controller has designated a data protection officer (Art. 37), the notice must say how to contact the DPO: naming the DPO is not enough.',
  remedy: 'Give the DPO’s contact details (an e-mail or postal address); if no DPO is designated, declare `dpo: false` in the processing profile.',
  anchorHeadings: [/\b(data protection officer|dpo)\b/, /\bcontact/],
  patterns: { any: [] },
  requirement: (ctx, found) => {
    const dpo = ctx.options.profile.dpo;
    if (dpo === true) return { required: 'always', because: 'the processing profile declares a DPO' };
    if (dpo === false) return { required: 'not-applicable', because: 'the processing profile declares no DPO' };
    if (cuedSentences(ctx, DPO_CUES).some((s) => NO_DPO.test(s.norm))) return { required: 'not-applicable', because: 'the text states that no data protection officer is designated' };
    if (dpoMentions(ctx).length > 0 || found.get('gdpr/dpo-contact')) return { required: 'always', because: 'the text mentions a data protection officer' };
    return { required: 'conditional', because: 'required only if a data protection officer is designated (Art. 37)' };
  },
});

export default { ...rule, detect };
