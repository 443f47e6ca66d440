// Cue fragments shared by detectors of several regimes. Strings, so rules can compose them into
// their own precompiled RegExps. Every gap is bounded.

const MONTH = String.raw`(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?`;

/** A calendar date: "March 1, 2025", "1 March 2025", "March 2025", "2025-03-01", "03/01/2025". */
export const DATE = String.raw`(${MONTH},? \d{1,2}(st|nd|rd|th)?,? \d{4}|\d{1,2}(st|nd|rd|th)? (of )?${MONTH},? \d{4}|${MONTH},? \d{4}|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})`;

/** Words that label a policy's date: "Last updated", "Effective date", "Last revision". */
export const DATE_LABEL = String.raw`\b(last (updated?|modified|revised|reviewed|amended|changed|revision|modification)|(effective|revision|version|updated|revised|modified|posted) (date|as of|on|from)|effective|updated|revised|date of (last )?(revision|update|this (policy|notice|statement)))\b`;

/** A date label followed by a date (or at least a year): "Last updated: March 1, 2025". */
// A bracketed placeholder ("[date]") counts: the date is there to fill in, and the placeholder
// check reports it separately.
export const DATED = String.raw`${DATE_LABEL}[^.]{0,40}?(${DATE}|\b(19|20)\d\d\b|\[[^\]\n]{1,40}\])`;

/** Statements that something is not done: "we do not", "we will never", "we have not". */
export const NOT = String.raw`(do not|does not|don't|doesn't|will not|won't|never|have not|has not|haven't|did not|didn't|not)`;

/**
 * "correct" as a verb with an object: "correct your data", "request that we correct inaccurate
 * information", "have it corrected"; not the adjective ("the correct address", "is correct",
 * "correct information"), which is followed by a noun rather than a determiner or pronoun.
 */
export const CORRECT_VERB = String.raw`\b(correct(ing)?|rectify(ing)?|amend(ing)?)\b(,? (or |and )?(update|delete|amend|complete|change|erase|remove|be removed|port|deactivate|restrict|export|access)\b){0,3}\)?,? ((any of )?((your|this|that|such|any|their|his|her|the|those|all|certain|some|what) )?((specific |inaccurate |incorrect |incomplete |outdated |out-of-date |personal |contact |account ){0,2})(information|data|pi|pii|details|records?|profile)\b|it\b|them\b|inaccura|errors (in|to|of))|\b(correct(ing)?|rectify(ing)?|amend(ing)?)\b(,| or| and)[^.]{0,80}\b(your|their|any|the|such) (personal )?(data|information|pi|pii)\b|\b(to be|be|have (it|them|this|such \w+|(your|the|any|such) (personal )?(data|information|details))|get (it|them)) (corrected|rectified|amended)\b`;
