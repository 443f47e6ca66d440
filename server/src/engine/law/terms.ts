// The terms Art. 4 GDPR defines and the data subject rights named in words ("right to erasure",
// "data portability", "lodge a complaint"), each with the article(s) and a short explanation in
// our own words; and a finder for them in a document.
//
// Matching: one pass of one regular expression over `doc.norm` (lower-cased), whole words,
// plurals and British/American spellings, longest phrase first ("restriction of processing"
// before "processing"). Every alternative is a fixed phrase with bounded whitespace, so the scan
// is linear in the text.

import type { PolicyDocument } from '../model/document';
import type { DocumentContext } from '../model/context';

export interface LegalTerm {
  /** Stable id: "def/controller", "right/erasure". */
  id: string;
  /** The term as the GDPR names it: "controller", "Right to erasure ('right to be forgotten')". */
  label: string;
  kind: 'definition' | 'right' | 'term';
  /** The article(s) the hover points to, first the main one. */
  articles: number[];
  /** For Art. 4 definitions: the point number, e.g. 7 for "controller" (Art. 4(7)). */
  point?: number;
  /** Our short explanation. */
  explanation: string;
  /** Regular-expression sources (lower case, no capture groups) of the forms matched in a text. */
  forms: string[];
}

// Whitespace inside a phrase: a space, or a line break in wrapped text (bounded).
const S = '[ \\t\\r\\n]{1,3}';
const DASH = '(?:-|[ \\t\\r\\n]{1,3})';
const ph = (...words: string[]) => words.join(S);

