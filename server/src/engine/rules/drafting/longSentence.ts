// drafting/long-sentence: a sentence longer than the drafter's limit (default 40 words). Art. 12(1)
// GDPR asks for concise, intelligible information in clear and plain language, and long sentences
// are the first thing plain-language guides cut. Off by default: a lawyer turns it on
// (`"rules": {"drafting/long-sentence": "hint"}`) when editing for readability, and sets the
// limit with `longSentenceWords`.
import type { CheckRule, RawFinding } from '../framework/ruleTypes';
import { gdpr, gdprArticleUrl } from '../../law/legalRefs';
import { wordsOf } from '../../text/words';

export const DEFAULT_LONG_SENTENCE_WORDS = 40;
/** A scraped page can hold thousands of run-on sentences; beyond this many the rest are counted. */
const MAX_FINDINGS = 500;

export const longSentence: CheckRule = {
  kind: 'check',
  id: 'drafting/long-sentence',
  family: 'drafting',
  title: 'Long sentence',
  refs: gdpr('12(1)'),
  defaultSeverity: 'hint',
  offByDefault: true,
  docUrl: gdprArticleUrl(12),
  explanation:
    'Art. 12(1) GDPR asks for information that is concise and intelligible, in clear and plain language. A sentence of more than about 40 words makes the reader hold too much at once: split it, one fact per sentence, or turn a list of items into a bulleted list. The limit is the setting longSentenceWords.',
  run(ctx) {
    const doc = ctx.doc;
    const limit = ctx.options.longSentenceWords ?? DEFAULT_LONG_SENTENCE_WORDS;
    const cite = ctx.options.regimes.includes('gdpr') ? ' (Art. 12(1) GDPR)' : ctx.options.regimes.includes('uk-gdpr') ? ' (Art. 12(1) UK GDPR)' : '';
    const out: RawFinding[] = [];
    let more = 0;
    for (const s of doc.sentences) {
      // A Markdown table row is not a sentence.
      if (doc.text.charCodeAt(s.start) === 0x7c) continue;
      const n = wordsOf(doc.text.slice(s.start, s.end)).length;
      if (n <= limit) continue;
      if (out.length >= MAX_FINDINGS) {
        more++;
        continue;
      }
      out.push({ start: s.start, end: s.end, message: `Long sentence: ${n} words, over the limit of ${limit}; split it so readers can follow${cite}.` });
    }
    if (more > 0) {
      const last = out[out.length - 1];
      last.message += ` ${more} more long sentences follow, not listed.`;
    }
    return out;
  },
};
