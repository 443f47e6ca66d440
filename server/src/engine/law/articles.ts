// The 99 articles of the GDPR: number, official title and chapter (facts from the Official
// Journal, OJ L 119, 4.5.2016), and, for the articles a privacy-policy drafter meets most, our
// own plain-language explanation (./articleExplanations.ts). Never the Regulation's text.

import { gdprArticleUrl } from './legalRefs';
import { ARTICLE_EXPLANATIONS } from './articleExplanations';

export interface GdprChapter {
  /** Roman numeral, as in the Regulation. */
  number: string;
  title: string;
}

export interface GdprArticle {
  number: number;
  /** The official title, in the Regulation's English wording. */
  title: string;
  chapter: GdprChapter;
  /** Plain-language explanation in our words: what the article requires and when. */
  explanation?: string;
  /** What a privacy policy must say about it ("Nothing directly." when nothing). */
  inPolicy?: string;
  /** The article on EUR-Lex. */
  url: string;
}

export const GDPR_CHAPTERS: readonly GdprChapter[] = [
  { number: 'I', title: 'General provisions' },
  { number: 'II', title: 'Principles' },
  { number: 'III', title: 'Rights of the data subject' },
  { number: 'IV', title: 'Controller and processor' },
  { number: 'V', title: 'Transfers of personal data to third countries or international organisations' },
  { number: 'VI', title: 'Independent supervisory authorities' },
  { number: 'VII', title: 'Cooperation and consistency' },
  { number: 'VIII', title: 'Remedies, liability and penalties' },
  { number: 'IX', title: 'Provisions relating to specific processing situations' },
  { number: 'X', title: 'Delegated acts and implementing acts' },
  { number: 'XI', title: 'Final provisions' },
];

const CHAPTER_BY_NUMBER = new Map(GDPR_CHAPTERS.map((c) => [c.number, c]));

