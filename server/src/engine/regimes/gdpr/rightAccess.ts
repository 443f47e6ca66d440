// Art. 13(2)(b) with Art. 15: the right of access.
import { RIGHTS_HEADINGS, gdprItem } from './define';
import { articleCues } from '../../rules/framework/match';
import { OTHER_PARTY_ACCESS } from './rightsLanguage';

export default gdprItem({
  name: 'right-access',
  title: 'Right of access',
  cites: ['13(2)(b)', '15'],
  docArticle: 15,
  explanation: 'People may ask whether their data are processed and obtain a copy with the details of the processing (Art. 15); the notice must tell them so.',
  remedy: 'Tell people they may request access to, and a copy of, the personal data you hold about them.',
  anchorHeadings: RIGHTS_HEADINGS,
  patterns: {
    cues: ['access', 'review', 'view', 'inspect', 'cop', 'see', 'export', 'information on', 'information about', 'information regarding', 'information concerning', 'request', 'ask for', 'obtain', 'receive', 'whether', 'dsar', 'what', ...articleCues('15')],
    strong: [/\bright of access\b/, /\b(subject|data|personal data|personal information|information) access requests?\b/],
    any: [
      /\bright (of|to) access\b/,
      /\bdsars?\b/,
      // The person reaches their data held by us: "you can access the data we hold about you".
      /(^[^a-z]{0,3}to |\b(you|right|rights|entitled|request\w*|ask\w*|obtain|receive|get|provide you|send you|give you|how to|able to)\b)[^.]{0,40}\b(access|copy|copies)\b[^.]{0,15}\b(to |of )?(your|the|their|any|all)\b[^.]{0,20}\b(personal(ly identifiable)? )?(data|information)\b[^.]{0,60}\b(we|us) (hold|have|process|store|keep|maintain|collect|retain)|(^[^a-z]{0,3}to |\b(you|right|rights|entitled|request\w*|ask\w*|obtain|receive|get|provide you|send you|give you|how to|able to)\b)[^.]{0,40}\b(access|copy|copies)\b[^.]{0,15}\b(to |of )?(your|the|their|any|all)\b[^.]{0,20}\b(personal(ly identifiable)? )?(data|information)\b[^.]{0,60}\b(held|processed|stored|collected|maintained|retained|about you)\b/,
      // In an enumeration of rights: "the ability to access, correct and delete their personal data".
      /\b(right|rights|ability|able|entitled|request|you (can|may)|(users?|individuals?|data subjects?|customers?|members?) (can|may)|would like|wish|want)\b[^.]{0,60}\b(access|review|view|inspect)\b,?( (or |and )?[a-z]+,?){0,3} (to )?(your|their|the|any|such|all)\b[^.]{0,30}\b(data|information)\b/,
      /\brequests? (for|to) access\b/,
      // No determiner: "you can: (i) access personal information we have about you".
      /\b(you (can|may)|right to|entitled to|ask us to|request to)\b[^.]{0,20}\baccess (to )?(personal(ly identifiable)? )?(data|information) (that |which )?(we (hold|have|process|store|keep|maintain|collect)|held|about you)\b/,
      // An enumeration whose object comes last.
      /\b(right|rights|request|entitled|ask us|you (can|may))\b[^.]{0,100}\baccess( to)?\b,[^.]{0,120}\b(your|their) (personal )?(data|information)\b/,
      /\b(information|tell you|inform you|confirm) (about |as to )?whether we (hold|process|have)\b/,
      /\bart(icle)?\.? ?15\b/,
      // Asking for access or a copy, with the person asking: "you may request access", "ask us for a copy of your data".
      /\b(you|right to|rights to|entitled to|able to|how to|option to)\b[^.]{0,30}\b(request\w*|ask\w*( us)? for|obtain\w*|receiv\w+|get)( the)? access\b/,
      /\b(you|right|rights|entitled|able|how to|option|request\w*|ask\w*|obtain\w*|receiv\w+|get)\b[^.]{0,40}\b(a|an|one|free|full|electronic|digital)?( free| full| electronic| digital)? ?cop(y|ies) of (all |any |the |such |certain |some )?(of )?(your|the|such|their|this|that|his|her|my)? ?(personal |account )?(data|information|details|records|pi|pii)\b/,
      // A copy of the data named by the service: "download a copy of your Example and Sample data".
      /\b(you|right|rights|entitled|able|request\w*|ask\w*)\b[^.]{0,40}\bcop(y|ies) of (all )?(your|their) ([a-z0-9-]+,? (and |or )?){1,4}(data|information)\b/,
      /\b(send|give|provid\w+|e-?mail|deliver)\w* you( with)? (a|an|one)( free| full| electronic| digital)? cop(y|ies)\b/,
      /\b(request|ask for|obtain|receive|get)\w*\b[^.]{0,30}\bcop(y|ies) of (what|the (personal )?(data|information) (that |which )?we)\b/,
      /\bsubject access request\b/,
      // Seeing or exporting one's data: "users can see, edit or delete their personal information",
      // "ask to see the information we hold about you", "receive an exported file of your data".
      /\b(you|users?|right|rights|entitled|able|can|may)\b[^.]{0,30}\b(see|view),? (or |and )?(edit|correct|update|delete|change|amend|modify|download|export)\b[^.]{0,40}\b(data|information|details)\b/,
      /\b(ask|request|right|entitled)\w*( us)? to see (the |your |what |all |any )[^.]{0,30}\b(data|information|details)\b/,
      /\b(you|right|rights|request\w*|ask\w*|entitled|able)\b[^.]{0,40}\b(an? )?export(ed)? (file|copy|version|archive)\b[^.]{0,30}\b(data|information)\b/,
      /\b(provid\w+|giv(e|es|ing)|grant\w*) you( with)? access to (your|the|all|any) (personal )?(data|information)\b/,
      // The information of Art. 15(1): "the right to request information on the processing of their personal data".
      /\b(right|rights|request\w*|ask\w*|entitled)\b[^.]{0,30}\binformation (on|about|regarding|concerning) (the )?processing of (your|their|his|her) (personal )?(data|information)\b/,
      /\b(ask|request|enquire|inquire)\w*( us)? (whether|if)( or not)? we( \w+){0,2} (hold|process|have|store|keep|use)\w*\b/,
      /\b(know|confirmation) whether\b[^.]{0,60}\b(data|information)\b/,
      // Knowing what is held: "you can ask us whether we process your data", "see what information we hold about you".
      /\b(right to|request\w*|ask( us)?|entitled to|you (can|may)( also)?)\b[^.]{0,30}\b(know|find out|learn|see|be told|be informed|confirm\w*|confirmation|tell you)\b[^.]{0,20}\b(whether|if|what)\b( or not)?[^.]{0,40}\b(we|us)('ve|'re)?( \w+){0,2} (hold|have|process|store|keep|maintain|collect)\w*\b/,
    ],
    unless: [
      /\baccess (to )?(the|our) (services?|websites?|sites?|platforms?|apps?|account)\b/,
      // Account or service access, not the data: "secure access to your account", "you may not have access to all of our services".
      /\baccess (to )?(your|an|the|our) (\w+ )?(account|accounts)\b(?! (data|information|details))/,
      /\baccess (to )?(all|any|some|certain|parts?|features?)\b[^.]{0,20}\b(services?|site|website|app|features|functionalit\w+)\b/,
      // Who else sees the data: "who has access to your personal data?", "access will be granted only to staff".
      /\bwho (has|have|can|may|will have|gets?|is given) access\b|\baccess (will|shall|is|may) (be )?(granted|given|provided|limited|restricted)\b/,
      /\b(share|disclose|sell)\w* (or|and) (provide|give|grant)\w* access\b|\bis (also )?able to access\b/,
      /\breserv\w* (our|the|its) (ability|right)\b[^.]{0,30}\baccess\b/,
      // Using an account ("whenever you access your account information, we use a secure server").
      /\b(when|whenever|each time|every time) you (access|view)\b/,
      // Losing or guarding access is not the right: "you may lose access to the information".
      /\b(lose|lost|losing|unauthori[sz]ed|restrict(ed|s)?|limit(ed|s)?|limiting|den(y|ied|ies)|revok(e|ed|es)) access\b/,
      /\b(declin|refus|suspend|block|terminat)\w* (you |your )?access\b/,
      /\b(unauthori[sz]ed|accidental|unlawful|illegal|improper)\b[^.]{0,40}\baccess\b/,
      // A copy of the notice or of a contract is not a copy of one's data.
      /\bcop(y|ies) of (this|our|the|your) (privacy |cookie |data protection )?(notice|policy|statement|contract|agreement|terms|invoice|receipt)\b/,
      // Another party accesses: "our staff may access your data", "the rights of authorities to
      // access your information", "we do not request access to your location".
      new RegExp(OTHER_PARTY_ACCESS),
      // Someone else is let in: "you may allow the integrator to access your account", "grant the
      // provider the right to access", "permission to access your camera", "revoke our access".
      /\b(grant|give|allow|authori[sz]e|permit|let|enable)\w* (?!(you|users?|individuals?|data subjects?|customers?|members?)\b)[^.]{0,80}\bto (have )?access\b/,
      /\bpermissions? to access\b|\b(our|their|its|his|her|third[- ]party|app's|apps') access\b|\b(revoke|withdraw|remove|disable|disconnect)\w* (\w+ ){0,2}access\b/,
      /\baccess (to )?(your |the )?(device|phone|mobile|camera|contacts|location|microphone|photos|gallery|storage|calendar|bluetooth|sms|files|address book)\b/,
      // We, or a named business, obtain a copy: "we may receive a copy of the information you gave our partner".
      /\b(we|our \w+|\w+\.com|the (website|app|service|company))( (may|might|can|will|would|never|also|however|do not|don't|will not|won't)){0,3} (receive|obtain|get|keep|retain|request|make|take|have)\w* (a )?cop(y|ies)\b/,
      /\breserv\w* (the|a|our) right to access\b/,
    ],
    sectionHeadings: RIGHTS_HEADINGS,
    // Under a rights heading, "access" as the right, or reaching data; not "you get access to deals".
    inSection: [/^[^a-z]{0,8}(the )?(right (of|to) )?access\b/, /\b(request|right|ask)\w*\b[^.]{0,30}\baccess\b/, /\baccess\b[^.]{0,40}\b(data|information|details)\b/],
    headings: [/\b(right of |right to )?access (to )?(your )?(personal )?(data|information)\b/, /\bright (of|to) access\b/],
    listIntro: [/\bright/, /\brequest|\bask us\b/],
    inList: [/^[^a-z]{0,8}((the )?right (of|to) |to |request |obtain )?(access|a copy|copies)\b/, /\b(access|a copy|copies)\b[^.]{0,40}\b(data|information|details)\b/],
  },
});
