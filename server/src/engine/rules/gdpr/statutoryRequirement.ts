// Art. 13(2)(e): whether providing the data is a statutory or contractual requirement, and the consequences of not providing it.
import { gdprItem } from '../framework/defineGdpr';
import type { Sentence } from '../../model/document';
import type { RuleContext } from '../framework/ruleTypes';
import { cuedSentences, cueList } from '../framework/match';

/** The obligation status: required by law or contract, mandatory or voluntary for the person. */
const OBLIGATION = /\b(statutory|contractual|legal) (or (contractual|statutory) )?(requirement|obligation)\b|\b(you|provision|providing|supply)\b[^.]{0,40}\b(not |no )?(obliged|obligated|under (an|no) obligation|mandatory|voluntary|optional|compulsory)\b|\b(mandatory|required|compulsory|optional) (fields?|information|data)\b|\brequired (by law|under|for (the )?(conclusion|performance|entering)|to enter)\b/;
/** The consequence of not providing the data. */
const CONSEQUENCE = /\b((if|where|should) you (do not|don't|decline to|choose not to|refuse to|fail to|prefer not to) (provide|give|supply|share|disclose)|(failure|refus\w*|inability) to provide|without (it|them|(this|such|these|the required|your) (data|information|personal|details|\w+ address)))\b[^]{0,160}\b(not (be )?able|unable|cannot|can't|may not|will not|won't|impossible|prevent|delay|not possible)/;
const PROVIDE = /\b(provid|provision|supply|give|giving)/;
/** Cheap prefilter: words one of the two patterns needs (found by the one cue scan of the check). */
const CUES = cueList(['requir', 'oblig', 'mandator', 'voluntar', 'optional', 'compulsor', 'provide', 'provision', 'supply', 'give', 'share', 'disclose', 'without']);

/**
 * Art. 13(2)(e) asks for two things together: whether the data must be provided (law, contract,
 * voluntary) and what follows if they are not. A sentence about one without the other (e.g. "we
 * may be required to disclose data to authorities", "you may be required to log in") does not
 * disclose the item; both must appear in one sentence or within a few sentences of one paragraph.
 */
function detect(ctx: RuleContext): Sentence[] {
  const out: Sentence[] = [];
  const ss = ctx.doc.sentences;
  const cued = new Set(cuedSentences(ctx, CUES));
  for (let i = 0; i < ss.length; i++) {
    const s = ss[i];
    if (!cued.has(s)) continue;
    const obligation = OBLIGATION.test(s.norm) && PROVIDE.test(s.norm);
    const consequence = CONSEQUENCE.test(s.norm);
    if (obligation && consequence) {
      out.push(s);
      continue;
    }
    if (!obligation && !consequence) continue;
    for (let j = Math.max(0, i - 2); j <= Math.min(ss.length - 1, i + 2); j++) {
      if (j === i || ss[j].paragraph !== s.paragraph) continue;
      const other = ss[j].norm;
      if (obligation ? CONSEQUENCE.test(other) : OBLIGATION.test(other) && PROVIDE.test(other)) {
        out.push(s);
        break;
      }
    }
  }
  return out;
}

const rule = gdprItem({
  name: 'statutory-requirement',
  title: 'Whether providing the data is required',
  cites: ['13(2)(e)'],
  docArticle: 13,
  explanation: 'When data are collected from the person, the notice must say whether providing them is a legal or contractual requirement or needed to enter a contract, whether the person must provide them, and what happens if they do not.',
  remedy: 'Say which data people must provide (and why: law, contract) and what happens if they do not (e.g. "without your e-mail address we cannot create your account").',
  anchorHeadings: [/\b(data|information)\b.{0,40}\b(we )?(collect|process)/],
  patterns: { any: [] },
});

export default { ...rule, detect };
