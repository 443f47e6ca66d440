// Finds references to GDPR articles in the forms lawyers write them:
//   "Art. 15 GDPR", "Article 6(1)(f)", "Art. 6 (1) lit. f GDPR", "Art. 6 para. 1 sentence 1 lit. a GDPR",
//   "Articles 15 to 22", "Arts. 15-22", "Art. 13 and Art. 14 GDPR", "Article 77 of the GDPR",
//   "Art. 6(1)(a) and (b)", "Article 6 paragraph 1 point (f)", "Art. 6 Abs. 1 lit. f DSGVO",
// and references to the whole Regulation ("Regulation (EU) 2016/679", "General Data Protection
// Regulation").
//
// What counts as a GDPR reference:
//   - an article cited with a GDPR suffix or prefix ("… GDPR", "… of the GDPR", "GDPR Art. 15",
//     "… DSGVO", "… RGPD", "… of Regulation (EU) 2016/679") is one;
//   - an article cited with another law or document ("Art. 6 BDSG", "Article 5 of our Terms",
//     "Article 8 of the Charter", "Article 29 Working Party") is not;
//   - a bare "Article 15" is one only when the document names the GDPR somewhere and every
//     article number is 1..99 (the Regulation has 99 articles).
//
// One scan of `doc.norm` (lower-cased, same offsets as the text); each candidate is parsed by a
// small hand-written parser with sticky, bounded regular expressions, so the cost is linear.

import type { PolicyDocument } from '../model/document';
import type { DocumentContext } from '../model/context';

export interface ArticleNumberSpan {
  start: number;
  end: number;
  article: number;
}

export interface ArticleReference {
  /** UTF-16 offsets into the text; `end` exclusive. Includes a trailing "GDPR"/"of the GDPR". */
  start: number;
  end: number;
  /** The articles cited, in order, ranges expanded ("Articles 15 to 22" → 15..22). Empty = the whole Regulation. */
  articles: number[];
  /** Paragraph/point/sentence of the first article, normalised: "(1)(f)", "(1)(a), sentence 1", "(1)(a), (b)". */
  detail?: string;
  law: 'GDPR';
  /** Where each article number is written (document links target these): "Articles 15 to 22" → 15 and 22. */
  numbers: ArticleNumberSpan[];
}

const GDPR_MAX_ARTICLE = 99;

// ---- sticky / bounded patterns (all applied to doc.norm, which is lower-case) ----

/** The start of a citation: "art.", "article", "articles", "arts.", "artikel", "art" followed by a number. */
const START = /\b(?:articles?|arts?|artikel|artt)\b\.?[ \t]{0,3}(?=\d)/g;
const NUMBER = /(\d{1,3})(?![\d]|[a-z])/y;
/** Another article keyword inside a list: "… and Art. 14". */
const KEYWORD = /(?:articles?|arts?|artikel)\b\.?[ \t]{0,3}(?=\d)/y;

const PAREN_NUM = /[ \t]{0,2}\([ \t]?(\d{1,2})[ \t]?\)/y;
const PAREN_LETTER = /[ \t]{0,2}\([ \t]?([a-z]|[ivx]{2,5})[ \t]?\)/y;
const DOT_NUM = /\.(\d{1,2})(?![\d])/y;
const DOT_LETTER = /\.([a-z])(?![a-z\d])/y;
const PARAGRAPH = /,?[ \t]{0,2}(?:paragraphs?|paras?|par|abs|absatz|sec|section)\b\.?[ \t]{0,2}\(?(\d{1,2})\)?(?!\d)/y;
const SENTENCE = /,?[ \t]{0,2}(?:sentence|sent\.|satz|s\.)[ \t]{0,2}(\d{1,2})(?!\d)/y;
const SUBPARAGRAPH = /,?[ \t]{0,2}(?:subparagraph|subpara\.?|uabs\.?|unterabsatz)[ \t]{0,2}(\d{1,2})(?!\d)/y;
const POINT = /,?[ \t]{0,2}(?:lit(?:era)?|letter|points?|let|buchst(?:abe)?|item)\b\.?[ \t]{0,2}\(?([a-z]|[ivx]{2,5})\)?(?![a-z])/y;
const NUMBERED = /,?[ \t]{0,2}(?:no|nr|number)\.?[ \t]{0,2}(\d{1,2})(?!\d)/y;
const ET_SEQ = /,?[ \t]{0,2}(?:et[ \t]?seq\.?|ff\.)/y;
/** A lone letter continuing a list of points: "lit. a and b". */
const BARE_LETTER = /([a-z])\)?(?![a-z\d])/y;

