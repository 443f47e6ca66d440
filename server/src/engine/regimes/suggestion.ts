// When the text shows that a law applies that is not being checked (it addresses California
// residents, cites the GDPR, speaks of the EEA, of children under 13), say so once per law, as
// information, with a quick fix that turns its pack on. The signal is the text itself: a lawyer
// who cites a law in the policy is telling us the law applies. Each pack says what its signal is.

import { gdprArticleUrl } from '../law/legalRefs';
import type { CheckRule, RawFinding, RuleContext } from '../rules/framework/ruleTypes';
import { ENABLE_REGIME_COMMAND } from '../commands';
import { headingNorms } from '../model/headings';
import { PACKS } from '.';

const rule: CheckRule = {
  kind: 'check',
  id: 'meta/regime-suggestion',
  family: 'meta',
  title: 'A regime that is not checked seems to apply',
  refs: [],
  defaultSeverity: 'information',
  docUrl: gdprArticleUrl(3),
  explanation: 'The text suggests that a law applies which this check does not cover: a lawyer who cites a law, or addresses its readers, is telling us it applies. Turning it on (the quick fix, the `privacyPolicy.regimes` setting, `regimes` in the processing profile or `--regime` on the command line) adds that law’s disclosure checks.',
  run(ctx: RuleContext): RawFinding[] {
    const active = new Set(ctx.options.regimes);
    const out: RawFinding[] = [];
    for (const pack of PACKS) {
      const signal = pack.suggestion;
      if (!signal || active.has(pack.id)) continue;
      // A heading says it as plainly as a sentence ("Your California Privacy Rights").
      const sentence = ctx.doc.sentences.find((s) => signal.pattern.test(s.norm));
      const heading = ctx.doc.headings[headingNorms(ctx.doc).findIndex((h) => signal.pattern.test(h))];
      const first = !heading || (sentence && sentence.start < heading.start) ? sentence : heading;
      if (!first) continue;
      const title = `Check this policy against ${pack.label}`;
      out.push({
        start: first.start,
        end: first.end,
        severity: 'information',
        message: `${pack.label} seems to apply (${signal.why}) but is not checked: turn on regime "${pack.id}".`,
        fixes: [{ title, kind: 'quickfix', isPreferred: true, edits: [], command: { id: ENABLE_REGIME_COMMAND, title, args: [pack.id, pack.label] } }],
      });
    }
    return out;
  },
};

export default rule;
