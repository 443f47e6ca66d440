// Hover content for a position in a privacy policy: the GDPR article cited there, the defined
// term or named right, or the catalog items a sentence is evidence for. Markdown, in the voice
// of a careful colleague; links go to the official text on EUR-Lex.
//
// Priority: article reference > named right / defined term > evidence sentence.

import type { Analysis } from '../check';
import { getRule } from '../registry';
import { formatRefs, gdprArticleUrl, ukGdprArticleUrl } from '../law/legalRefs';
import { ArticleReference, detailSuffix, formatArticleReference } from '../law/citations';
import { GdprArticle, gdprArticle } from '../law/articles';
import { pointGloss, pointsOfDetail } from '../law/points';
import type { LegalTerm } from '../law/terms';
import { lawIndex, rangeAt, rangesAt, textIndex } from './lawIndex';
import { buildDocumentModel, PolicyDocument } from '../model/document';
import { withFindingExplanation } from './findingHover';
import { readabilityHoverAt } from './readability';
import { definedTermHover } from './definedTerms';

export interface HoverResult {
  start: number;
  end: number;
  markdown: string;
}

/** EUR-Lex page of the whole Regulation (the article URL without its anchor). */
export const GDPR_REGULATION_URL = gdprArticleUrl(1).replace(/#.*$/, '');

/**
 * The hover at `offset` (UTF-16 offset into the analysed text), or undefined. Over a finding, the
 * rule's explanation comes first (features/explanation.ts), then what else is there.
 */
export function hoverAt(analysis: Analysis, offset: number): HoverResult | undefined {
  return withFindingExplanation(analysis.report, offset, contentHoverAt(analysis, offset));
}

function contentHoverAt(analysis: Analysis, offset: number): HoverResult | undefined {
  const fromText = textHoverAt(analysis.doc, offset);
  if (fromText) return fromText;
  const index = lawIndex(analysis);
  const spans = rangesAt(index.evidence, offset);
  if (spans.length > 0) {
    const ids = [...new Set(spans.flatMap((s) => s.ids))];
    const inner = spans[spans.length - 1];
    const shortfalls = new Map(analysis.report.disclosures.filter((d) => d.status === 'insufficient' && d.shortfall).map((d) => [d.id, d.shortfall!.message]));
    return { start: inner.start, end: inner.end, markdown: evidenceMarkdown(ids, shortfalls) };
  }
  return undefined;
}

/**
 * The hovers that need the text only (an article reference, a term or named right): the server
 * answers them from the document model while the check of the same version is still running.
 */
function referenceOrTermHoverAt(doc: PolicyDocument, offset: number, draftTerms = false): HoverResult | undefined {
  const index = textIndex(doc);
  const ref = rangeAt(index.references, offset);
  if (ref) return { start: ref.start, end: ref.end, markdown: articleReferenceMarkdown(ref, citesUkGdpr(doc, ref)) };
  // The draft's own definition comes before the law's: it is what the text means by the term.
  // Whole documents only: a paragraph alone does not know where a term is defined.
  const own = draftTerms ? definedTermHover(doc, offset) : undefined;
  if (own) return own;
  const term = rangeAt(index.terms, offset);
  if (term) return { start: term.start, end: term.end, markdown: legalTermMarkdown(term.term) };
  return undefined;
}

/** The text-only hovers of the whole document: those above, then a section heading's readability. */
export function textHoverAt(doc: PolicyDocument, offset: number): HoverResult | undefined {
  return referenceOrTermHoverAt(doc, offset, true) ?? readabilityHoverAt(doc, offset);
}

/** How far around the offset textHoverNear looks for the paragraph's ends. */
const NEAR = 4000;

/**
 * The same hovers from the paragraph around `offset` alone, for a version whose document model
 * is not built yet (on a 3 MB draft, building it takes longer than a hover may). Citations and
 * terms never span paragraphs, so the paragraph is all the context they need.
 */
export function textHoverNear(text: string, offset: number): HoverResult | undefined {
  const from = Math.max(0, offset - NEAR);
  const before = text.lastIndexOf('\n\n', offset);
  const start = before >= from ? before + 2 : from;
  const after = text.indexOf('\n\n', offset);
  const end = after >= 0 && after <= offset + NEAR ? after : Math.min(text.length, offset + NEAR);
  // A paragraph is no section: its readability waits for the whole document's model.
  const h = referenceOrTermHoverAt(buildDocumentModel(text.slice(start, end), 'plaintext'), offset - start);
  return h && { ...h, start: h.start + start, end: h.end + start };
}

/** A citation of the UK GDPR alone ("Art. 6(1)(b) UK GDPR"), not of both laws ("EU and UK GDPR"). */
function citesUkGdpr(doc: PolicyDocument, ref: ArticleReference): boolean {
  const cited = doc.norm.slice(ref.start, ref.end);
  return /\buk[ \t\n]{1,3}gdpr\b/.test(cited) && !/\beu\b/.test(cited);
}

/** The UK's text of the article: the retained Regulation as amended, which may differ from the EU's. */
function ukNote(article: number): string {
  return `*UK GDPR:* the UK kept this article in its retained version of the Regulation, as amended since; the UK text may differ from the EU text summarised here. [UK GDPR text on legislation.gov.uk](${ukGdprArticleUrl(article)})`;
}

/** `uk`: the text cites the UK GDPR; the hover names it and links the UK text too. */
export function articleReferenceMarkdown(ref: ArticleReference, uk = false): string {
  if (ref.articles.length === 0) {
    return [
      '**Regulation (EU) 2016/679 — General Data Protection Regulation (GDPR)**',
      'The EU\'s general data protection law, applicable since 25 May 2018 to the processing of personal data by businesses and public bodies. ' +
        'For a privacy policy, the key provisions are the information duties in Art. 13 and 14 and the rights in Art. 15–22 and 77.',
      `[Official text on EUR-Lex](${GDPR_REGULATION_URL})`,
    ].join('\n\n');
  }
  const articles = ref.articles.map(gdprArticle).filter((a): a is GdprArticle => a !== undefined);
  if (articles.length === 1) {
    const a = articles[0];
    const md = singleArticleMarkdown(a, `Art. ${a.number}${detailSuffix(ref.detail)} ${uk ? 'UK GDPR' : 'GDPR'}`, pointLines(a.number, ref.detail));
    return uk ? `${md}\n\n${ukNote(a.number)}` : md;
  }
  const lines = [`**${formatArticleReference(ref)}** — ${articles.length} articles:`, ''];
  for (const a of articles) lines.push(`- [Art. ${a.number} — ${a.title}](${a.url})`);
  if (uk && articles.length > 0) lines.push('', ukNote(articles[0].number));
  return lines.join('\n');
}

/** "Point (f): legitimate interests …" for the points cited, where we have a gloss. */
function pointLines(article: number, detail: string | undefined): string[] {
  const cited = pointsOfDetail(detail);
  if (!cited) return [];
  const lines: string[] = [];
  for (const p of cited.points) {
    const gloss = pointGloss(article, cited.paragraph, p);
    if (gloss) lines.push(`Art. ${article}(${cited.paragraph})(${p}): ${gloss}.`);
  }
  return lines.length > 0 ? [lines.map((l) => `- ${l}`).join('\n')] : [];
}

function singleArticleMarkdown(a: GdprArticle, cite: string, points: string[] = []): string {
  const parts = [`**${cite} — ${a.title}**`, `*Chapter ${a.chapter.number}: ${a.chapter.title}*`, ...points];
  if (a.explanation) parts.push(a.explanation);
  if (a.inPolicy) parts.push(`*In a privacy policy:* ${a.inPolicy}`);
  parts.push(`[Official text on EUR-Lex](${a.url})`);
  return parts.join('\n\n');
}

export function legalTermMarkdown(term: LegalTerm): string {
  const main = term.articles[0];
  const cite = term.kind === 'definition' ? `GDPR Art. 4(${term.point})` : `GDPR ${term.articles.map((n) => `Art. ${n}`).join(', ')}`;
  const label = term.kind === 'definition' ? `“${term.label}”` : term.label;
  const parts = [`**${label}** — ${cite}`, term.explanation];
  if (term.kind === 'right') {
    const a = gdprArticle(main);
    if (a?.inPolicy) parts.push(`*In a privacy policy:* ${a.inPolicy}`);
  }
  const related = term.articles.slice(term.kind === 'definition' ? 1 : 0).map(gdprArticle).filter((a): a is GdprArticle => a !== undefined);
  if (related.length > (term.kind === 'definition' ? 0 : 1)) {
    parts.push('See also: ' + related.map((a) => `[Art. ${a.number} — ${a.title}](${a.url})`).join(' · '));
  }
  parts.push(`[Official text on EUR-Lex](${gdprArticleUrl(main)})`);
  return parts.join('\n\n');
}

/**
 * What a sentence is evidence for. An item that is only insufficient (`shortfalls`: id → what to
 * add) is "addressed, but falls short", never "disclosed".
 */
export function evidenceMarkdown(ids: readonly string[], shortfalls: ReadonlyMap<string, string> = new Map()): string {
  const items = ids.map((id) => {
    const rule = getRule(id);
    const name = !rule ? id : rule.refs.length > 0 ? `**${rule.title}** (${formatRefs(rule.refs)})` : `**${rule.title}**`;
    const lacks = shortfalls.get(id);
    return lacks ? `${name}, but falls short: ${lacks}` : name;
  });
  const verb = ids.every((id) => shortfalls.has(id)) ? 'addresses' : 'discloses';
  if (items.length === 1) return `This sentence ${verb}: ${items[0]}`;
  return [`This sentence ${verb}:`, '', ...items.map((i) => `- ${i}`)].join('\n');
}
