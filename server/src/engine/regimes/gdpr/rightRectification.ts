// Art. 13(2)(b) with Art. 16: the right to rectification.
import { RIGHTS_HEADINGS, gdprItem } from './define';
import { CORRECT_VERB } from '../../rules/framework/cues';
import { articleCues } from '../../rules/framework/match';

export default gdprItem({
  name: 'right-rectification',
  title: 'Right to rectification',
  cites: ['13(2)(b)', '16'],
  docArticle: 16,
  explanation: 'People may have inaccurate data corrected and incomplete data completed (Art. 16); the notice must tell them so.',
  remedy: 'Tell people they may have inaccurate or incomplete personal data corrected.',
  anchorHeadings: RIGHTS_HEADINGS,
  patterns: {
    cues: ['rectif', 'correct', 'amend', 'updat', 'modif', 'chang', 'complet', 'edit', 'fix', ...articleCues('16')],
    any: [
      /\brectification\b/,
      // The verb, not about a security incident, a photo or a fault: "identify and rectify a breach".
      /\brectif(y|ied|ies|ying)\b(?! (a |an |the |any |such |this |these )?(security|incident|breach|red|blemish|problems?|issues?|situation|errors?|bugs?|defects?|faults?|vulnerabilit))/,
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
      // "ask for them to be supplemented, updated or corrected", "ways to update it".
      /\b(ask|request|right|entitled)\w*\b[^.]{0,30}\bto be (\w+,? (or |and )?){0,4}(corrected|rectified|amended|supplemented|completed)\b/,
      /\b(ways?|tools?|options?|means|controls?) to (update|correct|edit|change|amend|rectify)\w* (it|them|your (personal )?(data|information|details))\b/,
      // Fixing what is wrong: "fix inaccurate information", "correct mistakes in your profile".
      /\b(fix|correct|rectify|amend)\w* (any |the |your )?(inaccurate|incorrect|wrong|outdated|out-of-date|incomplete|erroneous) (personal )?(data|information|details|records?)\b/,
      /\b(you|right|rights|request\w*|ask\w*|entitled)\b[^.]{0,40}\b(fix|correct|rectify|amend)\w* (any |the |your )?(errors|inaccuracies|mistakes)\b/,
      // A compound with a pronoun: "have it rectified or erased", "have your data corrected or deleted".
      /\b(have|get) (it|them|your (personal )?(data|information|details)|the (personal )?(data|information)|such (data|information)|(any )?(inaccurate|incorrect|incomplete|wrong|outdated) (personal )?(data|information|details)) (rectified|corrected|amended|updated)\b/,
      // "the right to access, update, change or delete personal information".
      /\b(right|rights|entitled) to\b[^.]{0,30}\b(access|review|see)\b, (update|change|modify|amend)\b[^.]{0,40}\b(personal )?(data|information)\b/,
      // An enumeration whose object comes last.
      /\b(right|rights|request|entitled|you (can|may))\b[^.]{0,100}\b(correct|rectify|amend)\b,[^.]{0,120}\b(your|their) (personal )?(data|information)\b/,
    ],
    unless: [
      // The notice itself changes: "this policy may be amended or updated from time to time".
      /\b(this|the|our) (privacy )?(policy|notice|statement|terms|agreement)\b[^.]{0,30}\b(be|been|is|are|get|gets) (amended|updated|changed|modified|revised)\b/,
      // Someone else edits: "you authorise that person to access and update your information".
      /\b(authori[sz]e|allow|permit|let|enable)\w* (?!(you|users?|individuals?)\b)[^.]{0,30}\bto (access and |view and )?(update|edit|change|modify|amend|correct)\b/,
      // Updating as an occasion of collection: "when you register or update your details we ask for your e-mail".
      /\bwhen you (\w+ ){0,12}?(or|and) (otherwise )?(change|update|edit|modify)\w* your (\w+ )?(details|profile|account|settings|information)\b/,
      /\b(complete|completing) (any |the |your )?(outstanding|pending|unfinished|missing|abandoned) /,
      // Collecting what the person gives: "information you provide when you create or change your account".
      /\b(provided|given|submitted|collect\w*)\b[^.]{0,40}\bwhen you\b[^.]{0,40}\b(change|update|edit|modify)\w*\b/,
      // Our product's defects: "defects will be corrected".
      /\b(defects|errors|bugs|problems|issues|faults)\b[^.]{0,20}\b(will|shall|would|to|can|may) be (corrected|rectified|fixed)\b/,
      // Fixing our own software or service: "we correct errors in our app"; a sentence naming data stays.
      /^(?![^]*\b(data|information|details|profile|records?|you (can|may)|right)\b)[^]*\b(correct|fix|rectify)\w* (any )?(errors|bugs|mistakes|problems|issues|faults|defects)\b/,
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