/** Joins two items of a list: ", ", " and ", " or ", " to ", "-", " through ", German "bis"/"und". */
const CONJ = /[ \t]{0,2}(,|;|&|-|\/|and\b|or\b|to\b|through\b|until\b|bis\b|und\b|as[ \t]well[ \t]as\b)[ \t]{0,3}/y;
/** Units after a bare number show it is not an article ("Article 12 and 30 days"). */
const NOT_ARTICLE_AFTER = /[ \t]{0,2}(?:days?|weeks?|months?|years?|hours?|minutes?|%|percent|per\b|euros?|eur\b|usd|dollars?|times|employees|people|persons|users|members|countries|pages|characters|words)/y;

// Law suffixes / prefixes.
const GDPR_NAME = '(?:(?:eu|uk)[ \\t\\n]{1,3}(?:and|&|/)[ \\t\\n]{1,3}(?=eu|uk))?(?:(?:eu|uk|european[ \\t\\n]union|european)[ \\t\\n]{1,3})?(?:gdpr|dsgvo|rgpd|general[ \\t\\n]data[ \\t\\n]protection[ \\t\\n]regulation|regulation[ \\t\\n]{1,3}(?:\\(eu\\)[ \\t\\n]{0,3})?(?:no\\.?[ \\t\\n]{0,3})?2016/679)(?![a-z\\d])';
const GDPR_SUFFIX = new RegExp(`[ \\t]{0,3}(?:of[ \\t\\n]{1,3}(?:the[ \\t\\n]{1,3})?)?${GDPR_NAME}`, 'y');
const GDPR_SUFFIX_PAREN = /[ \t]{0,3}\((?:eu[ \t]|uk[ \t])?(?:gdpr|dsgvo|rgpd)\)/y;
const THE_REGULATION = /[ \t]{0,3}of[ \t\n]{1,3}the[ \t\n]{1,3}regulation(?![a-z])(?![ \t\n]{0,3}\((?:eu|ec|eec)\))/y;
/** Another law's name right after the number. */
const OTHER_LAW = /[ \t]{0,3}(?:of[ \t\n]{1,3}(?:the[ \t\n]{1,3})?)?(?:bdsg|tkg|ttdsg|tdddg|tmg|echr|tfeu|teu|lgpd|pipeda|fadp|revdsg|ndsg|dsg|bgb|ccpa|cpra|kdg|uwg|hipaa|ferpa|coppa|(?:data[ \t]protection[ \t])?working[ \t]party|wp)(?![a-z])/y;
/** "of our Terms", "of the Charter", "of these Terms": a document other than the GDPR. */
const OTHER_OF = /[ \t]{0,3}of[ \t\n]{1,3}(?:the|our|these|this|its|their|your|regulation|directive|law|act|decision|convention|[a-z])/y;
/** An all-caps acronym after a mixed-case citation ("Art. 6 BayDSG", "Article 9 LPD"): another law. */
const CAPS_ACRONYM = /[ \t]{1,3}(?:of[ \t]{1,3}(?:the[ \t]{1,3})?)?[A-Z][A-Za-z]{0,4}[A-Z]{1,6}\b/y;

