// Consent inferred from use: "by using the app you agree to the processing of your data". Under
// the GDPR consent is a freely given, specific, informed and unambiguous indication of wishes by a
// statement or a clear affirmative act (Art. 4(11)); the controller must be able to show it was
// given, it must be distinguishable from other matters and as easy to withdraw as to give (Art. 7).
// Merely using, visiting or installing a service is none of these (EDPB Guidelines 05/2020 on
// consent): such a sentence is not a legal basis, and a policy that relies on it has none.
//
// The same holds for the reverse wording, "if you do not agree with this policy, do not use the
// app": it says that using the app means agreeing, which is consent by use again. Agreeing to
// contract terms ("you agree to our Terms of Service") is another matter (a contract, not consent
// to processing) and is left alone, as is a change clause ("continued use after changes means you
// accept them"), which is about notice of changes rather than the basis of processing.

import { gdpr, gdprArticleUrl } from '../../law/legalRefs';
import { cuedSentences, cueList } from '../../rules/framework/match';
import { scopeOf } from '../../rules/framework/scope';
import type { CheckRule, RawFinding, RuleContext } from '../../rules/framework/ruleTypes';
import type { Sentence } from '../../model/document';

/** Every pattern below needs one of these words (a form of agree, consent or accept). */
const CUES = cueList(['agree', 'consent', 'accept']);

/** What is agreed to: the processing, or the privacy policy that describes it. */
const OBJECT = String.raw`(collection|collecting|processing|process|use of (your |the |such |this )?(personal )?(data|information)|usage|disclos\w+|storage|stor(e|ing)|transfer\w*|sharing|(this|our|the|these) (privacy |data protection |cookies? )?(polic(y|ies)|notice|statement)|practices|tracking|cookies?|(similar |tracking )technolog(y|ies))`;

/** The person's own assent as a statement about them: "you agree", "you hereby consent", "you are deemed to have accepted". */
const ASSENT = String.raw`\byou (hereby |thereby |expressly |explicitly |freely |also |further |automatically )?(are |will be |shall be )?(deemed to |considered to )?(have )?(consent|agree|accept|acknowledge and agree|signify your (consent|agreement|acceptance)|indicate your (consent|agreement|acceptance)|give (us )?your (consent|agreement))\w*\b`;

/** Use of the service as the act: "by using", "by continuing to browse", "if you choose to use", "when you install". */
const USE = String.raw`(\b(by|through) (continuing to |your (continued )?)?(us(e|ing|age)|access(ing)?|visit(ing)?|brows(e|ing)|download(ing)?|install(ing)?)\b|\bif you (choose to |decide to |continue to |wish to )?(use|access|visit|download|install)\b|\b(when|once|whenever) you (use|access|visit|download|install)\b)`;

/**
 * Between the assent and its object, no second verb of reading: "you confirm you have agreed to the
 * Terms of Service and read this Privacy Policy" agrees to the terms and only acknowledges the policy.
 */
const GAP = String.raw`(?:(?!\b(read|understood|reviewed|acknowledg)\w*\b)[^.]){0,60}`;

const PATTERNS: RegExp[] = [
  // "By using our app, you agree to the collection and use of information in accordance with this policy."
  new RegExp(`${USE}[^.]{0,120}${ASSENT}${GAP}\\b${OBJECT}\\b`),
  // "You consent to the processing of your data by using the app."
  new RegExp(`${ASSENT}${GAP}\\b${OBJECT}\\b[^.]{0,120}${USE}`),
  // "Your use of the service constitutes your consent to the practices described in this policy."
  new RegExp(String.raw`\b(your )?(continued )?(use|usage) of (the|our|this|these|any)\b[^.]{0,60}\b(constitutes?|signif(y|ies)|means|indicates?|implies|represents|(is|will be|shall be) deemed)\b[^.]{0,30}\b(consent|agreement|acceptance)\b[^.]{0,40}\b${OBJECT}\b`),
  // "If you do not agree with this policy, please do not use the app."
  new RegExp(String.raw`\bif you ((do not|don't|cannot|can't|are unwilling to|are not willing to|do not wish to) (agree|accept|consent)|disagree)\w*\b[^.]{0,60}\b(polic(y|ies)|privacy notice|this notice|privacy statement|processing|collection)\b[^.]{0,80}\b(((do|must|should) not|don't|stop|cease|discontinue|refrain from)\b[^.]{0,30}\b(us(e|ing)|access|install|download|visit)|uninstall|exit|leave)\b`),
];

/** Agreement to changes of the policy by continued use: a clause about notice of changes, not about the basis. */
const CHANGES = /\b(chang|modif|amend|revis)\w*\b[^.]{0,20}\b(to|of|in) (this|the|our|these)\b|\b(after|following) (the |any |such |these |those )?(posting|publication|effective date|chang|modif|updat|revis|amend)/;

/**
 * Not about this controller's processing, or not about EU readers: agreeing to other sites'
 * policies by visiting them; a sentence addressed to people outside the EEA.
 */
const ELSEWHERE = /\b(external|third[- ]party|linked|other|those|their) (web)?(sites?|services|apps?|applications|platforms)\b|\boutside (of )?(the )?(eea|european economic area|eu|european union|uk|united kingdom)\b[^.]{0,60}\b(by|if|when) (using|accessing|you use|you access)/;

/** Does the sentence infer consent (or agreement to the policy) from use of the service? */
export function infersConsentFromUse(norm: string): boolean {
  return PATTERNS.some((r) => r.test(norm)) && !CHANGES.test(norm) && !ELSEWHERE.test(norm);
}

/** The sentences that infer consent from use (outside passages addressed to US readers only), once per check. */
export function consentByUseSentences(ctx: RuleContext): Sentence[] {
  return ctx.memo('gdpr/consent-by-use', () => cuedSentences(ctx, CUES).filter((s) => infersConsentFromUse(s.norm) && scopeOf(ctx, s) !== 'us'));
}

const rule: CheckRule = {
  kind: 'check',
  id: 'gdpr/consent-by-use',
  family: 'gdpr',
  title: 'Consent inferred from use of the service',
  refs: gdpr('4(11)', '7'),
  defaultSeverity: 'warning',
  docUrl: gdprArticleUrl(7),
  explanation:
    'Using, visiting or installing a service is not consent: the GDPR requires a freely given, specific, informed and unambiguous statement or clear affirmative act (Art. 4(11)) that the controller can prove and that is kept apart from other matters (Art. 7). A sentence that treats use as agreement gives the processing no legal basis; name the Art. 6 basis that really applies, and where consent is needed, ask for it separately.',
  run(ctx: RuleContext): RawFinding[] {
    if (!ctx.options.regimes.includes('gdpr')) return [];
    return consentByUseSentences(ctx).map((s) => ({
      start: s.start,
      end: s.end,
      message: 'Use of the service is not consent: name the Art. 6 basis that applies, and ask for consent separately (GDPR Art. 4(11), Art. 7).',
    }));
  },
};

export default rule;