export const ART4_DEFINITIONS: readonly LegalTerm[] = [
  def(1, 'personal data', ['personal' + S + 'data'],
    'Any information about a living individual who is identified or can be identified, directly or indirectly: by name, an identification number, location data, an online identifier such as an IP address or cookie ID, or characteristics specific to that person. Data that can be linked back to someone with reasonable effort are personal data.'),
  def(1, 'data subject', ['data' + S + 'subjects?'],
    'The identified or identifiable living individual whom personal data are about (defined within Art. 4(1)). The GDPR\'s rights belong to data subjects.', 'def/data-subject'),
  def(2, 'processing', ['processing'],
    'Anything done with personal data, automated or not: collecting, recording, organising, storing, altering, retrieving, consulting, using, disclosing, combining, restricting, erasing or destroying them. Merely storing or viewing data is processing.'),
  def(3, 'restriction of processing', [ph('restriction', 'of', 'processing')],
    'Marking stored personal data so that their use is limited in future; it is the outcome of the right to restriction in Art. 18.', undefined, [18]),
  def(4, 'profiling', ['profiling'],
    'Any automated processing of personal data that evaluates aspects of a person, in particular to analyse or predict their work performance, economic situation, health, preferences, interests, reliability, behaviour, location or movements. Profiling triggers the right to object (Art. 21) and, when decisions are solely automated, Art. 22.', undefined, [21, 22]),
  def(5, 'pseudonymisation', ['pseudonymi[sz](?:ation|ed|es|e|ing)'],
    'Processing data so that they can no longer be attributed to a particular person without additional information that is kept separately and protected. Pseudonymised data are still personal data; only truly anonymous data fall outside the GDPR.'),
  def(6, 'filing system', [ph('filing', 'systems?')],
    'Any structured set of personal data that can be searched by specific criteria, whether centralised, decentralised or spread out; it brings paper records within the GDPR.'),
  def(7, 'controller', ['(?:data' + S + ')?controllers?', 'joint' + S + 'controllers?'],
    'The person, company, authority or other body that, alone or jointly with others, decides why and how personal data are processed. The controller carries the GDPR\'s obligations, including the duty to inform under Art. 13 and 14.', undefined, [24, 26]),
  def(8, 'processor', ['(?:data' + S + ')?processors?', 'sub' + DASH + '?processors?'],
    'A person or body that processes personal data on behalf of the controller, such as a hosting, payroll or e-mail service provider. Processors act on the controller\'s instructions under a contract meeting Art. 28 (sub-processors are processors engaged by a processor).', undefined, [28]),
  def(9, 'recipient', ['recipients?'],
    'Anyone to whom personal data are disclosed, whether a third party or not, so processors are recipients too. Public authorities receiving data for a particular inquiry under EU or national law are not treated as recipients. A policy must name the recipients or their categories (Art. 13(1)(e)).', undefined, [13, 14]),
  def(10, 'third party', [ph('third', 'part(?:y|ies)')],
    'Anyone other than the data subject, the controller, the processor, and the people who process data under the direct authority of the controller or processor.'),
  def(11, 'consent', ['consent(?:s|ed|ing)?'],
    'A freely given, specific, informed and unambiguous indication of the person\'s wishes, by a statement or a clear affirmative action, agreeing to the processing of their data. Silence, pre-ticked boxes or inactivity are not consent; Art. 7 adds further conditions, including the right to withdraw.', undefined, [6, 7]),
  def(12, 'personal data breach', [ph('personal', 'data', 'breach(?:es)?'), ph('data', 'breach(?:es)?')],
    'A breach of security that leads to personal data being accidentally or unlawfully destroyed, lost, altered, disclosed without authorisation or accessed. It may have to be notified to the supervisory authority (Art. 33) and to the people affected (Art. 34).', undefined, [33, 34]),
  def(13, 'genetic data', [ph('genetic', 'data')],
    'Personal data about a person\'s inherited or acquired genetic characteristics that give unique information about their physiology or health, in particular from analysing a biological sample. A special category under Art. 9.', undefined, [9]),
  def(14, 'biometric data', [ph('biometric', 'data')],
    'Personal data resulting from specific technical processing of physical, physiological or behavioural characteristics that allows or confirms the unique identification of a person, such as facial images or fingerprints. A special category under Art. 9 when used to identify someone.', undefined, [9]),
  def(15, 'data concerning health', [ph('data', 'concerning', 'health'), ph('health', 'data')],
    'Personal data about a person\'s physical or mental health, including the provision of health care services, that reveal information about their health status. A special category under Art. 9.', undefined, [9]),
  def(16, 'main establishment', [ph('main', 'establishments?')],
    'For a business established in several Member States, in principle its place of central administration in the EU, unless decisions on the purposes and means of processing are taken at another EU establishment. It determines which supervisory authority leads (Art. 56).', undefined, [56]),
  def(17, 'representative', ['(?:eu|uk)' + S + 'representatives?', ph('representative', 'in', 'the', '(?:eu|european' + S + 'union|union)')],
    'A person or body established in the EU whom a controller or processor outside the EU has designated in writing under Art. 27 to represent it for its GDPR obligations. Only "EU representative" and "representative in the EU/Union" are recognised here, not every representative.', undefined, [27]),
  def(18, 'enterprise', [],
    'Any person or entity engaged in an economic activity, whatever its legal form, including partnerships and associations regularly engaged in economic activity. (Not highlighted in documents: the word is mostly used in its everyday sense.)'),
  def(19, 'group of undertakings', [ph('groups?', 'of', 'undertakings')],
    'A controlling undertaking together with the undertakings it controls.'),
  def(20, 'binding corporate rules', [ph('binding', 'corporate', 'rules')],
    'Data protection policies that a group of companies commits to for transferring personal data to group members outside the EU, approved by a supervisory authority under Art. 47.', undefined, [47]),
  def(21, 'supervisory authority', [ph('supervisory', 'authorit(?:y|ies)'), ph('data', 'protection', 'authorit(?:y|ies)')],
    'An independent public authority set up by a Member State to monitor the application of the GDPR (Art. 51), often called a data protection authority. People may lodge complaints with it (Art. 77).', undefined, [51, 77]),
  def(22, 'supervisory authority concerned', [ph('supervisory', 'authorit(?:y|ies)', 'concerned')],
    'An authority involved in a case because the controller or processor is established in its country, people living there are substantially affected, or a complaint was lodged with it.'),
  def(23, 'cross-border processing', ['cross' + DASH + 'border' + S + 'processing'],
    'Processing carried out through establishments in more than one Member State, or at a single EU establishment but substantially affecting people in more than one Member State. It brings in the lead-authority mechanism (Art. 56, 60).', undefined, [56, 60]),
  def(24, 'relevant and reasoned objection', [ph('relevant', 'and', 'reasoned', 'objections?')],
    'An objection by a concerned supervisory authority to the lead authority\'s draft decision, on whether there is an infringement or whether the planned action complies with the GDPR, showing the significance of the risks involved (Art. 60, 65).', undefined, [60, 65]),
  def(25, 'information society service', [ph('information', 'society', 'services?')],
    'A service normally provided for remuneration, at a distance, by electronic means and at the individual request of the user (as defined in Directive (EU) 2015/1535): in practice, most online services. Relevant to children\'s consent (Art. 8).', undefined, [8]),
  def(26, 'international organisation', [ph('international', 'organi[sz]ations?')],
    'A body under public international law, such as a UN agency, or any other body that two or more countries created by agreement. Transfers to such organisations follow Chapter V.', undefined, [44]),
];

