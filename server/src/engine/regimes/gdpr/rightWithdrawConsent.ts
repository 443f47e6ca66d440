// Art. 13(2)(c) with Art. 7(3): the right to withdraw consent at any time.
import { RIGHTS_HEADINGS, gdprItem } from './define';
import { cuedSentences, cueList, articleCues } from '../../rules/framework/match';
import { scopeOf } from '../../rules/framework/scope';
import type { DisclosureRule, RuleContext } from '../../rules/framework/ruleTypes';
import type { Sentence } from '../../model/document';
import { infersConsentFromUse } from './consentByUse';

const BASIS_CONSENT = /consent/i;
const RELIES_ON_CONSENT = /\b(with|based on|on the basis of|by giving|you give|you have given|we (ask for|obtain|request|rely on)) (your )?consent\b|\bconsent to\b/;
/** RELIES_ON_CONSENT needs "consent": only sentences with it are tried. */
const CONSENT_CUES = cueList(['consent']);

/** Withdrawal in plain words: "you can always change your mind". */
const CHANGE_MIND = /\bchange(d)? your mind\b/;
/**
 * Undoing a choice in other words ("you can opt out at any time", "turn it off in your device
 * settings"): withdrawal when the sentence says that the choice undone was consent or a permission
 * given ("if you have opted in to text alerts, you can opt out at any time"), or when a permission
 * is what is turned off. A plain unsubscribe or an advertising opt-out is not enough.
 */
