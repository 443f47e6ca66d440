// Art. 13(2)(b) with Art. 18: the right to restriction of processing.
import { RIGHTS_HEADINGS, gdprItem } from './define';
import { articleCues } from '../../rules/framework/match';

export default gdprItem({
  name: 'right-restriction',
  title: 'Right to restriction of processing',
  cites: ['13(2)(b)', '18'],
  docArticle: 18,
  explanation: 'People may have processing restricted (data kept but not otherwise used) while, for example, accuracy is contested (Art. 18); the notice must tell them so.',
  remedy: 'Tell people they may ask you to restrict the processing of their personal data.',
  anchorHeadings: RIGHTS_HEADINGS,
  patterns: {
    cues: ['restrict', 'limit', 'block', 'temporarily', 'suspend', 'pause', 'freeze', ...articleCues('18')],
    any: [
      /\brestrict(ion|ed)?\b[^.]{0,30}\b(of )?(the |our )?(processing|use)\b/,
      /\b(limit|block)\w*\b[^.]{0,20}\b(the )?processing\b/,
      /\bart(icle)?\.? ?18\b/,
      // An enumeration whose object comes last: "request access to, correct, restrict, or object to … your personal information".
      /\b(right|rights|request|entitled|you (can|may))\b[^.]{0,100}\brestrict\b,[^.]{0,120}\b(your|their) (personal )?(data|information)\b/,
      /\bprocessing\b[^.]{0,40}\b(be|is|being) restricted\b/,
      // "have the processing of your data restricted", "ask us to limit how we process your data".
      /\b(have|get) (the )?(processing|use) of (your |the |such )?(personal )?(data|information) (restricted|limited|suspended|blocked)\b/,
      /\b(you (can|may)|right to|entitled to|ask\w*( us)?|request\w*)\b[^.]{0,30}\b(limit|restrict)\w* (how|the way|the ways) we (use|process|handle)\b/,
      // Art. 18 in other words: "request that we suspend the processing of your data".
      /\b(you (can|may)|right to|entitled to|ask\w*( us)?|request\w*)\b[^.]{0,30}\b(suspend|pause|freeze)\w* (the |our |any )?(processing|use) of (your |the |such )?(personal )?(data|information)\b/,
      /\brestrict(ion)?\b[^.]{0,30}\b(of |on )?(your |the |our use of your |how we use your )?(personal )?(data|information)\b/,
      // "Request restriction of or object to" (the object may have been split off by extraction).
      /\b(request|requesting|obtain|ask (us )?for|right to|right of) (the )?restriction\b/,
      // "place restrictions on processing your information".
      /\b(place|impose|put|request|ask for|seek) (a |any )?restrictions? on\b[^.]{0,20}\b(the )?(processing|use)\b/,
      // Restriction in other words: "limit the use of your personal data" among the rights.
      /\b(right to|request|ask us|you (can|may))\b[^.]{0,100}\blimit (the |our )?(use|processing) of your (personal )?(data|information)\b/,
      // Art. 18(1)(a) in plain words: "temporarily stop using your information".
      /\btemporarily (stop|suspend|pause|halt|cease)\w* (using|processing|the (use|processing) of) (your |the |such )?(personal )?(data|information)\b/,
      // A list of the rights as verbs: "tools to object, restrict, or withdraw consent".
      /\b(right to|rights to|tools to|request to|ask us to|you (can|may))\b[^.]{0,40}\b(object|rectify|erase|delete|correct|access)( to)?,? (or |and )?restrict\b(?! access)/,
    ],
    sectionHeadings: RIGHTS_HEADINGS,
    // "Subject to legal restrictions" limits another right; the plural is not the right to restriction.
    inSection: [/\brestrict(?!ions\b)/],
    // A bare "Restriction" heading names the right; "Restrictions" (plural) usually limits something else.
    headings: [/\brestrict(ion)?\b.{0,30}\bprocessing\b/, /\bright to restrict/, /^[^a-z]{0,8}restriction[^a-z]{0,3}$/, /\b(object|eras\w*|delet\w*|rectif\w*|access|withdraw)( consent)?,? (or |and )?restrict(ion)?\b(?! access)/],
    listIntro: [/\bright/, /\brequest|\bask us\b/],
    inList: [/\brestrict(?!ions\b)/],
    // "We restrict access to personal information to staff who need it" is a security measure.
    unless: [
      /\b(we|our \w+)\b[^.]{0,30}\brestrict\w* (access|disclosure) to\b/,
      // Restricting access (security), their processing (a processor contract), a feature, a product:
      // "we restrict logical access to your data", "agreements that restrict their processing",
      // "age-restricted products", "restricted accounts", "use may be restricted if you block cookies".
      /\brestrict\w* (\w+ )?access\b|\b(restrict|limit)\w*( and \w+)? their (data )?(processing|use) of\b|\bage[- ]restricted\b|\brestricted (accounts?|mode|areas?|content|features?|products?|users?|data processing)\b/,
      /\b(block|restrict|limit|disable)\w* (the use of |the |all )?cookies\b|\bin limited (cases|circumstances|situations)\b/,
      // Someone else's power over you: "your administrator may restrict your ability to edit or delete".
      /\b(restrict|limit|prevent|block|disable|remove)\w* (your|the user's|users') (ability|right|permission) to\b/,
      // Our own practice, the person nowhere in it: "we limit the purpose for processing it".
      /^(?![^]*\b(you|right|rights|request\w*|ask\w*|entitled)\b)[^]*\bwe( \w+){0,2} (limit|restrict|block)\w*\b/,
    ],
    // "Request … that we restrict access to it" is the person's request, not a security measure.
    strong: [/\b(request|ask)\w*\b[^.]{0,60}\b(that )?(we|us to) restrict\b/],
  },
});
