// Art. 13(2)(f) / 14(2)(g): automated decision-making, including profiling (Art. 22).
import { gdprItem } from '../framework/defineGdpr';
import { cuedSentences, cueList, articleCues } from '../framework/match';

const NO_ADM = /\b(do not|does not|don't|will not|won't|never|not)\b[^.]{0,40}\b(automated|automatic)\b[^.]{0,20}\b(individual )?(decision|processing)|\bno (automated|automatic) (individual )?decision/;
/** NO_ADM needs "automated"/"automatic": only sentences with it are tried. */
const NO_ADM_CUES = cueList(['automat']);

export default gdprItem({
  name: 'automated-decision-making',
  title: 'Automated decision-making and profiling',
  cites: ['13(2)(f)', '14(2)(g)', '22'],
  docArticle: 22,
  explanation: 'Where decisions with legal or similarly significant effects are made solely by automated means (Art. 22), the notice must say so and explain the logic involved and the consequences.',
  remedy: 'Say whether you make automated decisions, including profiling, with legal or similarly significant effects; if so, explain the logic and the consequences; if not, say so.',
  anchorHeadings: [/\b(automated|profiling)\b/],
  patterns: {
    cues: ['automat', 'profiling', ...articleCues('22')],
    // Whether such decisions are made, stated positively or negatively ("we do not make decisions
    // based solely on automated processing"). Profiling for marketing is not an Art. 22 decision,
    // and the bare right "not to be subject to" such decisions says nothing about whether they exist.
    any: [
      /\bautomated (individual )?decision/,
      /\bdecisions?\b[^.]{0,60}\b(solely|exclusively|purely) (on|by) (automated|automatic)\b/,
      /\b(automated|automatic) (processing|means)\b[^.]{0,80}\b(legal effects?|similarly significant)/,
      /\bprofiling\b[^.]{0,80}\b(legal effects?|similarly significant)/,
      /\bart(icle)?\.? ?22\b[^.]{0,20}\bgdpr\b/,
    ],
    unless: [/\bright\b[^.]{0,40}\bnot to be subject(ed)?\b|\bobject to (a )?decisions?\b|\b(right|rights) (in relation to|related to|regarding) automated\b/],
    headings: [/\bautomated decision/],
  },
  requirement: (ctx, found) => {
    const a = ctx.options.profile.automatedDecisions;
    if (a === true) return { required: 'always', because: 'the processing profile declares automated decisions' };
    if (a === false) return { required: 'not-applicable', because: 'the processing profile declares no automated decisions' };
    // Decision: "we do not make such decisions" discloses the position and makes the item not
    // applicable; any other mention of such decisions makes it required.
    if (cuedSentences(ctx, NO_ADM_CUES).some((s) => NO_ADM.test(s.norm))) return { required: 'not-applicable', because: 'the text states that no such automated decisions are made' };
    if (found.get('gdpr/automated-decision-making')) return { required: 'always', because: 'the text mentions automated decisions' };
    return { required: 'conditional', because: 'required only if automated decisions with legal or similarly significant effects are made (Art. 22)' };
  },
});
