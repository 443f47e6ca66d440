// Cue fragments shared by detectors of several regimes. Strings, so rules can compose them into
// their own precompiled RegExps. Every gap is bounded.

const MONTH = String.raw`(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?`;

/** A calendar date: "March 1, 2025", "1 March 2025", "March 2025", "2025-03-01", "03/01/2025". */
export const DATE = String.raw`(${MONTH} \d{1,2}(st|nd|rd|th)?,? \d{4}|\d{1,2}(st|nd|rd|th)? (of )?${MONTH},? \d{4}|${MONTH},? \d{4}|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})`;

/** Statements that something is not done: "we do not", "we will never", "we have not". */
export const NOT = String.raw`(do not|does not|don't|doesn't|will not|won't|never|have not|has not|haven't|did not|didn't|not)`;

/**
 * "correct" as a verb with an object: "to correct your data", "request that we correct inaccurate
 * information"; not the adjective ("the correct address", "is correct").
 */
export const CORRECT_VERB = String.raw`\b(to|we|us|may|can|will|and|or|request|ask|right|you) (correct|rectify|amend)\b,?( or (update|delete|amend|complete))?( the| your| any| such| that| their)?( inaccurate| incorrect| incomplete)?( personal)? (information|data|pi|inaccurac|it\b|them\b|errors?)`;
