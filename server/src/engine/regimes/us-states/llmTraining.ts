// Connecticut, from 1 July 2026: the privacy notice states whether the controller collects, uses or
// sells personal data to train large language models (Conn. Gen. Stat. § 42-520(c) as amended by
// Public Act 25-113, SB 1295). A statement either way discloses it.
import type { RuleContext } from '../../rules/framework/ruleTypes';
import { stateRequirement, usItem } from './define';

/** The day Public Act 25-113 took effect. */
const IN_FORCE = Date.UTC(2026, 6, 1);

export default usItem({
  name: 'llm-training',
  title: 'Training of large language models (Connecticut)',
  refs: [['CT', '42-520(c) (as amended by P.A. 25-113)']],
  explanation: 'Since 1 July 2026 a controller subject to the Connecticut Data Privacy Act must say in its privacy notice whether it collects, uses or sells personal data to train large language models.',
  remedy: 'State whether you collect, use or sell personal data to train large language models (e.g. "We do not use personal data to train large language models.").',
  anchorHeadings: [/\bconnecticut\b/, /\b(artificial intelligence|ai)\b/, /\bhow we use\b/],
  patterns: {
    cues: ['train'],
    any: [
      /\btrain\w*\b[^.]{0,80}\b(large language models?|llms?|(ai|artificial intelligence|machine[- ]learning|generative( ai)?|language) (models?|systems?|tools?))\b/,
      /\b(large language models?|llms?)\b[^.]{0,80}\btrain\w*/,
    ],
  },
  requirement: (ctx: RuleContext) => {
    if (ctx.options.now.getTime() < IN_FORCE) return { required: 'not-applicable', because: 'Public Act 25-113 takes effect on 1 July 2026' };
    return stateRequirement(ctx, ['CT'], 'Connecticut');
  },
});
