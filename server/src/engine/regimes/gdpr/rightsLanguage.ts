// Word classes shared by the data-subject-rights items (Art. 15-21, 77). Strings, so each rule can
// compose them into its own precompiled RegExps; every gap is bounded, nothing is nested.

/** A determiner or possessive before the person's data: "your", "the", "any of the". */
export const DET = String.raw`(your|the|their|any|all|such|this|that|those|certain|some|his|her|my|its)`;

/** The person's data as a noun phrase head. */
export const DATA_NOUN = String.raw`(personal )?(data|information|details|records?|pi|pii)`;

/** Verbs of erasing with their inflections: erase/erased/erasing/erasure, delete/deleted/deleting/deletion. */
export const ERASE_WORD = String.raw`(eras(e|ed|es|ing|ure)|delet(e|ed|es|ing|ion)|remov(e|ed|es|ing|al))`;

/** Verbs of correcting with their inflections (not the adjective "correct", which the patterns guard). */
export const CORRECT_WORD = String.raw`(rectif(y|ied|ies|ying|ication)|correct(ed|s|ing|ion)?|amend(ed|s|ing|ment)?)`;

/**
 * The person as the one acting, or a frame that gives them a right: "you can", "you have the right
 * to", "users may", "entitled to", "ask us to", "request that we".
 */
export const PERSON_FRAME = String.raw`(you|users?|individuals?|data subjects?|right|rights|entitled|ability|able|option|request\w*|ask(s|ed|ing)?|would like|wish|want|how to|can|may)`;

/**
 * Another party as the one who accesses: staff, providers, authorities, us. "Our staff may access
 * your data", "the rights of authorities to access your information", "we do not request access to
 * your location". A bounded run of modal words may stand between subject and verb, and one comma
 * clause ("the support team can, at your request, access …").
 */
const OTHER_PARTY = String.raw`(we|staff( members)?|employees|personnel|team|teams|partners|affiliates|affiliated (businesses|companies|entities)|businesses|courts|regulators|police|officials|other users|subsequent users|other people|others|anyone|(service )?providers|vendors|processors|contractors|advertisers|third[- ]part(y|ies)|authorit(y|ies)|agencies|governments?|law enforcement|companies|apps|integrat\w+|search engines|platforms|networks|services|subsidiaries|agents)`;
const MODAL = String.raw`(may|might|can|could|will|would|shall|must|do not|don't|does not|doesn't|never|only|also|then|who|that|which|will not|won't|to|be able to|are able to|is able to|reserve the right to|reserves the right to|need to|needs to|be entitled to|are entitled to|is entitled to|be authori[sz]ed to|are authori[sz]ed to)`;
export const OTHER_PARTY_ACCESS = String.raw`\b${OTHER_PARTY}( (in|of|from|at|within)( \w+){1,3})?( ${MODAL}){0,3}(,[^,.]{0,30},)? ((have|has|gain|get|need|needs|require|requires|request|requests|obtain|retain|keep|be given|be granted|are given|are granted|is given|is granted|be permitted|are permitted|is permitted) )?(to )?access\b`;

/**
 * A data protection authority, by kind or by name: "the supervisory authority", "the Data
 * Protection Commission", "the ICO", "the CNIL", "your local regulator".
 */
export const AUTHORITY_NAMED = String.raw`(\bico\b|\bcnil\b|\bdpc\b|\baepd\b|\bgarante\b|\bbfdi\b|\bedpb\b|\bcnpd\b|\buodo\b|\bimy\b|\bdatatilsynet\w*|\bdatenschutz\w*|\bpersoonsgegevens\b|protection des donn\w+|protezione dei dati|protecci\w+ de datos|informatique et (des )?libert)`;
export const AUTHORITY = String.raw`(authorit\w*|regulators?\b|commission(er|ers|er's)?\b|ombudsm[ae]n\b|agency|agencies|\bdpas?\b|${AUTHORITY_NAMED})`;
