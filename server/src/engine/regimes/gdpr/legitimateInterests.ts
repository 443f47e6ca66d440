// Art. 13(1)(d) / 14(2)(b): where processing relies on legitimate interests, which interests.
import { gdprItem } from './define';
import { cuedSentences, cueList, articleCues, listIntroductions } from '../../rules/framework/match';
import { scopeOf } from '../../rules/framework/scope';
import type { Sentence } from '../../model/document';
import type { RuleContext } from '../../rules/framework/ruleTypes';

const BASIS_LI = /legitimate/i;
/** The basis named: "legitimate interest(s)", "Art. 6(1)(f)". */
const LI = String.raw`(\blegitimate (business |commercial )?interests?\b|\bart(icle)?\.? ?6 ?\(1\) ?\(?f\)?)`;
const NAMES_LI = new RegExp(LI);
/** NAMES_LI needs "legitimate" or a citation of Art. 6(1): only sentences with one are tried. */
const NAMES_LI_CUES = cueList(['legitimate', '6(1)', '6 (1)']);
/**
 * Protecting an interest is no description of it: "to protect our rights, property or legitimate
 * interests" is a reason to disclose (a list of such reasons alone does not address the item).
 */
const PROTECT_LI = /\b(protect|defend|safeguard|enforc|assert|exercis|establish)\w* ((our|the|its|their|your|any|rights|property|safety|and|or|other|those|of|others|users),? ){0,6}legitimate (business |commercial )?interests?\b(?! (in|of)\b)/;
/** Someone else's interest in receiving data: "to any person with a legitimate interest in it". */
const RECIPIENT_LI = /\b(person|persons|party|parties|anyone|someone|those|entity|entities|organi[sz]ations?)\b (who (has|have|can (show|demonstrate)) |with |having )(a |an |the )?legitimate interests?\b/;
/** The right to object names the basis without saying the controller relies on it. */
const OBJECTION = /\bobject(ion|ing|s)?\b/;

/**
 * A sentence that leads into a list without naming the basis itself: "This includes:", "These
 * interests include:", "for example:". The basis is named in the same paragraph just before.
 */
const LIST_LEAD = /\b(this|these|they|which|those|such interests?)\b[^.:]{0,20}\b(includes?|are|comprises?|consists?|covers?)\b[^.:]{0,20}:\s*$|\b(such as|for example|for instance|including|e\.g\.?|namely)\s*:\s*$/;

const rule = gdprItem({
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
      // "…legitimate interests (Art. 6(1)(f) GDPR), those interests are …" (the gap may hold an article's period);
      // "except where such interests are overridden by your rights" is the balancing clause, not a description.
      new RegExp(`${LI}[^]{0,60}\\b(those|these|such|the|our) interests (are(?! (not )?(overridden|outweighed|balanced)\\b)|include|consist|comprise)\\b`),
      // …but a pointer is no description: "legitimate interests (as outlined in this policy)".
      new RegExp(`${LI}(?! ?\\(?as (outlined|described|set out|explained|detailed|defined|stated|specified)\\b)[^.]{0,25}\\b(in|to(?! (process|use|collect|share|disclose|handle|comply|keep|continue)\\b)|of (ensuring|improving|providing|keeping|protecting|preventing|marketing|developing|securing|operating|maintaining|understanding|analy[sz]ing|promoting|running|offering|enforcing|defending|responding)|such as|including|namely|which (include|includes|are|is|consist)|(will |may |can )?(include|includes)|because|as it|since|so that|so we can|where we|when we|e\\.g|for example|like|relating to|related to|concerning|comprise)\\b`),
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
      PROTECT_LI,
      RECIPIENT_LI,
      /\b(object|objection)\b[^.]{0,80}\blegitimate interests?\b/,
      // "Where we rely on legitimate interests, you have the right to object": the basis, not the interests.
      /\blegitimate interests?,? (you (have|may|can)|you have the right)\b[^.]{0,20}\bobject/,
      // Talk about the interests, not the interests: "to understand how our legitimate interests
      // are balanced", "we will tell you what those legitimate interests are".
      /\b(how|what|which|whether) (our |the |these |those |such |any )?legitimate interests?\b(?! (in|of)\b)/,
      // A promise to describe them later: "(in which case we will explain what those interests are)".
      /\b(explain|tell you|inform you|let you know|describe|set out)\b[^.]{0,20}\b(what|which) (our |the |these |those |such )?interests\b/,
      // The balancing test, not the interests: "we take measures to ensure that the interests we
      // pursue are balanced with your rights".
      /\b(ensure|make sure|check|assess|verify)\w*\b (that )?(the|our|these|those|such) interests\b/,
    ],
  },
  // The basis named without its interests ("we process your data on the basis of our legitimate
  // interests") addresses the item but does not meet Art. 13(1)(d): insufficient. Not the right
  // to object, not a reason to disclose ("to protect our legitimate interests"), not someone
  // else's interest in receiving data ("anyone with a legitimate interest").
  partial: {
    cues: ['legitimate', ...articleCues('6')],
    any: [NAMES_LI],
    unless: [
      OBJECTION,
      PROTECT_LI,
      RECIPIENT_LI,
    ],
  },
  partialLacks: 'Describe the legitimate interests you rely on (e.g. keeping the service secure): naming the basis is not enough.',
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

/**
 * "We rely on our legitimate interests where they are not overridden by your rights. This
 * includes:" followed by a list: the list items are the interests described. The lead sentence
 * does not name the basis, so the list-introduction pattern above cannot see it; the basis must
 * be named (outside a right to object) earlier in the lead's paragraph.
 */
function interestsListedAfterLead(ctx: RuleContext): Sentence[] {
  const { sentences } = ctx.doc;
  let lastLead: Sentence | undefined;
  let leadOk = false;
  for (const [item, lead] of listIntroductions(ctx)) {
    if (lead !== lastLead) {
      lastLead = lead;
      leadOk = false;
      if (LIST_LEAD.test(lead.norm) && !NAMES_LI.test(lead.norm)) {
        const at = sentences.indexOf(lead);
        for (let i = at - 1; i >= 0 && i >= at - 3 && sentences[i].paragraph === lead.paragraph; i--) {
          const n = sentences[i].norm;
          if (NAMES_LI.test(n) && !OBJECTION.test(n)) {
            leadOk = true;
            break;
          }
        }
      }
    }
    if (leadOk && /[a-z]{3}/.test(item.norm) && scopeOf(ctx, item) !== 'us') return [item];
  }
  return [];
}

const byPattern = rule.detect.bind(rule);

export default {
  ...rule,
  detect: (ctx: RuleContext): Sentence[] => {
    const found = byPattern(ctx);
    return found.length > 0 ? found : interestsListedAfterLead(ctx);
  },
};
