// An article cited for the wrong subject: a right cited with another right's article, or
// with the information duties (Art. 13/14) where the right itself lives elsewhere. Citing the
// information duty's own point for the right (Art. 13(2)(c) for withdrawing consent) is fine.
import { articleReferences, ArticleReference } from '../../law/citations';
import type { PolicyDocument } from '../../model/document';
import type { CheckRule, RawFinding } from '../framework/ruleTypes';
import { gdpr, gdprArticleUrl } from '../../law/legalRefs';
import { replaceFix, sentenceStartAt } from './shared';
import { clipQuote } from '../../text/quote';

interface Subject {
  name: string;
  re: RegExp;
  /** The article that grants the right, as it should be cited. */
  cite: string;
  article: number;
  /** Other articles that may properly be cited for it. */
  alsoOk: number[];
}

/** Rights (Art. 15–22, 7(3), 77) and a few neighbours a citation is commonly attached to. */
const SUBJECTS: Subject[] = [
  { name: 'the right of access', re: /right (?:of|to) access|right to (?:obtain|request) (?:access|a copy)/g, cite: '15', article: 15, alsoOk: [12] },
  { name: 'the right to rectification', re: /rectif|right to (?:correct|correction)/g, cite: '16', article: 16, alsoOk: [12, 19] },
  { name: 'the right to erasure', re: /erasure|right to be forgotten|right to (?:delete|deletion)/g, cite: '17', article: 17, alsoOk: [12, 19] },
  { name: 'the right to restriction of processing', re: /restriction of (?:the )?processing|right to restrict/g, cite: '18', article: 18, alsoOk: [12, 19] },
  { name: 'the right to data portability', re: /portability/g, cite: '20', article: 20, alsoOk: [12] },
  { name: 'the right to object', re: /right to object/g, cite: '21', article: 21, alsoOk: [6, 12] },
  { name: 'the right not to be subject to automated decisions', re: /automated (?:individual )?decision|solely automated/g, cite: '22', article: 22, alsoOk: [12] },
  { name: 'the right to withdraw consent', re: /withdraw(?:al of)? (?:your |this |the |their )?consent|revoke (?:your |this )?consent|revocation of (?:your )?consent/g, cite: '7(3)', article: 7, alsoOk: [6, 9] },
  { name: 'the right to lodge a complaint with a supervisory authority', re: /(?:lodge|file|make|submit) a complaint|right to complain/g, cite: '77', article: 77, alsoOk: [57, 78, 79] },
  { name: 'the legitimate-interests basis', re: /legitimate interests?/g, cite: '6(1)(f)', article: 6, alsoOk: [13, 14, 21] },
  { name: 'the data protection officer', re: /data protection officer/g, cite: '37', article: 37, alsoOk: [13, 14, 38, 39] },
];

/** How far back from a citation its subject may be named: a citation belongs to the words just before it. */
const WINDOW = 60;
/** "… object to processing based on Art. 6(1)(f)": the citation is about the processing, not the right. */
const REFERS_ELSEWHERE = /\b(?:based on|relying on|relies on|pursuant to|carried out (?:on|under)|processing (?:under|on the basis of)|on the basis of|as (?:defined|described|set out) in|referred to in|under)\b/;