const GDPR_PREFIX = /(?:gdpr|dsgvo|rgpd|general data protection regulation|2016\/679)[ \t]{0,2}[,:]?[ \t]{0,2}$/;
const OTHER_PREFIX = /(?:bdsg|tkg|ttdsg|tdddg|tmg|echr|tfeu|lgpd|fadp|ccpa|cpra|directive[ \t]{1,3}\d{2,4}\/\d{1,4}(?:\/e[cu])?)[ \t]{0,2}[,:]?[ \t]{0,2}$/;

/** Does the document name the GDPR anywhere? Then a bare "Article 15" is read as a GDPR article. */
const NAMES_GDPR = /\b(?:gdpr|dsgvo|rgpd|general data protection regulation)\b|2016\/679/;

/** Whole-Regulation references. */
const WHOLE_REGULATION = /(?:\bregulation[ \t\n]{0,3}(?:\((?:eu|ec)\)[ \t\n]{0,3})?(?:no\.?[ \t\n]{0,3})?|\(eu\)[ \t\n]{0,3}|\beu[ \t\n]{0,3})?\b2016\/679(?!\d)|\bgeneral[ \t\n]data[ \t\n]protection[ \t\n]regulation\b/g;

function at(re: RegExp, s: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(s);
}

/** Qualifiers of the first article: "(1)", "(f)" go in `parens`; sentence, subparagraph, further points in `notes`. */
interface Details {
  parens: string[];
  notes: string[];
}

interface Parsed {
  end: number;
  articles: number[];
  numbers: ArticleNumberSpan[];
  details: Details;
}

/** Parses paragraph/point/sentence qualifiers after an article number; returns the new position. */
function parseDetails(s: string, pos: number, out: Details): number {
  for (let guard = 0; guard < 12; guard++) {
    let m: RegExpExecArray | null;
    if (
      (m = at(PAREN_NUM, s, pos)) ||
      (m = at(PARAGRAPH, s, pos)) ||
      (m = at(NUMBERED, s, pos)) ||
      (m = at(PAREN_LETTER, s, pos)) ||
      (m = at(POINT, s, pos)) ||
      (m = at(DOT_NUM, s, pos)) ||
      (out.parens.length > 0 && (m = at(DOT_LETTER, s, pos)))
    ) {
      out.parens.push(`(${m[1]})`);
    } else if ((m = at(SENTENCE, s, pos))) {
      out.notes.push(`, sentence ${m[1]}`);
    } else if ((m = at(SUBPARAGRAPH, s, pos))) {
      out.notes.push(`, subparagraph ${m[1]}`);
    } else if ((m = at(ET_SEQ, s, pos))) {
      out.notes.push(' et seq.');
    } else {
      return pos;
    }
    pos = m.index + m[0].length;
  }
  return pos;
}

