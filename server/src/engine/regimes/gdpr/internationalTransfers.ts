// Art. 13(1)(f): transfers to a third country and the safeguards relied on.
//
// The item is addressed by any statement that data are transferred, stored or processed outside
// the person's country or the EEA ("computers located outside your jurisdiction", "servers in the
// United States", "processed in several countries"), or that they are not. Under Art. 13(1)(f) a
// transfer must come with the safeguard relied on (adequacy decision, standard contractual
// clauses, binding corporate rules, the EU-US Data Privacy Framework, a derogation of Art. 49) and,
// for the safeguards of Art. 46/47, how to obtain a copy: a transfer named without them makes the
// item insufficient (assess). A denial needs no safeguard.
import { gdprItem } from './define';
import { cuedSentences, cueList } from '../../rules/framework/match';
import type { Sentence } from '../../model/document';

const NO_TRANSFER = /\b(do not|does not|don't|will not|won't|never)\b[^.]{0,20}\b(transfer|send|store|process|move)\w*\b[^.]{0,60}\b(outside|beyond)\b[^.]{0,20}\b(the )?(eea|european economic area|eu|european union)\b(?![^.]{0,40}\b(unless|except|without)\b)/;
/** NO_TRANSFER needs "outside" or "beyond": only sentences with one are tried. */
const NO_TRANSFER_CUES = cueList(['outside', 'beyond']);

/** Data moving or resting somewhere: transferred, stored, processed, hosted, kept, located. */
export const DATA_VERB = String.raw`\b(transfer\w*|transmi\w*|sen[dt]|sending|stor(e|ed|es|ing)|process(ed|es|ing)?|host(ed|s|ing)?|locat(ed|ion|ions)|maintain(ed|s)?|kept|held|mov(e|ed|es|ing)|disclos\w*|shar(e|ed|es|ing))\b`;
/** Countries outside the EEA that policies name as the place of processing. */
export const THIRD_COUNTRY = String.raw`(the )?(united states( of america)?|usa|u\.s\.(a\.)?|the us|canada|india|china|singapore|japan|australia|russia|brazil|israel|(south )?korea|hong kong|taiwan|turkey|united arab emirates|uae|philippines|vietnam|indonesia|malaysia|mexico)\b`;
/** A place outside the person's own: "outside your country", "beyond the jurisdiction". */
export const OUTSIDE_HOME = String.raw`\b(outside|beyond)( of)? (your |the |their |its |our |his or her |a |one's )?(own |home |respective |current )?(state|province|country|countries|jurisdictions?|region|territory|nation)\b`;

/** Outside the EEA, said of data or recipients, not of people or a company's seat. */
const OUTSIDE_EEA = String.raw`(?<!\b(you|you are|you're|you live|you reside|users?|residents?|visitors|customers|consumers|individuals|people|persons|anyone|those|established|incorporated|headquartered|registered)( (who are|who live|who reside|located|based|living|residing|resident))? )\b(outside|beyond)\b[^.]{0,20}\b(the )?(eea|european economic area|eu|european union|europe|uk|switzerland)\b`;
/** A named safeguard of Chapter V: the Commission's adequacy decision, SCCs, BCRs, the DPF, Art. 46/49. */
const SAFEGUARD = /\b(adequacy (decisions?|findings?|regulations?)|(european )?commission\b[^.]{0,80}\badequa\w*|adequa\w*[^.]{0,80}\b(european )?commission\b|standard (data protection |contractual )?(contractual )?clauses|model (contract(ual)? )?clauses|sccs?|binding corporate rules|bcrs?|data privacy framework|dpf|art(icle|\.)? ?4[69]\b|derogations?|explicit consent|approved (codes? of conduct|certification))/;
/** Safeguards of Art. 46/47 (not an adequacy decision, the DPF or a derogation) call for how to obtain a copy. */
const NEEDS_COPY = /\b(standard (data protection |contractual )?(contractual )?clauses|model (contract(ual)? )?clauses|sccs?|binding corporate rules|bcrs?|art(icle|\.)? ?46\b|approved (codes? of conduct|certification))/;
const SAFEGUARD_CUES = cueList(['adequa', 'clauses', 'scc', 'binding corporate', 'bcr', 'data privacy framework', 'dpf', 'article', 'art.', 'art 4', 'art4', 'derogation', 'explicit consent', 'approved code', 'approved certification']);
/** A sentence saying how to obtain a copy of the safeguards, wherever it stands. */
export const COPY_OF = /\bcop(y|ies)\b[^.]{0,100}\b(clauses|safeguards?|sccs?|bcrs?|contracts?|agreements?|mechanisms?|transfers?)\b|\b(clauses|safeguards?|sccs?|bcrs?|contracts?|agreements?|mechanisms?)\b[^.]{0,100}\b(cop(y|ies)|available (at|from|on|upon|by)|obtain\w*|request\w*)\b/;
export const COPY_CUES = cueList(['cop', 'available', 'obtain', 'request']);
/** A denial: nothing leaves the country or the EEA. */
export const DENIAL = /\b(do not|does not|don't|will not|won't|never|not)\b[^.]{0,30}\b(transfer|send|store|process|move|host|leave)\w*\b[^.]{0,60}\b(outside|abroad|overseas|beyond)\b(?![^.]{0,40}\b(unless|except|without|other than)\b)/;

