// A detector's sentences, computed once per check. Two packs may share one detector (the UK GDPR
// items reuse the GDPR items' detectors): with both packs on, the second asks for what the first
// found instead of scanning the text again. Detectors are pure functions of the check's context.
import type { Sentence } from '../../model/document';
import type { RuleContext } from './ruleTypes';

type Detector = (ctx: RuleContext) => Sentence[];

export function detectOnce(ctx: RuleContext, detector: Detector): readonly Sentence[] {
  const found = ctx.memo('detectOnce', () => new Map<Detector, Sentence[]>());
  let sentences = found.get(detector);
  if (!sentences) {
    sentences = detector(ctx);
    found.set(detector, sentences);
  }
  return sentences;
}
