// How the draft is laid out, so that inserted text looks as if the drafter had typed it:
// line endings, blank lines between paragraphs, and the style of its headings.

import type { Heading, PolicyDocument } from '../model/document';

export interface Layout {
  eol: string;
  /** Between two paragraphs: a blank line, or a bare line break in compact plain text. */
  para: string;
}

const layouts = new WeakMap<PolicyDocument, Layout>();

export function layoutOf(doc: PolicyDocument): Layout {
  let l = layouts.get(doc);
  if (!l) {
    const eol = doc.lines.preferredEol();
    l = { eol, para: usesBlankLines(doc) ? eol + eol : eol };
    layouts.set(doc, l);
  }
  return l;
}

/** Markdown needs blank lines; plain text follows the draft (some drafts use none at all). */
function usesBlankLines(doc: PolicyDocument): boolean {
  if (doc.format === 'markdown') return true;
  const { lines, text } = doc;
  const first = doc.frontMatter ? lines.lineAt(doc.frontMatter.end) : 0;
  let blank = 0;
  let content = 0;
  for (let ln = first; ln < lines.lineCount; ln++) {
    const a = lines.lineStarts[ln];
    const b = lines.lineEnd(ln);
    let empty = true;
    for (let i = a; i < b; i++) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 9 && c !== 0xfeff) {
        empty = false;
        break;
      }
    }
    if (empty) blank++;
    else content++;
  }
  // Trailing newline aside, a draft with blank lines uses them between most blocks.
  return content <= 1 || blank * 4 >= content;
}

/** A heading line in the style of `like`: `## Title`, `Title` + underline, `**Title**`, `7. Title`, `TITLE`. */
export function headingLine(title: string, level: number, like: Heading | undefined, doc: PolicyDocument, number?: string): string {
  const { eol } = layoutOf(doc);
  // In Markdown only ATX, setext and bold lines render as headings; a heading the model
  // inferred from a plain title line is copied in the draft's Markdown heading style instead.
  if (doc.format === 'markdown' && like && !MARKDOWN_STYLES.has(like.style)) {
    const md = mostCommonHeading(doc, (h) => h.style === 'atx' || h.style === 'setext');
    like = md;
    level = md?.level ?? 2;
  }
  const style = like?.style ?? (doc.format === 'markdown' ? 'atx' : 'title');
  if (headingCase(doc) === 'sentence') title = sentenceCase(title);
  switch (style) {
    case 'atx':
      return `${'#'.repeat(Math.max(1, Math.min(6, level)))} ${number ? `${number} ` : ''}${title}`;
    case 'setext': {
      const line = number ? `${number} ${title}` : title;
      return `${line}${eol}${(level <= 1 ? '=' : '-').repeat(Math.max(3, line.length))}`;
    }
    case 'bold':
      return `**${number ? `${number} ` : ''}${title}**`;
    case 'numbered':
      return number ? `${number} ${title}` : title;
    case 'caps':
      return title.toUpperCase();
    default:
      return title;
  }
}

const MARKDOWN_STYLES = new Set<Heading['style']>(['atx', 'setext', 'bold']);

/** The draft's most frequent heading kind (level and style) among those `accept`s, the title aside; ties go to the higher level. */
export function mostCommonHeading(doc: PolicyDocument, accept: (h: Heading) => boolean = () => true): Heading | undefined {
  const counts = new Map<string, { n: number; h: Heading }>();
  for (const h of doc.headings) {
    if (h === doc.title || !accept(h)) continue;
    const k = `${h.level}/${h.style}`;
    const c = counts.get(k);
    if (c) c.n++;
    else counts.set(k, { n: 1, h });
  }
  let best: { n: number; h: Heading } | undefined;
  for (const c of counts.values()) if (!best || c.n > best.n || (c.n === best.n && c.h.level < best.h.level)) best = c;
  return best?.h;
}

/** Whether a heading's text starts with its number ("7. Contact", "## 3.2 Access", "4) Rights"), whatever its style. */
export function isNumbered(heading: Heading): boolean {
  return /^(?:\d{1,2}\.){0,4}\d{1,2}[.)]?\s/.test(heading.text);
}

/** The number that follows a numbered heading: "7." → "8.", "3.2" → "3.3", "4)" → "5)". */
export function nextNumber(heading: Heading): string | undefined {
  const m = /^((?:\d{1,2}\.)*)(\d{1,2})([.)]?)(?=\s)/.exec(heading.text);
  if (!m) return undefined;
  return `${m[1]}${Number(m[2]) + 1}${m[3]}`;
}

// ---- sentence case or Title Case ------------------------------------------------------

const cases = new WeakMap<PolicyDocument, 'sentence' | 'title' | undefined>();

/** Short words a Title Case heading leaves in lower case: they say nothing about the style. */
const MINOR = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'from', 'in', 'into', 'nor', 'of', 'on', 'or', 'per', 'the', 'to', 'via', 'with']);

/**
 * How the draft capitalises its headings: "What data we collect" (sentence case) or "What Data
 * We Collect" (Title Case), by counting the words after the first, minor words, acronyms and
 * ALL-CAPS headings aside. Undefined when the headings do not tell (then clauses keep their titles).
 */
export function headingCase(doc: PolicyDocument): 'sentence' | 'title' | undefined {
  if (cases.has(doc)) return cases.get(doc);
  let lower = 0;
  let upper = 0;
  for (const h of doc.headings) {
    if (h === doc.title || h.style === 'caps') continue;
    // The heading's words, its number and Markdown marks aside.
    const words = h.text.replace(/^#{0,6}[ \t]{0,8}(?:\d{1,2}(?:[.)]\d{1,2}){0,4}[.)]?[ \t]{1,8})?/, '').split(/\s+/).slice(1);
    for (const raw of words) {
      const w = lettersOnly(raw);
      if (w.length < 2 || MINOR.has(w.toLowerCase()) || w === w.toUpperCase()) continue;
      if (w[0] === w[0].toUpperCase()) upper++;
      else lower++;
    }
  }
  const c = lower + upper === 0 ? undefined : lower > upper ? 'sentence' : 'title';
  cases.set(doc, c);
  return c;
}

const LETTER = /[A-Za-z\u00c0-\u024f]/;

/** A word without the punctuation around it ("(Contact)," → "Contact"); a loop, not an end-anchored regex. */
function lettersOnly(word: string): string {
  let a = 0;
  let b = word.length;
  while (a < b && !LETTER.test(word[a])) a++;
  while (b > a && !LETTER.test(word[b - 1])) b--;
  return word.slice(a, b);
}

/** Names that keep their capital in sentence case (the clause titles are ours: the list is closed). */
const PROPER = /^(?:EU|EEA|UK|US|ICO|DPO|GDPR|California|Texas|European|Union|Commission|Do Not Track)$/;

/** "Right to Lodge a Complaint" → "Right to lodge a complaint"; acronyms and "Do Not Track" stay. */
export function sentenceCase(title: string): string {
  const protectedTitle = title.replace(/Do Not Track/g, 'Do\u00a0Not\u00a0Track');
  return protectedTitle
    .split(' ')
    .map((w, i) => {
      if (i === 0 || PROPER.test(w.replace(/\u00a0/g, ' ')) || w === w.toUpperCase()) return i === 0 ? w.replace(/-(\p{Lu})(?=\p{Ll})/gu, (_m, c: string) => `-${c.toLowerCase()}`) : w;
      return w.replace(/(^|-)(\p{Lu})(?=\p{Ll}|-|$)/gu, (_m, pre: string, c: string) => pre + c.toLowerCase());
    })
    .join(' ')
    .replace(/\u00a0/g, ' ');
}
