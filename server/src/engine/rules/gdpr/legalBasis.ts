// Art. 13(1)(c): the legal basis for each purpose (Art. 6, and Art. 9 for special categories).
import { gdprItem } from '../framework/defineGdpr';
import { articleCues } from '../framework/match';

const HEADINGS = [/\b(legal|lawful) (basis|bases|grounds?)\b/];

export default gdprItem({
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
      /\blegitimate interests?\b/,
      /\b(performance|perform|fulfil|fulfill)\w* (of )?(a |the |our )?contract\b/,
      // "to comply with a legal obligation" alone often explains a disclosure to authorities; as a
      // basis it is stated as what the processing is necessary for or relies on.
      /\b(necessary|needed|required|rely|relies|relying|based|basis|grounds?)\b[^.]{0,40}\b(comply|compliance) with (a |our |the |any )?(legal|statutory|regulatory) obligations?\b/,
      /\b(based on|on the basis of|with) your consent\b/,
      // Processing tied to consent ("we will obtain your consent before…"), or claimed from use of the
      // service ("by using the site you consent to…": a weak basis, but a stated one).
      /\b(obtain|ask for|seek|request|rely on)\b[^.]{0,10}\byour (express |explicit |prior |specific )?consent\b/,
      /\byou (are |hereby )?(consent|consenting|agree|agreeing) to (the |our |this |these )?(collection|processing|use|practices|transfer)\b/,
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
