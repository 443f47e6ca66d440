// When the text shows that a regime applies that is not being checked (it addresses California
// residents, cites the GDPR, speaks of the EEA, of children under 13), say so once per regime, as
// information, with a quick fix that turns the regime on. The signal is the text itself: a lawyer
// who cites a law in the policy is telling us the law applies.

import { COPPA_RULE_URL, californiaCivilCodeUrl, gdprArticleUrl } from '../framework/legal';
import type { CheckRule, RawFinding, RuleContext } from '../framework/ruleTypes';
import type { RegimeId } from '../../types';

interface Signal {
  regime: RegimeId;
  name: string;
  /** What the text does that shows the regime applies, for the message. */
  why: string;
  pattern: RegExp;
}

const SIGNALS: Signal[] = [
  {
    regime: 'gdpr',
    name: 'GDPR',
    why: 'it cites the GDPR or addresses people in the EU/EEA or the UK',
    pattern: /\bgdpr\b|\bgeneral data protection regulation\b|\bregulation \(eu\) 2016\/679\b|\b(eea|european economic area)\b|\b(residents|individuals|users|people) (in|of) the (eu|european union|united kingdom|uk)\b|\bdata subjects?\b|\bsupervisory authorit(y|ies)\b/,
  },
  {
    regime: 'ccpa',
    name: 'CCPA/CPRA',
    why: 'it addresses California residents or cites the CCPA/CPRA',
    pattern: /\bccpa\b|\bcpra\b|\bcalifornia (consumer )?privacy (rights )?act\b|\bcalifornia (residents?|consumers?)\b|\b(your )?california privacy rights\b|\bcal(ifornia)?\.? civ(il)?\.? code\b|\b1798\.1\d\d\b|\bdo not sell (or share )?my\b/,
  },
  {
    regime: 'caloppa',
    name: 'CalOPPA',
    why: 'it addresses California residents or cites CalOPPA',
    pattern: /\bcaloppa\b|\bcalifornia online privacy protection act\b|\b22575\b|\bcalifornia (residents?|consumers?|users)\b|\bcalifornia do not track\b/,
  },
  {
    regime: 'coppa',
    name: 'COPPA',
    why: 'it cites COPPA or speaks of children under 13',
    pattern: /\bcoppa\b|\bchildren'?s online privacy protection\b|\b(children|child|kids|users|individuals|anyone|persons?) (under|below|younger than) (the age of )?(13|thirteen)\b/,
  },
];

export const ENABLE_REGIME_COMMAND = 'privacyPolicy.enableRegime';

const rule: CheckRule = {
  kind: 'check',
  id: 'meta/regime-suggestion',
  family: 'meta',
  title: 'A regime that is not checked seems to apply',
  refs: [],
  defaultSeverity: 'information',
  docUrl: gdprArticleUrl(3),
  explanation: 'The text suggests that a law applies which this check does not cover; turning it on adds that law’s disclosure checks.',
  run(ctx: RuleContext): RawFinding[] {
    const active = new Set(ctx.options.regimes);
    const out: RawFinding[] = [];
    for (const signal of SIGNALS) {
      if (active.has(signal.regime)) continue;
      // A heading says it as plainly as a sentence ("Your California Privacy Rights").
      const sentence = ctx.doc.sentences.find((s) => signal.pattern.test(s.norm));
      const heading = ctx.doc.headings.find((h) => signal.pattern.test(ctx.doc.norm.slice(h.start, h.end)));
      const first = !heading || (sentence && sentence.start < heading.start) ? sentence : heading;
      if (!first) continue;
      const title = `Check this policy against ${signal.name}`;
      out.push({
        start: first.start,
        end: first.end,
        severity: 'information',
        message: `${signal.name} seems to apply: ${signal.why}, but its disclosures are not being checked. Turn the ${signal.name} checks on (regime "${signal.regime}") to see what it requires.`,
        fixes: [{ title, kind: 'quickfix', isPreferred: true, edits: [], command: { id: ENABLE_REGIME_COMMAND, title, args: [signal.regime] } }],
      });
    }
    return out;
  },
};

/** Documentation link per regime, for hovers that explain a suggestion. */
export const REGIME_DOC_URLS: Record<RegimeId, string> = {
  gdpr: gdprArticleUrl(3),
  ccpa: californiaCivilCodeUrl('1798.100'),
  caloppa: 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=BPC&sectionNum=22575',
  coppa: COPPA_RULE_URL,
};

export default rule;