/** [article, official title, chapter] for Art. 1..99. */
const TITLES: ReadonlyArray<readonly [number, string, string]> = [
  [1, 'Subject-matter and objectives', 'I'],
  [2, 'Material scope', 'I'],
  [3, 'Territorial scope', 'I'],
  [4, 'Definitions', 'I'],
  [5, 'Principles relating to processing of personal data', 'II'],
  [6, 'Lawfulness of processing', 'II'],
  [7, 'Conditions for consent', 'II'],
  [8, 'Conditions applicable to child\'s consent in relation to information society services', 'II'],
  [9, 'Processing of special categories of personal data', 'II'],
  [10, 'Processing of personal data relating to criminal convictions and offences', 'II'],
  [11, 'Processing which does not require identification', 'II'],
  [12, 'Transparent information, communication and modalities for the exercise of the rights of the data subject', 'III'],
  [13, 'Information to be provided where personal data are collected from the data subject', 'III'],
  [14, 'Information to be provided where personal data have not been obtained from the data subject', 'III'],
  [15, 'Right of access by the data subject', 'III'],
  [16, 'Right to rectification', 'III'],
  [17, 'Right to erasure (\'right to be forgotten\')', 'III'],
  [18, 'Right to restriction of processing', 'III'],
  [19, 'Notification obligation regarding rectification or erasure of personal data or restriction of processing', 'III'],
  [20, 'Right to data portability', 'III'],
  [21, 'Right to object', 'III'],
  [22, 'Automated individual decision-making, including profiling', 'III'],
  [23, 'Restrictions', 'III'],
  [24, 'Responsibility of the controller', 'IV'],
  [25, 'Data protection by design and by default', 'IV'],
  [26, 'Joint controllers', 'IV'],
  [27, 'Representatives of controllers or processors not established in the Union', 'IV'],
  [28, 'Processor', 'IV'],
  [29, 'Processing under the authority of the controller or processor', 'IV'],
  [30, 'Records of processing activities', 'IV'],
  [31, 'Cooperation with the supervisory authority', 'IV'],
  [32, 'Security of processing', 'IV'],
  [33, 'Notification of a personal data breach to the supervisory authority', 'IV'],
  [34, 'Communication of a personal data breach to the data subject', 'IV'],
  [35, 'Data protection impact assessment', 'IV'],
  [36, 'Prior consultation', 'IV'],
  [37, 'Designation of the data protection officer', 'IV'],
  [38, 'Position of the data protection officer', 'IV'],
  [39, 'Tasks of the data protection officer', 'IV'],
  [40, 'Codes of conduct', 'IV'],
  [41, 'Monitoring of approved codes of conduct', 'IV'],
  [42, 'Certification', 'IV'],
  [43, 'Certification bodies', 'IV'],
  [44, 'General principle for transfers', 'V'],
  [45, 'Transfers on the basis of an adequacy decision', 'V'],
  [46, 'Transfers subject to appropriate safeguards', 'V'],
  [47, 'Binding corporate rules', 'V'],
  [48, 'Transfers or disclosures not authorised by Union law', 'V'],
  [49, 'Derogations for specific situations', 'V'],
  [50, 'International cooperation for the protection of personal data', 'V'],
  [51, 'Supervisory authority', 'VI'],
  [52, 'Independence', 'VI'],
  [53, 'General conditions for the members of the supervisory authority', 'VI'],
  [54, 'Rules on the establishment of the supervisory authority', 'VI'],
  [55, 'Competence', 'VI'],
  [56, 'Competence of the lead supervisory authority', 'VI'],
  [57, 'Tasks', 'VI'],
  [58, 'Powers', 'VI'],
  [59, 'Activity reports', 'VI'],
  [60, 'Cooperation between the lead supervisory authority and the other supervisory authorities concerned', 'VII'],
  [61, 'Mutual assistance', 'VII'],
  [62, 'Joint operations of supervisory authorities', 'VII'],
  [63, 'Consistency mechanism', 'VII'],
  [64, 'Opinion of the Board', 'VII'],
  [65, 'Dispute resolution by the Board', 'VII'],
  [66, 'Urgency procedure', 'VII'],
  [67, 'Exchange of information', 'VII'],
  [68, 'European Data Protection Board', 'VII'],
  [69, 'Independence', 'VII'],
  [70, 'Tasks of the Board', 'VII'],
  [71, 'Reports', 'VII'],
  [72, 'Procedure', 'VII'],
  [73, 'Chair', 'VII'],
  [74, 'Tasks of the Chair', 'VII'],
  [75, 'Secretariat', 'VII'],
  [76, 'Confidentiality', 'VII'],
  [77, 'Right to lodge a complaint with a supervisory authority', 'VIII'],
  [78, 'Right to an effective judicial remedy against a supervisory authority', 'VIII'],
  [79, 'Right to an effective judicial remedy against a controller or processor', 'VIII'],
  [80, 'Representation of data subjects', 'VIII'],
  [81, 'Suspension of proceedings', 'VIII'],
  [82, 'Right to compensation and liability', 'VIII'],
  [83, 'General conditions for imposing administrative fines', 'VIII'],
  [84, 'Penalties', 'VIII'],
  [85, 'Processing and freedom of expression and information', 'IX'],
  [86, 'Processing and public access to official documents', 'IX'],
  [87, 'Processing of the national identification number', 'IX'],
  [88, 'Processing in the context of employment', 'IX'],
  [89, 'Safeguards and derogations relating to processing for archiving purposes in the public interest, scientific or historical research purposes or statistical purposes', 'IX'],
  [90, 'Obligations of secrecy', 'IX'],
  [91, 'Existing data protection rules of churches and religious associations', 'IX'],
  [92, 'Exercise of the delegation', 'X'],
  [93, 'Committee procedure', 'X'],
  [94, 'Repeal of Directive 95/46/EC', 'XI'],
  [95, 'Relationship with Directive 2002/58/EC', 'XI'],
  [96, 'Relationship with previously concluded Agreements', 'XI'],
  [97, 'Commission reports', 'XI'],
  [98, 'Review of other Union legal acts on data protection', 'XI'],
  [99, 'Entry into force and application', 'XI'],
];

export const GDPR_ARTICLES: readonly GdprArticle[] = TITLES.map(([number, title, chapter]) => {
  const a: GdprArticle = { number, title, chapter: CHAPTER_BY_NUMBER.get(chapter)!, url: gdprArticleUrl(number) };
  const e = ARTICLE_EXPLANATIONS[number];
  if (e) {
    a.explanation = e.explanation;
    a.inPolicy = e.inPolicy;
  }
  return a;
});

/** Art. 1..99, else undefined. */
export function gdprArticle(number: number): GdprArticle | undefined {
  return Number.isInteger(number) && number >= 1 && number <= GDPR_ARTICLES.length ? GDPR_ARTICLES[number - 1] : undefined;
}