export default gdprItem({
  name: 'international-transfers',
  title: 'Transfers to third countries',
  cites: ['13(1)(f)', '14(1)(f)', '44', '46'],
  docArticle: 13,
  explanation: 'Where personal data leave the EU/EEA, the notice must say so, whether an adequacy decision exists, and which safeguards apply (e.g. standard contractual clauses) and how to obtain a copy. The safeguard may be an adequacy decision, standard contractual clauses, binding corporate rules, the EU-US Data Privacy Framework (for certified recipients) or a derogation of Art. 49; clauses and rules need a word on how to obtain a copy.',
  remedy: 'Say whether data leave the EEA, to which countries, and on which safeguard (adequacy decision, standard contractual clauses), or state that they do not.',
  anchorHeadings: [/\b(international|transfers?|outside|cross-border|where we (store|process))\b/],
  patterns: {
    // Every pattern needs a word of place (outside, abroad, a country, the world) or of a transfer
    // mechanism; the verbs of moving data are too common to serve as cues.
    cues: [
      'outside', 'beyond', 'third countr', 'contractual clauses', 'scc', 'adequa', 'transfer', 'transmi', 'privacy shield', 'data privacy framework', 'binding corporate',
      'abroad', 'overseas', 'countr', 'jurisdiction', 'data protection law', 'privacy law', 'place of processing', 'border',
      'around the world', 'worldwide', 'across the globe', 'multiple jurisdictions', 'global',
      'united states', 'u.s.', 'usa', 'the us', 'canada', 'india', 'china', 'singapore', 'japan', 'australia', 'russia', 'brazil', 'israel', 'korea', 'hong kong',
      'taiwan', 'turkey', 'united arab emirates', 'uae', 'philippines', 'vietnam', 'indonesia', 'malaysia', 'mexico',
    ],
    unless: [
      // Where the reader lives, not where the data go: "if you are located outside the EEA, you accept these terms".
      /\bif you (are|'re|live|reside)\b[^.]{0,40}\b(outside|beyond)\b(?![^.]{0,80}\b(transfer|stor|process|sen[dt]|mov|host)\w*)/,
      // A pointer to another passage: "see also Transfers to other countries below".
      /^\W*(please )?(see|refer to)( also)?\b/,
    ],
    any: [
      // Data outside the EEA: "transferred outside the EEA", "providers located outside the EU" (not
      // "users outside the EU", "companies established outside the EEA").
      new RegExp(`${DATA_VERB}[^.]{0,100}${OUTSIDE_EEA}|${OUTSIDE_EEA}[^.]{0,60}${DATA_VERB}`),
      /\bthird countr(y|ies)\b/,
      /\bstandard contractual clauses\b|\bsccs?\b/,
      /\badequacy decision\b|\badequate (level of )?protection\b/,
      /\b(international|cross-border) (data )?transfers?\b/,
      /\b(transfer|transferred|store|stored|process|processed|hosted)\b[^.]{0,80}\b(united states|u\.s\.|usa|other countries|countries other than)\b/,
      /\b(privacy shield|data privacy framework|binding corporate rules)\b/,
      // "Maintained on computers located outside your state, province, country or jurisdiction".
      new RegExp(`${DATA_VERB}[^.]{0,100}${OUTSIDE_HOME}|${OUTSIDE_HOME}[^.]{0,60}${DATA_VERB}`),
      // "Individuals and institutions located within or outside India".
      /\b(within|inside|in) (or|and) outside\b/,
      // "Transferred abroad", "service providers based overseas".
      new RegExp(`${DATA_VERB}[^.]{0,80}\\b(abroad|overseas)\\b|\\b(abroad|overseas)\\b[^.]{0,60}${DATA_VERB}`),
      // "Processed in several countries", "transferred to a country other than your own".
      new RegExp(`${DATA_VERB}[^.]{0,80}\\b(in|to|into|across|among|between) (an?other|other|different|various|several|multiple|many|numerous|foreign|third) (countr(y|ies)|jurisdictions)\\b`),
      /\bcountr(y|ies) other than (your|their|the one|the country|his|her)\b/,
      // "Where the data protection laws may differ from those of your jurisdiction".
      /\b(data protection|privacy) laws?\b[^.]{0,60}\b(differ|differs|different|var(y|ies)|(are|is|be) (not|less) (as|equivalent)|(aren't|isn't) as|may not (be|provide|offer))\b|\b(different|differing|other|less protective|less stringent|lower) (levels? of )?(data protection|privacy) laws?\b/,
      // "Servers in the United States", "stored and processed in Singapore".
      new RegExp(`\\bservers?\\b[^.]{0,60}\\b(in|within) ${THIRD_COUNTRY}|\\b(transferr?\\w*|stor(e|ed|es|ing)|process(ed|es|ing)?|host(ed|ing)?|maintained|kept|held)\\b[^.]{0,60}\\b(in|to|into|within) ${THIRD_COUNTRY}`),
      /\bplace of processing\b/,
      // "Servers around the world", "worldwide transfer and processing".
      new RegExp(`(${DATA_VERB}|\\bservers?\\b)[^.]{0,60}\\b(around the world|worldwide|across the globe|in multiple jurisdictions)\\b|\\b(worldwide|global|overseas) (transfers?|processing|storage)\\b`),
      // "Transfer your personal data out of Singapore", "data transfers across borders".
      /\b(transfer\w*|transmi\w*)\b[^.]{0,40}\b(out of (the )?(country|\w+)|across (national )?borders)\b/,
      // A denial: "we do not transfer your data abroad".
      DENIAL,
    ],
  },
  assess: (ctx, evidence) => assessTransfers(ctx, evidence),
  requirement: (ctx, found) => {
    const t = ctx.options.profile.transfers;
    if (t === true) return { required: 'always', because: 'the processing profile declares transfers outside the EEA' };
    if (t === false) return { required: 'not-applicable', because: 'the processing profile declares no transfers outside the EEA' };
    // Decision: a clear statement that data stay in the EEA makes the item not applicable (the
    // statement is itself the disclosure); any other mention of transfers makes it required.
    if (cuedSentences(ctx, NO_TRANSFER_CUES).some((s) => NO_TRANSFER.test(s.norm))) return { required: 'not-applicable', because: 'the text states that personal data do not leave the EEA' };
    if (found.get('gdpr/international-transfers')) return { required: 'always', because: 'the text mentions transfers' };
    return { required: 'conditional', because: 'required only if personal data are transferred outside the EEA' };
  },
});

/**
 * A transfer named without its safeguard, or with a safeguard of Art. 46/47 and no word on how to
 * obtain a copy, falls short of Art. 13(1)(f). Denials need no safeguard.
 */
function assessTransfers(ctx: Parameters<typeof cuedSentences>[0], evidence: readonly Sentence[]) {
  const transfer = evidence.find((s) => !DENIAL.test(s.norm));
  if (!transfer) return undefined;
  const named = cuedSentences(ctx, SAFEGUARD_CUES).filter((s) => SAFEGUARD.test(s.norm));
  if (named.length === 0) {
    return {
      start: transfer.start,
      end: transfer.end,
      message: 'Name the safeguard for the transfer (adequacy decision, standard contractual clauses…) and how to get a copy.',
    };
  }
  const needsCopy = named.filter((s) => NEEDS_COPY.test(s.norm));
  // An adequacy decision, the DPF or a derogation needs no copy; SCCs or BCRs alone do.
  if (needsCopy.length === named.length && !cuedSentences(ctx, COPY_CUES).some((s) => COPY_OF.test(s.norm))) {
    return {
      start: needsCopy[0].start,
      end: needsCopy[0].end,
      message: 'No word on how to get a copy of the safeguards: say how, or where they are available.',
      severity: 'information' as const,
    };
  }
  return undefined;
}
