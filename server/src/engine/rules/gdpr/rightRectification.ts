// Art. 13(2)(b) with Art. 16: the right to rectification.
import { RIGHTS_HEADINGS, gdprItem } from '../framework/defineGdpr';

export default gdprItem({
  name: 'right-rectification',
  title: 'Right to rectification',
  cites: ['13(2)(b)', '16'],
  docArticle: 16,
  explanation: 'People may have inaccurate data corrected and incomplete data completed (Art. 16); the notice must tell them so.',
  remedy: 'Tell people they may have inaccurate or incomplete personal data corrected.',
  anchorHeadings: RIGHTS_HEADINGS,
  patterns: {
    any: [
      /\brectif(y|ication|ied)\b/,
      /\b(correct|update|amend|modify|change)\b[^.]{0,20}\b(your|any|inaccurate|incomplete|incorrect|the|their)\b[^.]{0,30}\b(personal )?(data|information|details)\b/,
      /\bcorrection\b/,
      /\bart(icle)?\.? ?16\b/,
    ],
    unless: [/\b(correct|accurate) (and|or) (up to date|complete)\b[^.]{0,40}\b(you|provide)\b(?![^.]{0,60}\bright)/],
    sectionHeadings: RIGHTS_HEADINGS,
    inSection: [/\b(correct|update|amend)\b/],
  },
});
