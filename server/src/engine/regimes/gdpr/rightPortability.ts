// Art. 13(2)(b) with Art. 20: the right to data portability.
import { RIGHTS_HEADINGS, gdprItem } from './define';
import { articleCues } from '../../rules/framework/match';

export default gdprItem({
  name: 'right-portability',
  title: 'Right to data portability',
  cites: ['13(2)(b)', '20'],
  docArticle: 20,
  explanation: 'People may receive the data they provided in a structured, machine-readable format and have them sent to another controller, where processing is based on consent or contract and automated (Art. 20); the notice must tell them so.',
  remedy: 'Tell people they may receive their data in a structured, commonly used, machine-readable format and have it transmitted to another controller.',
  anchorHeadings: RIGHTS_HEADINGS,
  patterns: {
    cues: ['portab', 'machine', 'another', 'structured', 'format', 'with you', 'download', 'port ', 'your choice', 'electronic', 'digital', 'export', 'transfer of', ...articleCues('20')],
    any: [
      /\bportab(le|ility)\b/,
      /\bmachine[- ]readable\b/,
      // The person has the data sent on: "ask us to send your data to another company". Our own
      // sending to a processor ("we send your data to another provider who hosts our servers") is not.
      /\b(you|right|rights|request\w*|ask\w*|entitled|have (it|them|your \w+|the \w+)|option)\b[^.]{0,60}\b(transmit|transfer|send|sent|mov|pass)\w*\b[^.]{0,40}\b(to )?another (data )?(controller|organi[sz]ation|company|service provider|provider|service|party|business)\b/,
      // "take your data to another service", "move it to a new provider".
      /\b(you|right|rights|request\w*|ask\w*|entitled|able|option)\b[^.]{0,40}\b(take|move|bring|port|carry)\w* (it|them|your (personal )?(data|information)|this (data|information)|a copy( of (it|them|your (personal )?(data|information)))?)( with you)? (over )?to (another|a different|a new|other|any other) (\w+ )?(service|provider|company|platform|controller|organi[sz]ation|business|app)s?\b/,
      // The format of Art. 20(1): "structured, commonly used (and machine-readable) format", "a format that can be re-used".
      /\bstructured\b[^.]{0,30}\bcommonly[- ]used\b|\bformat\b[^.]{0,40}\b(re-?us(e|ed|able)|reusable|interoperable)\b/,
      /\bart(icle)?\.? ?20\b/,
      /\bport\b[^.]{0,30}\b(another|other|a new)\b/,
      // "have that information passed to an organisation of your choice".
      /\b(pass|transmit|transfer|send|giv|mov)\w*\b[^.]{0,30}\bto (an?|any|the) (other )?(organi[sz]ation|controller|company|provider|service|third party|business)\b[^.]{0,20}\bof your choice\b/,
      // "receive an electronic copy of the data you provided", "a digital file you can use yourself".
      /\b(receive|ask for|request|get|obtain|provide you with)\b[^.]{0,30}\b(an? )?(electronic|digital) (copy|file|format|version)\b/,
      // "ask for the transfer of personal information you have made available to us".
      /\btransfer of (the |your )?(personal )?(data|information)\b[^.]{0,20}\byou (have )?(provided|made available|given|supplied)\b/,
      // "download a copy of your data and take it with you to a service outside of Example".
      /\b(take|bring|move) (it|them|your data|this data|that data) with you to (another|a different|a new|other|a|any) (\w+ )?(service|provider|company|platform|controller|organi[sz]ation)s? (outside|of your choice|elsewhere)\b|\b(take|bring|move) (it|them|your data|this data|that data) with you to (another|a different|a new|other) (\w+ )?(service|provider|company|platform|controller|organi[sz]ation)\b/,
      // The right to download one's data: an electronic copy to take away.
      /\b(right|rights|entitled) to\b[^.]{0,40}\bdownload\b,?( (or |and )?\w+,?){0,2} (a copy of )?(your|their) (personal )?(data|information)\b/,
      /\b(you (can|may)|right to|request to|ask us to)\b[^.]{0,60}\bexport (your |a copy of your )(personal )?(data|information)\b/,
    ],
    // A heading that names the right: "Access and porting", "Porting your data".
    headings: [/\bportability\b|\b(access|data|information) and porting\b|\bporting (your |of )?(data|information)\b/],
    // A right in a rights list: "- transfer your personal information to another provider".
    listIntro: [/\bright/, /\brequest|\bask us\b/],
    inList: [/^[^a-z]{0,8}(to )?(transfer|transmit|move|port|export)\w* (of )?(your|a copy of your) (personal )?(data|information)\b/],
    // A business transfer ("to another company if we are acquired") is not portability; a sentence
    // that also names portability stays. Anchored once at the start.
    unless: [/^(?![^]*\b(portab|machine[- ]readable))[^]*\b(acquir\w*|acquisition|merger|merged|bankrupt\w*|reorgani[sz]ation|successor|sale of (our|the|all|substantially|a))\b/],
  },
});
