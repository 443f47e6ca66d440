// Art. 13(2)(e): whether providing the data is a statutory or contractual requirement, and the consequences of not providing it.
import { gdprItem } from '../framework/defineGdpr';

export default gdprItem({
  name: 'statutory-requirement',
  title: 'Whether providing the data is required',
  cites: ['13(2)(e)'],
  docArticle: 13,
  explanation: 'When data are collected from the person, the notice must say whether providing them is a legal or contractual requirement or needed to enter a contract, whether the person must provide them, and what happens if they do not.',
  remedy: 'Say which data people must provide (and why: law, contract) and what happens if they do not (e.g. "without your e-mail address we cannot create your account").',
  anchorHeadings: [/\b(data|information)\b.{0,40}\b(we )?(collect|process)/],
  patterns: {
    any: [
      /\b(statutory|contractual|legal) (or contractual )?requirement\b/,
      /\b(not )?(obliged|obligated|required|under (an|no) obligation)\b[^.]{0,30}\bto (provide|give|supply|disclose)\b/,
      /\b(if|where|should) you (do not|don't|decline to|choose not to|refuse to) (provide|give|supply|share)\b/,
      /\b(failure|refus\w*) to provide\b/,
      /\b(mandatory|voluntary|optional)\b[^.]{0,60}\b(provide|provision|fields?|information|data)\b/,
      /\b(provision|providing) of (your )?(personal )?(data|information) is\b/,
    ],
  },
});
