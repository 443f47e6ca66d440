// UK GDPR Art. 13(2)(d) / 14(2)(e) with DPA 2018 s. 165: the right to complain to the
// Information Commissioner.
//
// The GDPR item's detector finds the complaint sentence (it knows the ICO and the Information
// Commissioner by name, and "a supervisory authority" in general). What differs is the authority:
// under the UK GDPR it is the Commissioner. Decision (judging guide: "a complaint to a supervisory
// or data protection authority, named or not" addresses the item):
// - naming the ICO, the Information Commissioner, the UK, or the reader's own authority in general
//   ("a supervisory authority", "your local data protection authority", even beside the Irish DPC)
//   discloses the item;
// - a text whose every complaint sentence points to an EU or EEA authority only (the CNIL, the
//   Irish Data Protection Commission) or offers the complaint to EU readers only ("EEA users may
//   complain…", "the authority of your EU Member State") addresses the item but does not tell a UK
//   reader where to complain: insufficient, unless the ICO is named elsewhere in the text.
import gdprComplaint from '../gdpr/rightComplaint';
import { cuedSentences, cueList } from '../../rules/framework/match';
import type { RawShortfall, RuleContext } from '../../rules/framework/ruleTypes';
import type { Sentence } from '../../model/document';
import { dpa2018, dpa2018SectionUrl, fromGdpr, ukGdpr } from './define';

/** The UK's authority, or the UK named as the place of the complaint. */
const UK_AUTHORITY = /\b(ico|information commissioner('s office)?|information commission|uk|u\.k\.|united kingdom|britain|british)\b|\bico\.org\.uk\b/;
const UK_AUTHORITY_CUES = cueList(['ico', 'information commission', 'uk', 'u.k.', 'united kingdom', 'britain', 'british']);
/** A foreign (EU, EEA or Swiss) authority, or the EU as the place of the complaint. */
const FOREIGN_AUTHORITY =
  /\b(member states?|eu|e\.u\.|european union|eea|european economic area|cnil|dpc|(irish )?data protection commission(er)?|aepd|garante|bfdi|cnpd|uodo|imy|datatilsynet\w*|datenschutz\w*|persoonsgegevens|edpb|fdpic|ireland|irish|france|french|germany|german|spain|spanish|italy|italian|netherlands|dutch|luxembourg|swiss|switzerland)\b/;
/** The reader's own authority, wherever they are: "your local data protection authority", "a supervisory authority". */
const GENERIC_AUTHORITY = /\b(your|a|an|any|the) (own )?(local |competent |relevant |appropriate |applicable |national |home |responsible )?(government )?(data protection |privacy )?(supervisory )?(authorit(y|ies)|regulators?|supervisory body)\b(?! (of|in) (the |your |an? )?(eu|e\.u\.|european|eea|member state))/;
/** The complaint offered to EU readers only: "EEA users may…", "if you live in an EU Member State", "your Member State's authority". */
const EU_READERS =
  /\b(eea|eu|european( union| economic area)?) (users|residents|individuals|citizens|data subjects|customers|consumers)\b|\b(if|where) you (are|live|reside|are located|are based)\b[^.]{0,40}\b(eea|eu|e\.u\.|european union|european economic area|member state)\b|\b(your|the|an|a) (eu |eea )?member state\b/;

/** Does the complaint sentence point UK readers nowhere but to an EU or EEA authority? */
function euOnly(norm: string): boolean {
  if (UK_AUTHORITY.test(norm)) return false;
  if (EU_READERS.test(norm)) return true;
  if (GENERIC_AUTHORITY.test(norm)) return false;
  return FOREIGN_AUTHORITY.test(norm);
}

function assessComplaint(ctx: RuleContext, evidence: readonly Sentence[]): RawShortfall | undefined {
  if (!evidence.every((s) => euOnly(s.norm))) return undefined;
  // The ICO named anywhere else (a contact block, a sentence of its own) tells the reader too.
  if (cuedSentences(ctx, UK_AUTHORITY_CUES).some((s) => /\b(ico|information commissioner)\b/.test(s.norm))) return undefined;
  const s = evidence[0];
  return {
    start: s.start,
    end: s.end,
    message:
      'Complaint offered only to an EU authority or EU readers: name the Information Commissioner’s Office (ICO, ico.org.uk).',
  };
}

export default fromGdpr(gdprComplaint, {
  title: 'Right to lodge a complaint with the Information Commissioner',
  refs: [...ukGdpr('13(2)(d)', '14(2)(e)'), ...dpa2018('165')],
  docUrl: dpa2018SectionUrl(165),
  explanation:
    'People may complain to the Information Commissioner (the ICO), the UK’s supervisory authority, if they think their personal data are processed unlawfully (DPA 2018 s. 165); the notice must tell them so. An EU authority is not the authority for UK readers.',
  remedy: 'Tell people they may complain to the Information Commissioner’s Office (ICO), with its website (ico.org.uk).',
  assess: assessComplaint,
});
