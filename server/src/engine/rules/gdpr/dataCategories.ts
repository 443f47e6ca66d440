// Art. 14(1)(d): the categories of personal data concerned.
import { gdprItem } from '../framework/defineGdpr';

const HEADINGS = [/\b(data|information)\b.{0,40}\b(we )?(collect|process|obtain|gather|receive)/, /\b(what|which|types?|categories|kinds?)\b.{0,30}\b(data|information)\b/];

export default gdprItem({
  name: 'data-categories',
  title: 'Categories of personal data',
  cites: ['14(1)(d)'],
  docArticle: 14,
  explanation: 'The notice must say which kinds of personal data are processed (e.g. contact details, payment data, usage data), in particular where they were not obtained from the person.',
  remedy: 'List the categories of personal data you process (e.g. identification and contact data, account data, usage data).',
  anchorHeadings: HEADINGS,
  patterns: {
    cues: ['categor', 'types', 'kinds', 'collect', 'process', 'obtain', 'gather', 'receive', 'store', 'such as', 'includ', 'like'],
    any: [
      /\b(categories|types|kinds) of (personal )?(data|information)\b/,
      /\b(we|may) (collect|process|obtain|gather|receive|store)\b[^.]{0,80}\b(name|e-?mail|address|phone|telephone|ip address|date of birth|payment|location|device|cookies?|usage)\b/,
      /\b(personal (data|information)|information)\b[^.]{0,40}\b(such as|including|includes|include|like)\b[^.]{0,40}\b(name|e-?mail|address|phone|ip address)\b/,
    ],
    sectionHeadings: HEADINGS,
    inSection: [/\b(name|e-?mail|address|phone|ip address|date of birth|payment|identifier|location)\b/],
  },
});