function parseCitation(s: string, numStart: number): Parsed | undefined {
  const first = at(NUMBER, s, numStart);
  if (!first) return undefined;
  const n0 = Number(first[1]);
  const parsed: Parsed = { end: numStart + first[1].length, articles: [n0], numbers: [{ start: numStart, end: numStart + first[1].length, article: n0 }], details: { parens: [], notes: [] } };
  parsed.end = parseDetails(s, parsed.end, parsed.details);

  for (let guard = 0; guard < 40; guard++) {
    const c = at(CONJ, s, parsed.end);
    if (!c) break;
    const conj = c[1];
    const next = c.index + c[0].length;
    const isRange = conj === '-' || conj === 'to' || conj === 'through' || conj === 'until' || conj === 'bis';
    // Another article, with or without its keyword.
    const kw = at(KEYWORD, s, next);
    const numPos = kw ? kw.index + kw[0].length : next;
    const num = at(NUMBER, s, numPos);
    if (num && !at(NOT_ARTICLE_AFTER, s, numPos + num[1].length)) {
      // "-" only joins numbers written tight ("15-22", "15 - 22"); not "Art. 6 - the …".
      const n = Number(num[1]);
      const prev = parsed.articles[parsed.articles.length - 1];
      if (isRange && n > prev && n - prev < GDPR_MAX_ARTICLE) {
        for (let a = prev + 1; a <= n; a++) parsed.articles.push(a);
      } else if (isRange) {
        break;
      } else {
        parsed.articles.push(n);
      }
      parsed.numbers.push({ start: numPos, end: numPos + num[1].length, article: n });
      // Qualifiers of later articles are read (so the range covers them) but not kept.
      parsed.end = parseDetails(s, numPos + num[1].length, { parens: [], notes: [] });
      continue;
    }
    // "Art. 6(1)(a)-(f)": a range of points of the same article.
    const lastParen = parsed.details.parens[parsed.details.parens.length - 1];
    if (isRange && !kw && parsed.articles.length === 1 && /^\([a-z]\)$/.test(lastParen ?? '')) {
      const to = at(PAREN_LETTER, s, next);
      if (to && to[1].length === 1 && to[1] > lastParen[1]) {
        parsed.details.notes.push(`–(${to[1]})`);
        parsed.end = to.index + to[0].length;
        continue;
      }
    }
    if (isRange || kw) break;
    // "(a) and (b)", "lit. a and b": more points of the same article.
    if (parsed.articles.length === 1 && parsed.details.parens.length > 0 && conj !== ';' && conj !== '/') {
      const more: Details = { parens: [], notes: [] };
      let p = parseDetails(s, next, more);
      if (more.parens.length === 0 && more.notes.length === 0) {
        // "lit. a and b": a lone letter after the last point letter ("and a controller", "and I" are words).
        const b = at(BARE_LETTER, s, next);
        const last = /\(([a-z])\)$/.exec(parsed.details.parens[parsed.details.parens.length - 1]);
        if (b && last && b[1] > last[1] && b[1] !== 'i' && /^(?:and|or|,)$/.test(conj)) {
          more.parens.push(`(${b[1]})`);
          p = b.index + b[0].length;
        }
      }
      if (more.parens.length > 0) {
        parsed.details.notes.push(`, ${more.parens.join('')}`, ...more.notes);
        parsed.end = p;
        continue;
      }
    }
    break;
  }
  return parsed;
}

/** 'regulation': "… of the Regulation", a GDPR article when the document names the GDPR. */
type Law = 'gdpr' | 'other' | 'regulation' | 'unknown';

/** Decides the law from what follows the citation; returns the law and the end including a GDPR suffix. */
function lawAfter(doc: PolicyDocument, end: number, citationIsCaps: boolean): { law: Law; end: number } {
  const s = doc.norm;
  let m = at(GDPR_SUFFIX, s, end) ?? at(GDPR_SUFFIX_PAREN, s, end);
  if (m) return { law: 'gdpr', end: m.index + m[0].length };
  if ((m = at(THE_REGULATION, s, end))) return { law: 'regulation', end: m.index + m[0].length };
  if (at(OTHER_LAW, s, end) || at(OTHER_OF, s, end)) return { law: 'other', end };
  if (!citationIsCaps && at(CAPS_ACRONYM, doc.text, end)) return { law: 'other', end };
  return { law: 'unknown', end };
}

function lawBefore(doc: PolicyDocument, start: number): Law {
  const before = doc.norm.slice(Math.max(0, start - 48), start);
  if (GDPR_PREFIX.test(before)) return 'gdpr';
  if (OTHER_PREFIX.test(before)) return 'other';
  return 'unknown';
}

/** Lines that open with "Article 1 –", "ARTICLE 2:", "Art. 3." (a separator, not a citation's qualifier or law). */
const OWN_ARTICLE_LINE = /^[ \t>#*_]{0,8}(?:article|art\.?)[ \t]{1,3}(\d{1,3})(?![\d(.]\d)[ \t]{0,3}(?:[-:.)|]|$)/gm;

/** Does the document number its own clauses as articles (at least two, starting at 1 or 2)? */
function numbersOwnArticles(norm: string): boolean {
  const seen = new Set<number>();
  OWN_ARTICLE_LINE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = OWN_ARTICLE_LINE.exec(norm))) {
    seen.add(Number(m[1]));
    if (seen.size >= 2 && (seen.has(1) || seen.has(2))) return true;
  }
  return false;
}

