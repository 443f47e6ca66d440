// Art. 13(2)(b) with Art. 15: the right of access.
import { RIGHTS_HEADINGS, gdprItem } from '../framework/defineGdpr';
import { articleCues } from '../framework/match';

export default gdprItem({
  name: 'right-access',
  title: 'Right of access',
  cites: ['13(2)(b)', '15'],
  docArticle: 15,
  explanation: 'People may ask whether their data are processed and obtain a copy with the details of the processing (Art. 15); the notice must tell them so.',
  remedy: 'Tell people they may request access to, and a copy of, the personal data you hold about them.',
  anchorHeadings: RIGHTS_HEADINGS,
  patterns: {
    cues: ['access', 'review', 'view', 'inspect', 'cop', 'request', 'ask for', 'obtain', 'receive', 'whether', ...articleCues('15')],
    strong: [/\bright (of|to) access\b/, /\bsubject access request\b/],
    any: [
      /\b(access|copy|copies)\b[^.]{0,15}\b(to |of )?(your|the|their|any|all)\b[^.]{0,20}\b(personal(ly identifiable)? )?(data|information)\b[^.]{0,60}\b(we (hold|have|process|store|keep|maintain|collect|retain)|hold|holds|held|have|has|processed|stored|collected|maintained|retained|about you)\b/,
      // In an enumeration of rights: "the ability to access, correct and delete their personal data".
      /\b(right|rights|ability|able|entitled|request|you (can|may)|would like|wish|want)\b[^.]{0,60}\b(access|review|view|inspect)\b,?( (or |and )?[a-z]+,?){0,3} (to )?(your|their|the|any|such|all)\b[^.]{0,30}\b(data|information)\b/,
      /\brequests? (for|to) access\b/,
      // No determiner: "you can: (i) access personal information we have about you".
      /\b(you (can|may)|right to|entitled to|ask us to|request to)\b[^.]{0,20}\baccess (to )?(personal(ly identifiable)? )?(data|information) (that |which )?(we (hold|have|process|store|keep|maintain|collect)|held|about you)\b/,
      // An enumeration whose object comes last.
      /\b(right|rights|request|entitled|ask us|you (can|may))\b[^.]{0,100}\baccess( to)?\b,[^.]{0,120}\b(your|their) (personal )?(data|information)\b/,
      /\b(information|tell you|inform you|confirm) (about |as to )?whether we (hold|process|have)\b/,
      /\bart(icle)?\.? ?15\b/,
      /\b(request|ask for|obtain|receive)\b[^.]{0,30}\b(access|a copy)\b/,
      /\bsubject access request\b/,
      /\b(know|confirmation) whether\b[^.]{0,60}\b(data|information)\b/,
    ],
    unless: [
      /\baccess (to )?(the|our) (services?|website|site|platform|app|account)\b/,
      // Using an account ("whenever you access your account information, we use a secure server").
      /\b(when|whenever|each time|every time) you (access|view)\b/,
      // Losing or guarding access is not the right: "you may lose access to the information".
      /\b(lose|lost|losing|unauthori[sz]ed|restrict(ed|s)?|limit(ed|s)?|den(y|ied|ies)|revok(e|ed|es)) access\b/,
      // A copy of the notice or of a contract is not a copy of one's data.
      /\bcop(y|ies) of (this|our|the|your) (privacy |cookie |data protection )?(notice|policy|statement|contract|agreement|terms|invoice|receipt)\b/,
    ],
    sectionHeadings: RIGHTS_HEADINGS,
    inSection: [/\baccess\b/],
    headings: [/\b(right of |right to )?access (to )?(your )?(personal )?(data|information)\b/, /\bright (of|to) access\b/],
    listIntro: [/\bright/, /\brequest|\bask us\b/],
    inList: [/\b(access|a copy|copies)\b/],
  },
});
