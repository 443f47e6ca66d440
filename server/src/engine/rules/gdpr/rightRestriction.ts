// Art. 13(2)(b) with Art. 18: the right to restriction of processing.
import { RIGHTS_HEADINGS, gdprItem } from '../framework/defineGdpr';
import { articleCues } from '../framework/match';

export default gdprItem({
  name: 'right-restriction',
  title: 'Right to restriction of processing',
  cites: ['13(2)(b)', '18'],
  docArticle: 18,
  explanation: 'People may have processing restricted (data kept but not otherwise used) while, for example, accuracy is contested (Art. 18); the notice must tell them so.',
  remedy: 'Tell people they may ask you to restrict the processing of their personal data.',
  anchorHeadings: RIGHTS_HEADINGS,
  patterns: {
    cues: ['restrict', 'limit', 'block', ...articleCues('18')],
    any: [
      /\brestrict(ion|ed)?\b[^.]{0,30}\b(of )?(the |our )?(processing|use)\b/,
      /\b(limit|block)\w*\b[^.]{0,20}\b(the )?processing\b/,
      /\bart(icle)?\.? ?18\b/,
      // An enumeration whose object comes last: "request access to, correct, restrict, or object to … your personal information".
      /\b(right|rights|request|entitled|you (can|may))\b[^.]{0,100}\brestrict\b,[^.]{0,120}\b(your|their) (personal )?(data|information)\b/,
      /\bprocessing\b[^.]{0,40}\b(be|is|being) restricted\b/,
      /\brestrict(ion)?\b[^.]{0,30}\b(of |on )?(your |the |our use of your |how we use your )?(personal )?(data|information)\b/,
    ],
    sectionHeadings: RIGHTS_HEADINGS,
    // "Subject to legal restrictions" limits another right; the plural is not the right to restriction.
    inSection: [/\brestrict(?!ions\b)/],
    headings: [/\brestrict(ion)?\b.{0,30}\bprocessing\b/, /\bright to restrict/],
    listIntro: [/\bright/, /\brequest|\bask us\b/],
    inList: [/\brestrict(?!ions\b)/],
    // "We restrict access to personal information to staff who need it" is a security measure.
    unless: [/\b(we|our \w+)\b[^.]{0,30}\brestrict\w* (access|disclosure) to\b/],
  },
});
