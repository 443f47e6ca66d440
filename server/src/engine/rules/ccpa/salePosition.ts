// Shared by the sale/sharing items: does the text state plainly that no personal information is sold
// (and, for the CPRA, shared)? Computed once per check.
import type { RuleContext } from '../framework/ruleTypes';

const NO_SALE = /\b(we|company|it)\b[^.]{0,30}\b(do not|does not|don't|will not|won't|never|have not|has not|did not)\b[^.]{0,20}\b(sell|sold)\b[^.]{0,60}\b(personal|information|data)\b/;
/** "We do not sell personal information except…": a qualified statement is not a no-sale statement. */
const QUALIFIED = /\b(except|unless|other than|without your|aside from)\b/;

export function statesNoSale(ctx: RuleContext): boolean {
  return ctx.memo('ccpa.statesNoSale', () => ctx.doc.sentences.some((s) => NO_SALE.test(s.norm) && !QUALIFIED.test(s.norm)));
}
