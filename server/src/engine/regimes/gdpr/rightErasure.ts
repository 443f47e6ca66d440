// Art. 13(2)(b) with Art. 17: the right to erasure.
import { RIGHTS_HEADINGS, gdprItem } from './define';
import { articleCues } from '../../rules/framework/match';

export default gdprItem({
  name: 'right-erasure',
  title: 'Right to erasure',
  cites: ['13(2)(b)', '17'],
  docArticle: 17,
  explanation: 'People may ask for their data to be erased where, for example, they are no longer needed or consent is withdrawn (Art. 17, the "right to be forgotten"); the notice must tell them so.',
  remedy: 'Tell people they may ask for their personal data to be erased.',
  anchorHeadings: RIGHTS_HEADINGS,
  patterns: {
    cues: ['eras', 'delet', 'remov', 'forgotten', ...articleCues('17')],
    any: [
      /\berasure\b/,
      /\bright to be forgotten\b/,
      /\b(erase|delete|remove)\b[^.]{0,20}\b(your|the|their|any|all)\b[^.]{0,30}\b(personal )?(data|information)\b/,
      /\b(deletion|erasure)( or \w+)? of (your |the )?(personal )?(data|information)\b/,
      /\bart(icle)?\.? ?17\b/,
      // In a statement of rights: "you have the right to … delete personal information", "request deletion".
      /\b(right|rights|request|ask|entitled|you (can|may)|would like|wish|want)\b[^.]{0,100}\b(delet(e|ion)|eras(e|ure)|remov(e|al))\b( or \w+)?( of)? (your |their |the |such |any |all |certain )?(personal )?(data|information)\b/,
      // "it"/"them" only where the sentence speaks of data before it: "choose to delete it" after
      // "mark an item as a favourite" deletes a piece of content, not personal data (Art. 17).
      /\b(data|information|details)\b[^.]{0,100}\b(right|rights|request|ask|entitled|you (can|may)|would like|wish|want)\b[^.]{0,60}\b(delet(e|ion)|eras(e|ure)|remov(e|al))\b( or \w+)?( of)? (it|them)\b/,
      /\b(right|rights|request|ask|entitled|you (can|may)|would like|wish|want)\b[^.]{0,60}\b(data|information|details)\b[^.]{0,80}\b(delet(e|ion)|eras(e|ure)|remov(e|al))\b( or \w+)?( of)? (it|them)\b/,
      /\b(request|ask for|seek|obtain) (the )?(deletion|erasure)\b/,
      // An enumeration whose object comes last: "request access to, correct, delete, or restrict … your personal information".
      /\b(right|rights|request|entitled|you (can|may))\b[^.]{0,100}\b(delete|deletion|erase|erasure)\b,[^.]{0,120}\b(your|their) (personal )?(data|information)\b/,
      /\b(request|ask)\w*\b[^.]{0,40}\b(data|information|it)\b[^.]{0,20}\b(is|are|be|being) (\w+,? (or |and )?){0,3}(erased|deleted|removed)\b/,
      // "if you'd like them to delete the data you provided", "ways to update it or to delete it".
      /\b(you( would|'d) like|you wish|you want)\b[^.]{0,20}\b(delete|erase|remove)\b[^.]{0,30}\b(data|information)\b/,
      /\b(ways?|tools?|options?|means|controls?) to (\w+ ){0,3}(or |and )?(to )?(delete|erase|remove) (it|them|your (personal )?(data|information))\b/,
      /\b(request\w*|ask\w* for|seek\w*|obtain\w*) (the |a |an )?(account |profile |data )(deletion|erasure)\b/,
      /\b(have|get) (your |the |such |their )?(personal )?(data|information|it|them) (deleted|erased|removed)\b/,
      // A compound of rights with a pronoun or the data as object: "have it rectified or erased",
      // "have your data corrected or deleted", "ask us to correct or delete it".
      /\b(have|get) (it|them|your (personal )?(data|information|details)|the (personal )?(data|information)|such (data|information)) (\w+ (or|and|and\/or) )(deleted|erased|removed)\b/,
      /\b(right|rights|request\w*|ask\w*|entitled|you (can|may))\b[^.]{0,40}\b(access|correct|rectify|update|amend|modify|restrict|port|export|review)\w*,? (or|and|and\/or) (delete|erase|remove)\w* (it|them)\b/,
      // Closing the account takes its data with it: "deleting your account deletes your data".
      /\bdelet(e|ing) (your|an|the) account (will )?(also )?(delete|erase|remove)s? (all )?(your |the |its |associated )?(personal )?(data|information)\b/,
    ],
    // "Retention and deletion" is about storage periods; a heading names the right, or erasure.
    headings: [/\bright to (erasure|deletion|delete|be forgotten)\b/, /\berasure\b/, /\bbe forgotten\b/],
    listIntro: [/\bright/, /\brequest|\bask us\b/],
    inList: [/\b(delet(e|ion)|eras(e|ure))\b/],
    unless: [
      // "remove your information from our mailing list" ends marketing (an objection), not erasure.
      // Anchored once at the start (no scan per position); a sentence that also names deletion stays.
      /^(?![^]*\b(delet|eras))[^]*\bremov\w*\b[^.]{0,40}\bfrom (our|the|any|all|their)\b[^.]{0,30}\b(mailing|marketing|e-?mail|newsletter|distribution|contact) lists?\b/,
      /\b(delete|remove|clear|block)\w*\b[^.]{0,20}\bcookies\b/,
      // Anonymising: "remove the means by which the data can be linked to you".
      /\bremov\w* the (means|link|links|association|identifiers?)\b[^.]{0,40}\b(associated|linked|connected|identif\w+)\b/,
      // Our own storage practice, the person nowhere in it: "after the retention period we erase
      // the data", "we delete logs monthly". A sentence naming a request, a right or "you" stays.
      /^(?![^]*\b(request\w*|rights?|ask\w*|you|entitled|wish|want|would like|choose|instruct\w*|forgotten|erasure)\b)[^]*\b(we|data|information|it|they)\b[^.;]{0,60}\b(delete|erase|remove|destroy)(d|s)?\b/,
      /^(?![^]*\b(request\w*|rights?|ask\w*|you (can|may)|entitled|forgotten)\b)[^]*\bwe\b[^.]{0,120}\b(prior to|before|after) (the )?(deletion|erasure)\b/,
      /^(?![^]*\b(request\w*|rights?|ask\w*|you (can|may)|entitled|forgotten|erasure)\b)[^]*\b(retention|storage) periods?\b/,
      // Consent by use to a list of processing operations: "you allow us to collect, delete, use and share your data".
      /\b(allow|permit|authori[sz]e|let|consent to|agree to)\w*( us| the company)? (to |our )?(collect|use|process|store|share|record|retain|collection)\w*,/,
      /\b(allow|permit|authori[sz]e|let|consent to|agree to|give us the (authority|right|permission|power) to)\w*( us| the company)? (to |our )?([a-z]+, ){1,4}([a-z]+ )?(and|or) (use|share|process|disclose|delete|transfer)\w*\b/,
      // "our policies on the retention and deletion of personal information" describe storage, not a right.
      /^(?![^]*\b(right|request|ask|you (can|may))\b)[^]*\bretention and (deletion|erasure)\b/,
      // Someone else's power over you: "your administrator may restrict your ability to delete or edit your information".
      /\b(restrict|limit|prevent|block|disable|remove)\w* (your|the user's|users') (ability|right|permission) to\b/,
      // What we do on learning that a child gave us data (COPPA) is our duty, not the person's right:
      // "if we learn that a child under 13 sent us information, we will attempt to delete it".
      /\b(child|children|minor|minors)\b[^.]{0,150}\bwe (will|shall|may|would)( [a-z]+){0,3} (delete|erase|remove)\b(?![^.]{0,80}\b(request|right|ask)\b)/,/\b(we|will) (automatically )?(delete|erase)\b[^.]{0,80}\b(after|when|once|within)\b(?![^.]{0,80}\b(request|right|ask)\b)/],
    sectionHeadings: RIGHTS_HEADINGS,
    inSection: [/\b(delete|deletion|erase)\b/],
  },
});
