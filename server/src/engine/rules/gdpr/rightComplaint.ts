// Art. 13(2)(d) with Art. 77: the right to lodge a complaint with a supervisory authority.
import { RIGHTS_HEADINGS, gdprItem } from '../framework/defineGdpr';
import { articleCues } from '../framework/match';

export default gdprItem({
  name: 'right-complaint',
  title: 'Right to lodge a complaint with a supervisory authority',
  cites: ['13(2)(d)', '77'],
  docArticle: 77,
  explanation: 'People may complain to a data protection supervisory authority, in particular in the Member State where they live or work or where the infringement occurred (Art. 77); the notice must tell them so.',
  remedy: 'Tell people they may lodge a complaint with a supervisory authority, and name yours (with its website).',
  anchorHeadings: [...RIGHTS_HEADINGS, /\bcomplain/],
  patterns: {
    cues: ['complain', 'supervisory', 'authorit', 'regulator', 'commissioner', 'agency', ...articleCues('77')],
    any: [
      /\b(lodge|file|make|submit|raise)\b[^.]{0,20}\bcomplaints?\b[^.]{0,80}\b(authorit|regulator|commissioner|agency|dpa|ico|cnil)/,
      /\bsupervisory authorit(y|ies)\b/,
      /\b(data protection|privacy) (authority|authorities|regulators?|agency|agencies|commissioners?)\b/,
      /\binformation commissioner\b/,
      /\bright to complain\b/,
      // A line that only names the right (a heading that text extraction left as a sentence).
      /^[^a-z]{0,8}(the )?right to (lodge|make|file|submit) (a )?complaints?[^a-z]{0,3}$/,
      /\bart(icle)?\.? ?77\b/,
    ],
    // A heading that names the right ("Right to lodge a complaint").
    headings: [/\bright to (lodge|make|file|submit) (a )?complaints?\b/, /\bcomplaints? (to|with) (a|the|your) (supervisory|data protection)/],
    // Being registered with the regulator says nothing of the right to complain to it.
    unless: [
      /^(?![^]*\bcomplain)[^]*\b(registered|registration|notified|regulated|supervised|licensed)\b[^.]{0,60}\b(authorit|regulator|commissioner)/,
      // Naming the authority ("our lead supervisory authority is …") offers the person nothing to
      // do; a sentence that lets them complain, contact, refer or seek redress stays.
      /^(?![^]*\b(complain|contact|lodge|right|rights|you (may|can|could|also)|refer|report|concern|appeal|turn to|reach|write|remed|redress|recourse|art(icle)?\.? ?77))[^]*\b(supervisory authorit|(data protection|privacy) (authority|regulator|agency|commissioner)|information commissioner)/,
    ],
  },
});