const UNDO = String.raw`(\b(withdraw|revok|retract)\w*|\bopt(ing)?[- ]?out\b|\bunsubscrib\w*|\b(turn|switch)(ing)? (it |them |this |that |these |those )?off\b|\bdisabl\w*|\b(deny|denying)\b|\b(change|adjust|modify|update|manag)\w* (your |the |these |those |its |such )?([a-z]+ )?(preferences|settings|choices?|permissions?)\b)`;
const GIVEN = String.raw`\b(you('ve| have)? (given|granted|provided) (us )?(your )?(consent|permission)|you('ve| have| had)? (consented|agreed|opted[- ]in|allowed|granted|enabled)|you (previously |once |have |had )?(chose|chosen|elected) to (receive|share|allow|enable|give)|(with|based on|on the basis of|upon) your (explicit |express |prior )?(consent|permission)|(if|once|when|where) you (agree|consent|opt[- ]in|allow|grant|enable)\b)`;
const GIVEN_THEN_UNDO = new RegExp(`${GIVEN}[^.]{0,140}${UNDO}`);
const UNDO_PERMISSION = /\b((turn|switch)(ing)? off|disabl\w*|revok\w*|withdraw\w*|deny|denying|remov\w*)\b (the |this |that |any |your |these |those |its |such |our )?([a-z]+ ){0,2}permissions?\b/;
/** …stated as the person's option: "you can", "you may", "at any time". */
const ABILITY = /\byou\b[^.]{0,30}\b(can|may|could|able|free|right|option|choice)\b|\b(at any time|anytime|at all times)\b/;
const MIND_CUES = cueList(['your mind', 'withdraw', 'revok', 'retract', 'opt out', 'opt-out', 'optout', 'opting out', 'opting-out', 'unsubscrib', 'turn', 'switch', 'disabl', 'deny', 'denying', 'preferences', 'settings', 'choice', 'permission']);
/** Consent in plain words, in the same or a neighbouring sentence ("We'll only use them if you've agreed"); agreeing to terms is not consent to processing. */
const AGREED = /\b(consent\w*|permissions?|(?<!opt[- ]?out (or|and) |opt[- ]?out\/)opt(ed)?[- ]in(?!( or| and|\/) (opt[- ]?)?out|\/out)|you('ve| have)? agreed|if you agree|your agreement|(if|once|when|where|after) you (have )?(allow|grant|enable)\w*)\b(?! to (these|the|our|this) (terms|polic|privacy|notice|conditions))/;

/**
 * A ground of erasure ("where you withdraw the consent on which processing is based and there is
 * no other ground") is not the right itself; a list of rights that includes both is.
 */
const ERASURE_GROUND = [
  /\b(if|where|when|once) you (withdraw|have withdrawn|revoke)\b[^.]{0,80}\b(erasure|erase|delete|deletion|no other (legal )?(ground|basis))\b/,
  /\bwithdraw\w*\b[^.]{0,60}\bconsents?\b[^.]{0,60}\bno (other|further) (valid |legal |lawful |legitimate )?(ground|basis|reason|justification)s?\b/,
  /\b(erasure|erase|delete|deletion)\b[^.]{0,80}\b(if|where|when|once) you (withdraw|have withdrawn|revoke)\b/,
];

const item = gdprItem({
  name: 'right-withdraw-consent',
  title: 'Right to withdraw consent',
  cites: ['13(2)(c)', '14(2)(d)', '7(3)'],
  docArticle: 7,
  explanation: 'Where processing relies on consent, people may withdraw it at any time, as easily as they gave it, without affecting earlier processing (Art. 7(3)); the notice must tell them so.',
  remedy: 'Tell people they may withdraw their consent at any time, how to do it, and that withdrawal does not affect processing before it.',
  anchorHeadings: [...RIGHTS_HEADINGS, /\bconsent\b/],
  patterns: {
    cues: ['consent', 'withdraw', 'revok', 'retract', ...articleCues('7')],
    strong: [/\b(right to|may|can|are free to|entitled to)\b[^.]{0,20}\b(withdraw|revoke)\w*\b[^.]{0,30}\bconsent\b/],
    unless: ERASURE_GROUND,
    any: [
      /\b(withdraw|revoke|retract)\w*\b[^.]{0,30}\bconsents?\b/,
      /\bwithdrawal of (your )?consent\b/,
      // Consent in other words: agreement, permission, the choice to share.
      /\b(withdraw|revoke|retract)\w*\b (your |any |the )?(agreement|permission|authori[sz]ation|opt-in|decision to share|choice to share)\b/,
      /\b(consent|permission|agreement)\b[^.]{0,80}\b(withdraw|revoke)\w* (it|this|them)\b/,
      /\bconsent\b[^.]{0,60}\b(withdraw|revoke)/,
      /\bart(icle)?\.? ?7 ?\(3\)/,
      // Withdrawing the information itself (the Indian IT Rules' wording): "you may withdraw the information provided".
      /\bwithdraw(ing|al of)? (your |the |such |any |their |this )?(personal )?(information|data)\b/,
      /\b(information|data)\b[^.]{0,60}\b(may|can|could) be withdrawn\b/,
      // A permission given: "you can revoke the app's access to your contacts in your device settings".
      // (Not an administrator's power over others: "you may revoke a team member's access".)
      /\byou\b[^.]{0,30}\b(revok|withdraw)\w*\b[^.]{0,40}(\b(our|its|their|the app's|the application's)|\bus) (access|permissions?)\b|\byou\b[^.]{0,30}\b(revok|withdraw)\w*\b[^.]{0,40}\b(access|permissions?) to your\b|\byou\b[^.]{0,30}\b(revok|withdraw)\w* (any |the |this |these |such |your |those )?(\w+ )?permissions?\b/,
    ],
    // "You have the right to: … change your mind, and ask us to stop using your information".
    listIntro: [/\bright/],
    inList: [CHANGE_MIND],
  },
  requirement: (ctx, found) => {
    const basis = ctx.options.profile.basis;
    if (basis) {
      return basis.some((b) => BASIS_CONSENT.test(b))
        ? { required: 'always', because: 'the processing profile lists consent as a basis' }
        : { required: 'not-applicable', because: 'the processing profile does not list consent as a basis' };
    }
    if (found.get('gdpr/right-withdraw-consent')) return { required: 'always', because: 'the text mentions consent' };
    if (cuedSentences(ctx, CONSENT_CUES).some((s) => RELIES_ON_CONSENT.test(s.norm))) return { required: 'always', because: 'the text relies on consent' };
    return { required: 'conditional', because: 'required only if processing relies on consent' };
  },
});

/**
 * "You can always change your mind" where the sentence or a neighbour of the same paragraph speaks
 * of consent; "if you opted in, you can opt out at any time"; "you can turn off the camera
 * permission". Consent inferred from use ("by using the app you consent…") is no consent to withdraw.
 */
function changeOfMind(ctx: RuleContext): Sentence[] {
  const sentences = ctx.doc.sentences;
  const out: Sentence[] = [];
  for (const s of cuedSentences(ctx, MIND_CUES)) {
    const n = s.norm;
    if (scopeOf(ctx, s) === 'us' || infersConsentFromUse(n)) continue;
    if (CHANGE_MIND.test(n)) {
      // A change of mind may lean on a neighbour for the consent.
      const i = indexOfSentence(sentences, s);
      const near = (i < 0 ? [s] : [sentences[i - 1], s, sentences[i + 1]]).filter((x) => x !== undefined && x.paragraph === s.paragraph);
      if (near.some((x) => AGREED.test(x.norm) && !infersConsentFromUse(x.norm))) out.push(s);
    } else if (ABILITY.test(n) && (GIVEN_THEN_UNDO.test(n) || UNDO_PERMISSION.test(n)) && !ERASURE_GROUND.some((r) => r.test(n))) {
      out.push(s);
    }
  }
  return out;
}

function indexOfSentence(sentences: readonly Sentence[], s: Sentence): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].start === s.start) return mid;
    if (sentences[mid].start < s.start) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

const rule: DisclosureRule = {
  ...item,
  detect: (ctx) => {
    const found = item.detect(ctx);
    const more = changeOfMind(ctx).filter((s) => !found.includes(s));
    return more.length === 0 ? found : [...found, ...more].sort((a, b) => a.start - b.start);
  },
};

export default rule;
