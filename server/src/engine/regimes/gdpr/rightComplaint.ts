// Art. 13(2)(d) with Art. 77: the right to lodge a complaint with a supervisory authority.
import { RIGHTS_HEADINGS, gdprItem } from './define';
import { articleCues } from '../../rules/framework/match';
import { AUTHORITY, AUTHORITY_NAMED } from './rightsLanguage';

export default gdprItem({
  name: 'right-complaint',
  title: 'Right to lodge a complaint with a supervisory authority',
  cites: ['13(2)(d)', '77'],
  docArticle: 77,
  explanation: 'People may complain to a data protection supervisory authority, in particular in the Member State where they live or work or where the infringement occurred (Art. 77); the notice must tell them so.',
  remedy: 'Tell people they may lodge a complaint with a supervisory authority, and name yours (with its website).',
  anchorHeadings: [...RIGHTS_HEADINGS, /\bcomplain/],
  patterns: {
    cues: ['complain', 'unhappy', 'dissatisfied', 'not satisfied', 'not happy', 'supervisory', 'authorit', 'regulator', 'commission', 'agency', 'agencies', 'ombudsm', 'dpa', 'ico', 'cnil', 'dpc', 'aepd', 'garante', 'bfdi', 'edpb', 'cnpd', 'uodo', 'imy', 'datatilsynet', 'datenschutz', 'persoonsgegevens', 'protection des donn', 'protezione dei dati', 'de datos', 'informatique et', ...articleCues('77')],
    any: [
      // A complaint (or concern) taken to an authority, by kind or by name: "complain to the Data
      // Protection Commission", "lodge a complaint with the ICO", "report a concern to your regulator".
      new RegExp(String.raw`\b(complain\w*|(lodge|file|make|submit|raise|bring|report|direct|address)\w*\b[^.]{0,20}\b(complaints?|concerns?|grievances?))\b[^.]{0,60}\b(to|with|before)\b( [a-z'-]+){0,5} ${AUTHORITY}`),
      /\bsupervisory authorit(y|ies)\b/,
      /\b(data protection|privacy) (authorit\w*|regulators?|agency|agencies|commissioners?|commission|board|ombudsm[ae]n|inspectorate)\b/,
      /\binformation commissioner\b/,
      // Turning to a named authority: "you may contact the ICO", "refer the matter to the CNIL".
      new RegExp(String.raw`\b(contact|reach|write to|turn to|refer\w*|appeal\w* to|escalat\w*)\b[^.]{0,30}\b(the |your )?${AUTHORITY_NAMED}`),
      /\bright to complain\b/,
      // An unresolved concern taken further: "if you are still unhappy, you can contact the communications authority".
      new RegExp(String.raw`\b(unhappy|dissatisfied|not satisfied|not happy|complain\w*)\b[^.]{0,80}\b(contact|reach|write to|turn to|refer\w* (it|this|the matter|your \w+) to)\b[^.]{0,40}\b${AUTHORITY}`),
      // A line that only names the right (a heading that text extraction left as a sentence).
      /^[^a-z]{0,8}(the )?right to (lodge|make|file|submit) (a )?complaints?[^a-z]{0,3}$/,
      /\bart(icle)?\.? ?77\b/,
    ],
    // A heading that names the right ("Right to lodge a complaint").
    headings: [/\bright to (lodge|make|file|submit) (a )?complaints?\b/, /\bcomplaints? (to|with) (a|the|your) (supervisory|data protection)/],
    // Being registered with the regulator says nothing of the right to complain to it.
    unless: [
      // Our own duty to tell the authority ("we will notify the regulator of a breach"), or its
      // adequacy decisions on transfers: no complaint by the person in either.
      /^(?![^]*\bcomplain)[^]*\bwe (will|shall|may|must|would|also)?( \w+){0,2} ?(contact|notify|inform|report to|cooperate with)\b[^.]{0,30}\b(authorit|regulator|commission|ico\b|cnil\b)/,
      /^(?![^]*\bcomplain)[^]*\badequa(cy|te)\b/,
      /^(?![^]*\bcomplain)[^]*\b(registered|registration|notified|regulated|supervised|licensed)\b[^.]{0,60}\b(authorit|regulator|commission)/,
      // Naming the authority ("our lead supervisory authority is …", "we cooperate with data
      // protection authorities") offers the person nothing to do; a sentence that lets them
      // complain, contact, refer or seek redress stays.
      /^(?![^]*\b(complain|contact|lodge|right|rights|you (may|can|could|also)|refer|report|concern|appeal|turn to|reach|write|remed|redress|recourse|art(icle)?\.? ?77))[^]*\b(supervisory authorit|(data protection|privacy) (authorit|regulator|agenc|commission|board|ombudsm|inspectorate)|information commissioner)/,
    ],
  },
});