export const wrongArticle: CheckRule = {
  kind: 'check',
  id: 'consistency/wrong-article',
  family: 'consistency',
  title: 'Article cited for the wrong subject',
  refs: gdpr('7(3)', '15', '16', '17', '18', '20', '21', '22', '77'),
  defaultSeverity: 'warning',
  docUrl: gdprArticleUrl(15),
  explanation:
    'A right cited with the wrong article (erasure with Art. 16, withdrawal of consent with Art. 13) misleads the reader who looks it up and undermines the policy’s credibility. Each right has its own article: access 15, rectification 16, erasure 17, restriction 18, portability 20, objection 21, automated decisions 22, withdrawal of consent 7(3), complaint 77.',
  run(ctx) {
    const doc = ctx.doc;
    const refs = articleReferences(ctx);
    const out: RawFinding[] = [];
    let prevEnd = 0;
    for (const ref of refs) {
      const from = Math.max(prevEnd, sentenceStartAt(doc, ref.start), ref.start - WINDOW);
      prevEnd = ref.end;
      if (ref.articles.length === 0 || ref.articles.length > 3) continue; // the whole Regulation, or a range of rights
      const subject = nearestSubject(doc, from, ref.start);
      if (!subject || isAcceptable(subject, ref)) continue;
      const written = doc.text.slice(ref.start, ref.end);
      const replacement = rewrite(written, subject.cite);
      out.push({
        start: ref.start,
        end: ref.end,
        message: describe(subject, ref, written),
        fixes: [replaceFix(`Replace with ${replacement}`, [ref], replacement, true)],
      });
    }
    return out;
  },
};

function nearestSubject(doc: PolicyDocument, from: number, to: number): Subject | undefined {
  if (to <= from) return undefined;
  const window = doc.norm.slice(from, to);
  let best: Subject | undefined;
  let bestEnd = -1;
  for (const s of SUBJECTS) {
    s.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = s.re.exec(window))) {
      const e = m.index + m[0].length;
      if (e > bestEnd) {
        best = s;
        bestEnd = e;
      }
    }
  }
  if (best && REFERS_ELSEWHERE.test(window.slice(bestEnd))) return undefined;
  return best;
}

function isAcceptable(s: Subject, ref: ArticleReference): boolean {
  const detail = ref.detail ?? '';
  // A citation down to the paragraph or point ("Art. 15(1)(f)") is deliberate; we judge bare articles only.
  if (detail !== '' && !(s.article === 7 && ref.articles[0] === 7)) return true;
  return ref.articles.some((a, i) => {
    if (a === s.article) return s.article !== 7 || i > 0 || detail === '' || detail.startsWith('(3)');
    if (s.alsoOk.includes(a)) return true;
    // The information duties list every right: fine with the point that names it, not bare.
    if (a === 13 || a === 14) return i === 0 && detail !== '';
    return false;
  });
}

function describe(s: Subject, ref: ArticleReference, written: string): string {
  const cited = ref.articles.map((a) => `Art. ${a}`).join(' and ');
  const what = ref.articles.every((a) => a === 13 || a === 14) ? 'the information duties' : ref.articles.map(subjectOf).join(' and ');
  return `“${clipQuote(written)}” is cited for ${s.name}, which is in Art. ${s.cite} GDPR (${cited}: ${what}).`;
}

const ARTICLE_SUBJECT: Record<number, string> = {
  5: 'the processing principles', 6: 'the lawfulness of processing', 7: 'the conditions for consent', 9: 'special categories of data',
  12: 'the modalities for exercising rights', 13: 'the information to give when data is collected from the data subject',
  14: 'the information to give when data is obtained elsewhere', 15: 'the right of access', 16: 'the right to rectification',
  17: 'the right to erasure', 18: 'the right to restriction', 19: 'notifying recipients of rectification or erasure',
  20: 'the right to data portability', 21: 'the right to object', 22: 'automated decisions', 77: 'complaints to a supervisory authority',
};

function subjectOf(a: number): string {
  return ARTICLE_SUBJECT[a] ?? `another subject (Art. ${a})`;
}

/** Keeps the drafter's style: "Art." or "Article", with or without "GDPR". */
function rewrite(written: string, cite: string): string {
  const word = /^article/i.test(written) ? 'Article' : 'Art.';
  const law = /\(?\b(gdpr|dsgvo|rgpd)\b\)?/i.exec(written);
  const of = /\bof the (gdpr|regulation)\b/i.exec(written);
  if (of) return `${word} ${cite} of the ${of[1]}`;
  return law ? `${word} ${cite} ${law[1]}` : `${word} ${cite}`;
}