/** Every GDPR reference in the document, in text order. Linear in the text size. */
export function findArticleReferences(doc: PolicyDocument): ArticleReference[] {
  const s = doc.norm;
  const namesGdpr = NAMES_GDPR.test(s);
  const ownNumbering = numbersOwnArticles(s);
  const refs: ArticleReference[] = [];
  START.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = START.exec(s))) {
    const start = m.index;
    const parsed = parseCitation(s, start + m[0].length);
    if (!parsed) continue;
    // "§ 26 BDSG" never starts a candidate (only "Art."/"Article" do). An all-caps acronym after
    // a mixed-case citation names another law; in an all-caps line it is just the line's style.
    const keyword = doc.text.slice(start, start + 3);
    const citationIsCaps = keyword === keyword.toUpperCase();
    const after = lawAfter(doc, parsed.end, citationIsCaps);
    let law = after.law;
    if (law === 'regulation') law = namesGdpr ? 'gdpr' : 'other';
    if (law === 'unknown') law = lawBefore(doc, start);
    // A document that numbers its own clauses "Article 1 – …", "Article 2 – …" means its own
    // clauses by a bare "Article 8"; only a GDPR-qualified citation is the Regulation's.
    if (law === 'unknown' && ownNumbering) law = 'other';
    if (law === 'unknown') law = namesGdpr ? 'gdpr' : 'other';
    const inRange = parsed.articles.every((a) => a >= 1 && a <= GDPR_MAX_ARTICLE);
    START.lastIndex = Math.max(after.end, parsed.end);
    if (law !== 'gdpr' || !inRange) continue;
    const ref: ArticleReference = { start, end: after.end, articles: parsed.articles, law: 'GDPR', numbers: parsed.numbers };
    const detail = (parsed.details.parens.join('') + parsed.details.notes.join('')).replace(/^, /, '').trim();
    if (detail) ref.detail = detail;
    refs.push(ref);
  }

  // The whole Regulation, where it is not already part of an article citation.
  const whole: ArticleReference[] = [];
  WHOLE_REGULATION.lastIndex = 0;
  let r = 0;
  while ((m = WHOLE_REGULATION.exec(s))) {
    const start = m.index;
    const end = start + m[0].length;
    while (r < refs.length && refs[r].end <= start) r++;
    if (r < refs.length && refs[r].start < end) continue;
    whole.push({ start, end, articles: [], law: 'GDPR', numbers: [] });
  }
  if (whole.length === 0) return refs;
  return mergeByStart(refs, whole);
}

function mergeByStart(a: ArticleReference[], b: ArticleReference[]): ArticleReference[] {
  const out: ArticleReference[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i].start <= b[j].start)) out.push(a[i++]);
    else out.push(b[j++]);
  }
  return out;
}

/** For rules: the document's GDPR references, computed once per check. */
export function articleReferences(ctx: DocumentContext): ArticleReference[] {
  return ctx.memo('law/articleReferences', () => findArticleReferences(ctx.doc));
}

/** "Art. 6(1)(f) GDPR", "Art. 15–22 GDPR", "Regulation (EU) 2016/679" — a canonical label for a reference. */
export function formatArticleReference(ref: ArticleReference): string {
  if (ref.articles.length === 0) return 'Regulation (EU) 2016/679 (GDPR)';
  const first = ref.articles[0];
  const last = ref.articles[ref.articles.length - 1];
  const contiguous = ref.articles.length > 2 && last - first === ref.articles.length - 1;
  if (contiguous) return `Art. ${first}–${last} GDPR`;
  if (ref.articles.length === 1) return `Art. ${first}${detailSuffix(ref.detail)} GDPR`;
  return `Art. ${ref.articles.join(', ')} GDPR`;
}

/** "(1)(f)" attaches to the number, "et seq." follows a space. */
export function detailSuffix(detail: string | undefined): string {
  if (!detail) return '';
  return detail.startsWith('(') ? detail : ` ${detail}`;
}
