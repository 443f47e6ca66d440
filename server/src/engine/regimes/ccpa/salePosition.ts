// Shared by the sale/sharing items: does the text state plainly that no personal information is sold
// (and, for the CPRA, shared)? Computed once per check.
import type { RuleContext } from '../../rules/framework/ruleTypes';
import { cuedSentences, cueList } from '../../rules/framework/match';

/** "<subject> does not sell …" (not the link title "Do Not Sell My…"), or "… is not sold". */
const NO_SALE = /\b(?!you\b|please\b|click\b|if\b|do\b|does\b)[a-z]+ (do not|does not|don't|doesn't|will not|won't|never|have not|has not|did not|shall not)( (?!want|wish|like)[a-z]+){0,3} (sell|sold|rent)\b(?! (or (sell|share) )?my\b)[^.]{0,80}\b(personal|information|data)\b|\b(information|data)\b[^.]{0,60}\b(is|are|will be|has|have) (not|never)( been)? (sold|rented)\b/;
/** "We do not sell personal information except…": a qualified statement is not a no-sale statement. */
// Nor is a statement about minors only ("we do not sell the personal information of consumers under 16").
const QUALIFIED = /\b(except|unless|other than|without your|aside from)\b|\b(minors?|children|child|teens?|(under|younger than|less than|below) (the age of )?(1[0-9]|thirteen|sixteen|eighteen))\b/;

/** Words NO_SALE needs: only sentences containing one are tried. */
const NO_SALE_CUES = cueList(['sell', 'sold', 'rent']);

export function statesNoSale(ctx: RuleContext): boolean {
  return ctx.memo('ccpa.statesNoSale', () => cuedSentences(ctx, NO_SALE_CUES).some((s) => NO_SALE.test(s.norm) && !QUALIFIED.test(s.norm)));
}

/** "We sell identifiers to…", "we have sold…", "we share your information for cross-context behavioral advertising". */
const SALE = /\b(we|company|it)\b( may| have| has| might| will| do)? (sell|sells|sold|rent|rents|license|licenses|share|shares|shared)\b[^.]{0,60}\b(personal|information|data|identifiers|categories)\b|\bshar(e|ed|ing)\b[^.]{0,60}\bcross-context behaviou?ral advertising\b/;
const NOT_A_SALE = /\b(do not|does not|don't|will not|won't|never|not)\b|\b(business|merger|acquisition|bankruptcy|assets)\b/;

/** Does the text say that personal information is sold or shared? Computed once per check. */
const SALE_CUES = cueList(['sell', 'sold', 'rent', 'licens', 'shar']);

export function statesSale(ctx: RuleContext): boolean {
  return ctx.memo('ccpa.statesSale', () => cuedSentences(ctx, SALE_CUES).some((s) => SALE.test(s.norm) && !NOT_A_SALE.test(s.norm)));
}
