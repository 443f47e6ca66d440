// Art. 13(2)(f) / 14(2)(g): automated decision-making, including profiling (Art. 22).
import { gdprItem } from './define';
import { cuedSentences, cueList, articleCues } from '../../rules/framework/match';
import { scopeOf } from '../../rules/framework/scope';
import type { DisclosureRule, RuleContext } from '../../rules/framework/ruleTypes';
import type { Sentence } from '../../model/document';

const NO_ADM = /\b(do not|does not|don't|will not|won't|never|not)\b[^.]{0,40}\b(automated|automatic)\b[^.]{0,20}\b(individual )?(decision|processing)|\bno (automated|automatic) (individual )?decision/;
/** NO_ADM needs "automated"/"automatic": only sentences with it are tried. */
const NO_ADM_CUES = cueList(['automat']);

/**
 * A denial states the position ("we do not make automated decisions", "we do not use profiling"),
 * also beside the right in the same sentence. The negation is the controller's or a statement of
 * fact ("you will not be subject to…"), never the right's own "not to be subject to".
 */
const DENIAL = [
  /\b(do not|does not|don't|doesn't|will not|won't|never|are not|is not|shall not)\b[^.]{0,40}\b(automated|automatic)\b[^.]{0,20}\b(individual )?(decision|processing)/,
  /\bno (automated|automatic) (individual )?decision/,
  // (The profiling itself denied, not one tool for it: "we do not use cookies for profiling".)
  /\b(do not|does not|don't|doesn't|will not|won't|never)\b[^.]{0,30}\b(use|engage in|carry out|conduct|perform|undertake|make use of|subject you to|apply)\b (any )?(kind of |type of |form of )?(automated )?profiling\b/,
  /\bno profiling\b|\bprofiling (is|will be) (not|never) (used|carried out|performed|conducted|undertaken)\b/,
  // "…not to be subject to automated decisions, but we do not make such decisions."
  /\b(automated (individual )?decision|profiling|solely (on|by) automat)[^.]{0,120}\b(do not|does not|don't|doesn't|will not|won't|never)\b[^.]{0,30}\b(make|take|use|engage in|carry out|conduct|perform)\b[^.]{0,10}\b(such|these|those|any such|the foregoing)\b/,
];

/**
 * "…right not to be subject to automated decision-making. We do not engage in such processing.":
 * a denial that points back at the previous sentence of the same paragraph.
 */
const POINTS_BACK = /\b(do not|does not|don't|doesn't|will not|won't|never)\b[^.]{0,30}\b(engage in|use|make|carry out|conduct|perform|undertake|take)\b[^.]{0,20}\b(the foregoing|such (decisions|processing|profiling|activities)|this (type|kind) of (processing|decision|decision-making)|any such)\b/;
const BACK_CUES = cueList(['foregoing', 'such', 'this type', 'this kind']);
const ABOUT_ADM = /\bautomated (individual )?decision|\bprofiling\b|\bsolely (on|by) automat/;

const item = gdprItem({
  name: 'automated-decision-making',
  title: 'Automated decision-making and profiling',
  cites: ['13(2)(f)', '14(2)(g)', '22'],
  docArticle: 22,
  explanation: 'Where decisions with legal or similarly significant effects are made solely by automated means (Art. 22), the notice must say so and explain the logic involved and the consequences.',
  remedy: 'Say whether you make automated decisions, including profiling, with legal or similarly significant effects; if so, explain the logic and the consequences; if not, say so.',
  anchorHeadings: [/\b(automated|profiling)\b/],
  patterns: {
    cues: ['automat', 'profiling', ...articleCues('22')],
    strong: DENIAL,
    // Whether such decisions are made, stated positively or negatively ("we do not make decisions
    // based solely on automated processing"). Profiling for marketing is not an Art. 22 decision,
    // and the bare right "not to be subject to" such decisions says nothing about whether they exist.
    any: [
      /\b(automated|automatic|automatised|automatized) (individual )?decision/,
      /\bdecisions?\b[^.]{0,60}\b(solely|exclusively|purely) (on|by) (automated|automatic)\b/,
      /\b(automated|automatic) (processing|means)\b[^.]{0,80}\b(legal effects?|similarly significant)/,
      /\bprofiling\b[^.]{0,80}\b(legal effects?|similarly significant)/,
      // Profiling with its effects on the person: "profiling that significantly affects you".
      /\bprofiling\b[^.]{0,100}\b(significantly|legally|similarly) (affect|effect|impact)\w*/,
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

function deniedAfterMention(ctx: RuleContext): Sentence[] {
  const sentences = ctx.doc.sentences;
  const out: Sentence[] = [];
  for (const s of cuedSentences(ctx, BACK_CUES)) {
    if (!POINTS_BACK.test(s.norm) || scopeOf(ctx, s) === 'us') continue;
    const i = sentences.indexOf(s);
    const prev = i > 0 ? sentences[i - 1] : undefined;
    if (prev && prev.paragraph === s.paragraph && ABOUT_ADM.test(prev.norm)) out.push(s);
  }
  return out;
}

const rule: DisclosureRule = {
  ...item,
  detect: (ctx) => {
    const found = item.detect(ctx);
    if (found.length > 0) return found;
    return deniedAfterMention(ctx);
  },
};

export default rule;
