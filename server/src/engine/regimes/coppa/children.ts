// 16 CFR 312.4(d): the online notice of an operator whose service is directed to children under 13
// (or who knowingly collects from them): what is collected, how it is used and disclosed, and the
// parents' rights; or, for a general-audience service, the statement that it is not directed to them.
import { catalogItem } from '../../rules/framework/defineItem';
import { COPPA_RULE_URL } from '../../law/legalRefs';

const CHILD = String.raw`(child(ren)?|kids?|minors?|under (the age of )?(13|thirteen)|younger than (13|thirteen))`;

export default catalogItem({
  regime: 'coppa',
  name: 'children',
  title: "Children's personal information",
  refs: [{ law: 'COPPA', cite: '16 CFR 312.4(d)' }],
  docUrl: `${COPPA_RULE_URL}#p-312.4(d)`,
  explanation:
    'A service directed to children under 13, or that knowingly collects their personal information, must say what it collects from them, how it uses and discloses it, and that parents may review, delete and refuse further collection; a general-audience service should say it is not directed to children under 13.',
  remedy: 'Either state that the service is not directed to children under 13 and that you do not knowingly collect their information, or describe what you collect from children, how it is used and disclosed, and how parents can review, delete and stop further collection.',
  anchorHeadings: [/\bchild/, /\bkids?\b/, /\bminors?\b/, /\bcoppa\b/],
  patterns: {
    cues: ['child', 'kid', 'minor', '13', 'thirteen', 'parent', 'guardian', 'coppa'],
    any: [
      new RegExp(`\\b(not|never)\\b[^.]{0,30}\\b(directed|intended|targeted|designed|aimed|marketed)\\b[^.]{0,40}\\b${CHILD}`),
      new RegExp(`\\b(do not|does not|don't|will not|never)\\b[^.]{0,20}\\b(knowingly )?(collect|solicit|request|gather|process|market)\\w*\\b[^.]{0,80}\\b${CHILD}`),
      new RegExp(`\\b${CHILD}\\b[^.]{0,80}\\b(parent(al)?|guardian)\\b[^.]{0,80}\\b(consent|review|delete|deletion|refuse)`),
      new RegExp(`\\b(parent(s|al)?|guardians?)\\b[^.]{0,80}\\b(review|delete|deletion|refuse|revoke|consent)\\b[^.]{0,80}\\b${CHILD}`),
      /\bchildren'?s online privacy protection act\b|\bcoppa\b/,
      // "If you are a parent and believe your child under 13 gave us information, we will delete it."
      new RegExp(`\\b(parent(s|al)?|guardians?)\\b[^.]{0,80}\\b${CHILD}\\b[^.]{0,100}\\b(delete|deletion|remove|erase|review|refuse|revoke)\\b`),
      new RegExp(`\\b(collect|receive|learn)\\w*\\b[^.]{0,60}\\b(personal )?(information|data)\\b[^.]{0,40}\\b(from|of|about) (a |any )?${CHILD}`),
    ],
    headings: [/\bchild(ren)?('s)?\b.{0,30}\b(privacy|information|data)\b/, /\b(privacy|information|data)\b.{0,30}\bchild/],
  },
  // Decision: COPPA applies to services directed to children under 13 or operators with actual
  // knowledge. The profile's `children` fact decides; undeclared, the item is always expected,
  // because every general-audience policy should at least say it is not directed to children.
  requirement: (ctx) => {
    const c = ctx.options.profile.children;
    if (c === true) return { required: 'always', because: 'the processing profile declares that the service is directed to, or knowingly collects from, children under 13' };
    if (c === false) return { required: 'not-applicable', because: 'the processing profile declares that the service is not directed to children under 13' };
    return { required: 'always', because: 'a policy should say whether the service is directed to children under 13' };
  },
});
