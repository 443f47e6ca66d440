// Sentence matching shared by the disclosure detectors. Patterns run on the sentence's
// normalised text (lower case, ASCII quotes), so they are written in lower case. Gaps between
// words are bounded (`[^.]{0,60}`), never nested, so no pattern can backtrack catastrophically.

import type { Sentence } from '../../model/document';
import type { RuleContext } from './ruleTypes';

export interface SentencePatterns {
  /** Any of these in a sentence discloses the item… */
  any: RegExp[];
  /** …unless one of these also matches (the same words in another sense). */
  unless?: RegExp[];
  /** Under a heading matching one of these… */
  sectionHeadings?: RegExp[];
  /** …a weaker cue is enough. */
  inSection?: RegExp[];
}

/** Normalised heading text per section index, computed once per check. */
export function sectionHeadingNorms(ctx: RuleContext): string[] {
  return ctx.memo('sectionHeadingNorms', () =>
    ctx.doc.sections.map((s) => (s.heading ? ctx.doc.norm.slice(s.heading.start, s.heading.end) : '')),
  );
}

export function findSentences(ctx: RuleContext, p: SentencePatterns): Sentence[] {
  const headings = sectionHeadingNorms(ctx);
  const out: Sentence[] = [];
  const sectionOk = new Map<number, boolean>();
  for (const s of ctx.doc.sentences) {
    if (p.unless && p.unless.some((r) => r.test(s.norm))) continue;
    if (p.any.some((r) => r.test(s.norm))) {
      out.push(s);
      continue;
    }
    if (p.sectionHeadings && p.inSection) {
      let ok = sectionOk.get(s.section);
      if (ok === undefined) {
        const h = headings[s.section];
        ok = h.length > 0 && p.sectionHeadings.some((r) => r.test(h));
        sectionOk.set(s.section, ok);
      }
      if (ok && p.inSection.some((r) => r.test(s.norm))) out.push(s);
    }
  }
  return out;
}

/** Sections whose heading matches one of the patterns, in document order. */
export function sectionsHeaded(ctx: RuleContext, patterns: RegExp[]): number[] {
  const headings = sectionHeadingNorms(ctx);
  const out: number[] = [];
  headings.forEach((h, i) => {
    if (h.length > 0 && patterns.some((r) => r.test(h))) out.push(i);
  });
  return out;
}
