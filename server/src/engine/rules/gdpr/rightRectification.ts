// Art. 13(2)(b) with Art. 16: the right to rectification.
import { RIGHTS_HEADINGS, gdprItem } from '../framework/defineGdpr';
import { CORRECT_VERB } from '../framework/cues';
import { articleCues } from '../framework/match';

export default gdprItem({
  name: 'right-rectification',
  title: 'Right to rectification',
  cites: ['13(2)(b)', '16'],
  docArticle: 16,
  explanation: 'People may have inaccurate data corrected and incomplete data completed (Art. 16); the notice must tell them so.',
  remedy: 'Tell people they may have inaccurate or incomplete personal data corrected.',
  anchorHeadings: RIGHTS_HEADINGS,
  patterns: {
    cues: ['rectif', 'correct', 'amend', 'updat', 'modif', 'chang', 'complet', 'edit', ...articleCues('16')],
    any: [
      /\brectif(y|ication|ied)\b/,
      // "correct" as a verb with an object; the adjective ("the correct address") does not count.
      new RegExp(CORRECT_VERB),
      /\b(update|amend|modify|change|complete|edit)\b,?( (or |and )?\w+,?){0,2} (your|any|inaccurate|incomplete|incorrect|their)\b[^.]{0,20}\b(personal )?(data|information|details)\b/,
      /\bcorrection (of|to) (your |the |any |inaccurate |incomplete )?(personal )?(data|information|details|inaccura)/,
      /\b(right|request|ask|obtain)\b[^.]{0,40}\bcorrections?\b/,
      // "correct factual errors in such information", "correct any inaccuracies in your data".
      /\b(correct|rectify|amend)\b (any |the )?(factual |material )?(errors|inaccuracies|mistakes) (in|to|of)\b[^.]{0,30}\b(data|information|details|profile|records?)\b/,
      // An enumeration of rights over "certain" data: "the right to access, correct, delete, or
      // restrict use of certain personal information".
      /\b(right|rights|entitled|you (can|may))\b[^.]{0,60}\b(correct|rectify|amend)\b,?( (or |and )?(delete|erase|remove|update|restrict|limit|port)\b,?){1,3}( (the )?(use|processing) of)? (certain|some|all|this|that) (personal )?(data|information)\b/,
      /\bart(icle)?\.? ?16\b/,
      // "the right to access, update, change or delete personal information".
      /\b(right|rights|entitled) to\b[^.]{0,30}\b(access|review|see)\b, (update|change|modify|amend)\b[^.]{0,40}\b(personal )?(data|information)\b/,
      // An enumeration whose object comes last.
      /\b(right|rights|request|entitled|you (can|may))\b[^.]{0,100}\b(correct|rectify|amend)\b,[^.]{0,120}\b(your|their) (personal )?(data|information)\b/,
    ],
    unless: [
      /\b(correct|accurate) (and|or) (up to date|complete)\b[^.]{0,40}\b(you|provide)\b(?![^.]{0,60}\bright)/,
      // Someone else's power over you: "your administrator may restrict your ability to delete or edit your information".
      /\b(restrict|limit|prevent|block|disable|remove)\w* (your|the user's|users') (ability|right|permission) to\b/,
      // "correct" as an adjective after a verb of giving: "offer new services and correct
      // information to users", "provide us with correct information".
      /\b(offer\w*|provid\w+|giv(e|es|ing)|deliver\w*|suppl(y|ies|ying)|submit\w*)\b( [a-z]+){0,3} (and|or) correct (information|data|details)\b/,
      /\b(provid\w+|giv(e|es|ing)|submit\w*|enter\w*|supply|supplying)( us| you)?( with)?( the)? correct (information|data|details)\b/,
    ],
    sectionHeadings: RIGHTS_HEADINGS,
    inSection: [new RegExp(CORRECT_VERB), /\b(update|amend)\b/],
    headings: [/\b(right to )?(rectification|correction)\b/],
    listIntro: [/\bright/, /\brequest|\bask us\b/],
    inList: [/\b(rectif\w*|correct(ion|ed)?|update|amend(ed)?)\b/],
  },
});
