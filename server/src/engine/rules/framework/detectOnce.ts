// A detector's sentences, computed once per check. Two packs may share one detector (the UK GDPR
// items reuse the GDPR items' detectors): with both packs on, the second asks for what the first
// found instead of scanning the text again. Detectors are pure functions of the check's context.
import type { Sentence } from '../../model/document';
import type { DisclosureRule, RuleContext } from './ruleTypes';

type Detector = DisclosureRule['detect'];

/** The sentences `rule[which]` finds; the same detector (by identity) runs once per check. */
export function detectOnce(ctx: RuleContext, rule: DisclosureRule, which: 'detect' | 'detectPartial'): readonly Sentence[] {
  // Read without binding: the detector is the memo's key, shared by the items that reuse it.
  const detector = Reflect.get(rule, which);
  if (!detector) return [];
  const found = ctx.memo('detectOnce', () => new Map<Detector, Sentence[]>());
  let sentences = found.get(detector);
  if (!sentences) {
    sentences = detector.call(rule, ctx);
    found.set(detector, sentences);
  }
  return sentences;
}