export const NAMED_RIGHTS: readonly LegalTerm[] = [
  right('access', 'Right of access', [15], [ph('rights?', '(?:of|to)', 'access'), ph('access', 'rights?'), ph('subject', 'access', 'requests?'), 'dsars?'],
    'People may ask whether their data are processed and obtain a copy of the data, with information on purposes, recipients, retention, source and their other rights. The first copy is free.'),
  right('rectification', 'Right to rectification', [16], [ph('rights?', '(?:to|of)', 'rectification'), 'rectification', ph('rights?', 'to', 'rectify')],
    'People may have inaccurate data about them corrected and incomplete data completed, without undue delay.'),
  right('erasure', "Right to erasure ('right to be forgotten')", [17], [ph('rights?', '(?:to|of)', 'erasure'), ph('rights?', 'to', 'be', 'forgotten'), 'erasure', ph('rights?', 'to', '(?:delete|deletion)')],
    'People may have their data erased without undue delay when, for example, the data are no longer needed, consent is withdrawn, they successfully objected or processing is unlawful. It does not apply where the data are still needed, for example for a legal obligation or legal claims.'),
  right('restriction', 'Right to restriction of processing', [18], [ph('rights?', 'to', 'restrict(?:ion)?', '(?:of' + S + ')?processing'), ph('rights?', 'to', 'restriction'), ph('rights?', 'to', 'restrict')],
    'People may have their data kept but not otherwise used while accuracy or an objection is checked, where processing is unlawful but they prefer restriction to erasure, or where they need the data for legal claims.'),
  right('portability', 'Right to data portability', [20], [ph('rights?', 'to', '(?:data' + S + ')?portability'), ph('data', 'portability'), 'portability'],
    'Where processing rests on consent or a contract and is automated, people may receive the data they provided in a structured, commonly used, machine-readable format and have them passed to another controller.'),
  right('objection', 'Right to object', [21], [ph('rights?', 'to', 'object'), ph('rights?', 'of', 'objection'), ph('object', 'to', '(?:the' + S + ')?(?:processing|profiling|direct' + S + 'marketing)')],
    'People may object to processing based on legitimate interests or a public task on grounds relating to their situation; the controller must stop unless it has compelling overriding grounds. An objection to direct marketing must always be followed.'),
  right('withdraw-consent', 'Right to withdraw consent', [7], [ph('withdraw(?:ing|al|n)?', '(?:of' + S + ')?(?:your' + S + '|their' + S + '|his' + S + 'or' + S + 'her' + S + ')?consent'), ph('(?:revoke|revoking|revocation)', '(?:of' + S + ')?(?:your' + S + ')?consent'), ph('rights?', 'to', 'withdraw')],
    'Where processing rests on consent, the person may withdraw it at any time, as easily as it was given; processing before withdrawal stays lawful (Art. 7(3)). A policy must mention this right (Art. 13(2)(c)).'),
  right('complaint', 'Right to lodge a complaint with a supervisory authority', [77], [ph('lodge', 'an?', 'complaints?'), ph('rights?', 'to', 'complain'), ph('rights?', 'to', 'lodge'), ph('complain', 'to', '(?:an?|the|your|its)', '(?:competent' + S + ')?(?:supervisory|data' + S + 'protection)')],
    'Anyone who believes their data are processed in breach of the GDPR may complain to a supervisory authority, in particular where they live or work or where the breach occurred. A policy must mention this right (Art. 13(2)(d)).'),
  right('automated-decisions', 'Right not to be subject to automated individual decision-making', [22], [ph('automated', '(?:individual' + S + ')?decision' + DASH + 'making'), ph('automated', '(?:individual' + S + ')?decisions?'), ph('decisions?', 'based', 'solely', 'on', 'automated', 'processing')],
    'People may not be subject to decisions taken solely by automated means, including profiling, that have legal or similarly significant effects on them, unless the decision is needed for a contract, authorised by law or based on explicit consent, with safeguards such as human review.'),
  right('informed', 'Right to be informed', [13, 14, 12], [ph('rights?', 'to', 'be', 'informed'), ph('rights?', 'to', 'information')],
    'People must be told, when their data are collected or soon after they are obtained from others, who processes their data, why, on what legal basis, for how long, who receives them and what rights they have. The privacy policy is how this right is usually met.'),
  right('judicial-remedy', 'Right to an effective judicial remedy', [79, 78], [ph('(?:effective' + S + ')?judicial', 'remed(?:y|ies)')],
    'People may go to court against a controller or processor that infringes their rights (Art. 79), and against a binding decision or inaction of a supervisory authority (Art. 78).'),
  right('compensation', 'Right to compensation', [82], [ph('rights?', 'to', 'compensation')],
    'Anyone who suffers material or non-material damage from an infringement of the GDPR may claim compensation from the controller or processor responsible.'),
];

