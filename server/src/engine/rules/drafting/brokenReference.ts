// drafting/broken-reference: a reference to a part of the draft that is not there ("Section 12"
// in a draft numbered 1 to 9; "see the section “Cookie Choices”" with no such heading), or that
// points the wrong way ("Section 3 below" when Section 3 is above).
//
// When in doubt, nothing is said:
// - a number reference in a draft that numbers nothing: Word's automatic numbering and HTML
//   lists lose their digits when pasted as text, so the reader may well see "Section 5";
// - a deeper number than the draft ever writes ("clause 4.2.1" where only "4.2" is written);
// - a Roman numeral where headings are not numbered in Roman numerals;
// - a title that some heading or short line has in other words (all its content words, or all
//   but one of three or more), a title not said to be of this text ("in the ‘Profile’ section"
//   may be a screen of the app), or any title in a draft with fewer than two headings;
// - a direction unless a heading has the title word for word and every candidate lies the other way;
// - a missing target in a draft whose numbered headings skip numbers (1, 2, 3, 10): parts of the
//   text are missing, and the target may be among them;
// - references to the law or to other documents (see extract/crossReferences.ts).
import type { CheckRule, RawFinding } from '../framework/ruleTypes';
import type { PolicyDocument } from '../../model/document';
import { gdpr } from '../../law/legalRefs';
import { ArticleReference, articleReferences } from '../../law/citations';
import { CrossReference, findCrossReferences, notResolved, ReferenceTarget, resolveReference } from '../../extract/crossReferences';
import { sectionNumbering } from '../../model/sectionNumbers';

/** The references of a draft and where each leads, shared with the editor features. */
export interface CheckedReference {
  ref: CrossReference;
  targets: ReferenceTarget[];
  /** Why it is broken, as the diagnostic message; undefined when it is fine or cannot be judged. */
  problem?: string;
  /** For a wrong direction: the target, shown as a related location. */
  related?: ReferenceTarget;
}

export function checkReferences(doc: PolicyDocument, lawReferences?: readonly ArticleReference[]): CheckedReference[] {
  const numbering = sectionNumbering(doc);
  const out: CheckedReference[] = [];
  for (const ref of findCrossReferences(doc, lawReferences)) {
    const targets = resolveReference(doc, ref);
    const written = clip(doc.text.slice(ref.start, ref.end));
    const checked: CheckedReference = { ref, targets };
    out.push(checked);
    if (targets.length === 0) {
      if (numbering.gaps || notResolved(targets)) continue;
      if (ref.kind === 'number') {
        const label = ref.label!;
        const roman = !/^\d/.test(label);
        if (roman ? !numbering.roman : !numbering.numbersSections) continue;
        if (!roman && label.split('.').length > numbering.maxDepth) continue;
        checked.problem = `“${written}” points to nothing: no heading or paragraph of this policy is numbered ${label}.`;
      } else {
        if (doc.headings.length < 2 || !ref.cue) continue;
        checked.problem = `No heading matches “${clip(ref.title!)}”: the reference points to nothing; name the section as its heading reads.`;
      }
      continue;
    }
    const d = ref.direction;
    if (!d) continue;
    // A number is judged for direction only in a draft that numbers its sections.
    if (ref.kind === 'number' && !(/^\d/.test(ref.label!) ? numbering.numbersSections : numbering.roman)) continue;
    // Wrong way only when every candidate lies the other way, outside the part holding the
    // reference, and one of them has the title word for word.
    const sure = targets.filter((t) => t.exact);
    if (sure.length === 0 || targets.some((t) => inContentsList(doc, t))) continue;
    const wrong = targets.every((t) => (d.word === 'below' ? t.partEnd <= ref.start : t.start >= ref.end));
    if (!wrong) continue;
    const t = sure[0];
    const line = doc.lines.lineAt(t.start) + 1;
    const said = ref.kind === 'title' ? `“${clip(ref.title!)}” ${d.word}` : `“${written} ${d.word}”`;
    checked.problem = `${said} points the wrong way: “${clip(t.text)}” is ${d.word === 'below' ? 'above' : 'below'}, on line ${line}.`;
    checked.related = t;
  }
  return out;
}

/**
 * A heading with no text under it followed by another such: an entry of a table of contents,
 * which lists every section before the text — the section itself may be below.
 */
function inContentsList(doc: PolicyDocument, t: ReferenceTarget): boolean {
  const k = headingIndexAt(doc, t.start);
  if (k < 0) return false;
  const empty = (i: number) => i >= 0 && i + 1 < doc.headings.length && doc.text.slice(doc.headings[i].end, doc.headings[i + 1].start).trim().length === 0;
  return empty(k) && (empty(k - 1) || empty(k + 1));
}

const HEADING_AT = new WeakMap<PolicyDocument, Map<number, number>>();

function headingIndexAt(doc: PolicyDocument, start: number): number {
  let map = HEADING_AT.get(doc);
  if (!map) {
    map = new Map(doc.headings.map((h, i) => [h.start, i]));
    HEADING_AT.set(doc, map);
  }
  return map.get(start) ?? -1;
}

function clip(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 50 ? `${one.slice(0, 49)}…` : one;
}

export const brokenReference: CheckRule = {
  kind: 'check',
  id: 'drafting/broken-reference',
  family: 'drafting',
  title: 'Cross-reference that leads nowhere',
  refs: gdpr('12(1)'),
  defaultSeverity: 'warning',
  docUrl: 'https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=CELEX:32016R0679#art_12',
  explanation:
    'A reference to a section that does not exist, or that sends the reader above when the section is below, leaves them unable to find the information it promises; usually a heading was renumbered or renamed after the reference was written. Art. 12(1) GDPR asks for information in an easily accessible and intelligible form. Correct the number or title, or the direction, so the reader lands where the text means.',
  run(ctx) {
    const checked = ctx.memo('drafting/references', () => checkReferences(ctx.doc, articleReferences(ctx)));
    const out: RawFinding[] = [];
    for (const c of checked) {
      if (!c.problem) continue;
      const d = c.related ? c.ref.direction : undefined;
      const f: RawFinding = { start: d ? Math.min(c.ref.start, d.start) : c.ref.start, end: d ? Math.max(c.ref.end, d.end) : c.ref.end, message: c.problem };
      if (c.related) f.related = [{ start: c.related.start, end: c.related.end, message: `The section referred to: ${clip(c.related.text)}` }];
      out.push(f);
    }
    return out;
  },
};
