// Art. 13(1)(c): the legal basis for each purpose (Art. 6, and Art. 9 for special categories).
import { gdprItem } from './define';
import { articleCues } from '../../rules/framework/match';
import { infersConsentFromUse } from './consentByUse';
import type { DisclosureRule } from '../../rules/framework/ruleTypes';

const HEADINGS = [/\b(legal|lawful) (basis|bases|grounds?)\b/];

/** Doing something with personal data: what a consent can be the ground of. */
const DATA_VERB = String.raw`(shar|disclos|sell|sold|rent|use|using|process|collect|transfer|suppl|pass|provid|giv|send|publish|access|stor|retain|keep)`;
const QUALIFIED_CONSENT = String.raw`(your |the user's |users' )?(prior |explicit |express |specific |separate |informed ){0,2}consent\b`;

/** A ground of Art. 6 other than consent, named in the same sentence as consent inferred from use. */
const OTHER_BASIS = /\b(contract|legal obligation|legitimate interest|vital interest|public (task|interest)|art(icle)?\.? ?6\b)/;

const rule = gdprItem({
  name: 'legal-basis',
  title: 'Legal basis of the processing',
  cites: ['13(1)(c)', '14(1)(c)', '6'],
  docArticle: 6,
  explanation: 'For each purpose the notice must name the legal basis in Art. 6 on which the processing relies (consent, contract, legal obligation, vital interests, public task or legitimate interests).',
  remedy: 'For each purpose, name its legal basis under Art. 6(1) (e.g. "performance of our contract with you, Art. 6(1)(b) GDPR").',
  anchorHeadings: [...HEADINGS, /\b(how|why) (we|do we) use\b/, /\bpurposes?\b/],
  patterns: {
    cues: ['legal', 'lawful', 'legitimate', 'contract', 'obligation', 'consent', 'agree', 'vital', ...articleCues('6')],
    any: [
      /\b(legal|lawful) (basis|bases|grounds?)\b/,
      /\bart(icle)?\.? ?6\b/,
      /\blegitimate (business |commercial )?interests?\b/,
      /\b(performance|perform|fulfil|fulfill)\w* (of )?(a |the |our |any |your )?contracts?\b/,
      /\b(perform|fulfil|fulfill|meet|comply with)\w* (our |the |its |any )?contractual (obligations?|commitments?|duties)\b/,
      // "to comply with a legal obligation" alone often explains a disclosure to authorities; as a
      // basis it is stated as what the processing is necessary for or relies on.
      /\b(necessary|needed|required|rely|relies|relying|based|basis|grounds?)\b[^.]{0,40}\b(comply|compliance) with (a |our |the |any )?(legal|statutory|regulatory) obligations?\b/,
      // …or as a purpose of our own processing, where the sentence is not about passing data on
      // ("to comply with our legal obligations"; "compliance with a legal obligation" in a list).
      /^(?![^.]{0,240}\b(disclos|shar|releas|reveal|transfer|provid|hand|pass|respond)\w*\b)[^.]{0,240}\b(comply|compliance) with (a |our |the |its |any |applicable )?(legal|statutory|regulatory) obligations?\b/,
      /\b(based on|on the basis of|with|upon|subject to) your (prior |explicit |express |specific |separate |informed ){0,2}consent\b/,
      // Processing tied to consent given as its own act: "we will obtain your consent before…",
      // "unless we ask you for prior consent", "only with explicit consent", "where you have given
      // us your consent". Consent inferred from use of the service is none of these (see keep).
      /\b(obtain|ask(ing)? (you )?for|seek|request|rely on)\w*\b[^.]{0,10}\b(your |the user's |users' )?(express |explicit |prior |specific |separate |verifiable |parental |requisite |informed ){0,2}consents?\b/,
      /\b(only|solely) (with|after|upon|on the basis of) (your )?(prior |explicit |express |specific |separate |informed ){0,2}consent\b/,
      // "We will not, without your express consent, share…" (not "a child gave us data without your consent").
      // (Processing must be what is withheld: not "we will not reduce your rights without your consent".)
      new RegExp(`\\b(not|never|no)\\b[^.]{0,30}\\b${DATA_VERB}\\w*\\b[^.]{0,60}\\bwithout ${QUALIFIED_CONSENT}|\\b(not|never),? without ${QUALIFIED_CONSENT}\\b[^.]{0,20}\\b${DATA_VERB}`),
      /\bwith (your |the user's |users' )?(prior |explicit |express |specific |separate |informed ){1,2}consent\b/,
      // (Not the condition of the right to withdraw: "where you have given consent, you may withdraw it".)
      /\b((where|if|when|once|after|provided) you (have )?(given|provided|granted) (us )?(your )?(prior |explicit |express |specific |separate |informed ){0,2}consent|(where|if|when|once|provided) you have consented)\b(?![^.]{0,80}\b(withdraw|revoke|retract))/,
      // Processing to meet a legal or contractual obligation (not a disclosure "to comply with" a request).
      /\b(process|use|collect|retain|keep|store)\w*\b[^.]{0,80}\b(to )?(meet|fulfil|fulfill|comply with|perform)\b[^.]{0,20}\b(legal|statutory|contractual|regulatory)\b[^.]{0,40}\bobligations?\b/,
      /\bvital interests?\b/,
    ],
    // A pointer to another document is not the basis: "for more information on how we use your
    // data and our legal grounds for using it, please go to <address>" (unless it names a basis too).
    unless: [/^(?![^.]{0,400}\b(consent|contract|legal obligation|legitimate interest|vital interest|public (task|interest)|art(icle)?\.? ?6\b))[^.]{0,400}\b(more|further|detailed) information (on|about|regarding)\b[^.]{0,120}\b(legal|lawful) (basis|bases|grounds?)\b[^.]{0,80}\b(go to|visit|see|refer to|read|available (at|on)|www\.|https?:)/],
    sectionHeadings: HEADINGS,
    inSection: [/\b(consent|contract|obligation|interest)/],
  },
});

/**
 * "By using the app you agree to the processing of your data" is not consent (Art. 4(11), Art. 7;
 * reported by gdpr/consent-by-use): such a sentence counts only if it names another ground as well.
 */
const legalBasis: DisclosureRule = {
  ...rule,
  detect: (ctx) => rule.detect(ctx).filter((s) => !infersConsentFromUse(s.norm) || OTHER_BASIS.test(s.norm)),
};

export default legalBasis;