/** Other terms of art a drafter meets often (not Art. 4 definitions). */
export const OTHER_TERMS: readonly LegalTerm[] = [
  {
    id: 'term/dpo',
    label: 'Data protection officer',
    kind: 'term',
    articles: [37, 38, 39],
    explanation: 'An expert who advises the organisation on data protection and monitors compliance, independently. Mandatory for public authorities and where core activities involve large-scale monitoring or special-category data (Art. 37); if designated, a policy must give the DPO\'s contact details (Art. 13(1)(b)).',
    forms: [ph('data', 'protection', 'officers?'), 'dpos?'],
  },
  {
    id: 'term/legitimate-interests',
    label: 'Legitimate interests',
    kind: 'term',
    articles: [6],
    explanation: 'A legal basis (Art. 6(1)(f)): processing necessary for the legitimate interests of the controller or a third party, unless the person\'s interests or fundamental rights override them. Where relied on, a policy must state the interests pursued (Art. 13(1)(d)), and people may object (Art. 21).',
    forms: [ph('legitimate', 'interests?')],
  },
  {
    id: 'term/special-categories',
    label: 'Special categories of personal data',
    kind: 'term',
    articles: [9],
    explanation: 'Data showing ethnic or racial origin, political views, religious or philosophical beliefs or union membership, plus genetic data, biometric data used for identification, and data on health, sex life or sexual orientation. Processing them is prohibited unless an Art. 9(2) exception applies.',
    forms: [ph('special', 'categor(?:y|ies)', 'of', '(?:personal' + S + ')?data'), ph('sensitive', '(?:personal' + S + ')?data')],
  },
  {
    id: 'term/standard-contractual-clauses',
    label: 'Standard contractual clauses',
    kind: 'term',
    articles: [46],
    explanation: 'Model data protection clauses adopted by the European Commission (Art. 46(2)(c)) that exporter and importer sign to safeguard a transfer outside the EU/EEA. A policy must name the safeguard and say how to get a copy (Art. 13(1)(f)).',
    forms: [ph('standard', '(?:contractual|data' + S + 'protection)', 'clauses'), 'sccs?'],
  },
  {
    id: 'term/adequacy-decision',
    label: 'Adequacy decision',
    kind: 'term',
    articles: [45],
    explanation: 'A European Commission decision that a non-EU country, territory, sector or international organisation protects personal data adequately, so that data may flow there without further safeguards (Art. 45).',
    forms: [ph('adequacy', 'decisions?')],
  },
];

function def(point: number, label: string, forms: string[], explanation: string, id?: string, related: number[] = []): LegalTerm {
  return { id: id ?? `def/${label.replace(/ /g, '-')}`, label, kind: 'definition', articles: [4, ...related], point, explanation, forms };
}

function right(id: string, label: string, articles: number[], forms: string[], explanation: string): LegalTerm {
  return { id: `right/${id}`, label, kind: 'right', articles, explanation, forms };
}

export const ALL_TERMS: readonly LegalTerm[] = [...NAMED_RIGHTS, ...ART4_DEFINITIONS, ...OTHER_TERMS];

export interface LegalTermMatch {
  start: number;
  end: number;
  term: LegalTerm;
}

// One alternation, each form in its own capture group so the match tells which term it is.
// Longer forms first: "restriction of processing" before "processing", "data breach" before …
const FORMS: Array<{ source: string; term: LegalTerm }> = ALL_TERMS.flatMap((t) => t.forms.map((source) => ({ source, term: t }))).sort(
  (a, b) => literalLength(b.source) - literalLength(a.source),
);
const FINDER = new RegExp(`\\b(?:${FORMS.map((f) => `(${f.source})`).join('|')})(?![a-z0-9])`, 'g');

/** Rough length of what a form matches, to order alternatives longest first. */
function literalLength(source: string): number {
  return source.replace(/\[[^\]]*\]\{\d,\d\}/g, ' ').replace(/[()?:|\\[\]{}]/g, '').length;
}

/** Every defined term and named right in the document, in text order, not overlapping. Linear. */
export function findLegalTerms(doc: PolicyDocument): LegalTermMatch[] {
  const out: LegalTermMatch[] = [];
  FINDER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FINDER.exec(doc.norm))) {
    let g = 1;
    while (g < m.length && m[g] === undefined) g++;
    out.push({ start: m.index, end: m.index + m[0].length, term: FORMS[g - 1].term });
  }
  return out;
}

/** For rules: computed once per check. */
export function legalTerms(ctx: DocumentContext): LegalTermMatch[] {
  return ctx.memo('law/legalTerms', () => findLegalTerms(ctx.doc));
}

export function legalTermById(id: string): LegalTerm | undefined {
  return ALL_TERMS.find((t) => t.id === id);
}
