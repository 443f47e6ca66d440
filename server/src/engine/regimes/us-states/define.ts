// US state privacy law items: refs to each state's statute, the pack's audience filter, and the
// facts several items read (which states apply, whether sensitive data are sold).

import { catalogItem, CatalogItem } from '../../rules/framework/defineItem';
import { cuedSentences, cueList, listItemIntroducedBy, sectionHeadingNorms, sectionParents } from '../../rules/framework/match';
import { scopeOf } from '../../rules/framework/scope';
import type { DisclosureRule, LegalRef, RuleContext } from '../../rules/framework/ruleTypes';
import type { Sentence } from '../../model/document';
import { COMPREHENSIVE_STATES, US_STATE_NAMES } from './states';

/** The statutes by the short names their cites print ("Va. Code § 59.1-578(C)(1)"). */
export const LAW = {
  VA: 'Va. Code',
  CO: 'C.R.S.',
  CT: 'Conn. Gen. Stat.',
  TX: 'Tex. Bus. & Com. Code',
  OR: 'ORS',
  MN: 'Minn. Stat.',
  MD: 'Md. Code, Com. Law',
} as const;

export type Ref = [keyof typeof LAW, string];

/** Official texts, for the documentation link of an item (its first ref's statute). */
export const STATUTE_URL: Record<keyof typeof LAW, string> = {
  VA: 'https://law.lis.virginia.gov/vacode/title59.1/chapter53/',
  CO: 'https://leg.colorado.gov/sites/default/files/2021a_190_signed.pdf',
  CT: 'https://www.cga.ct.gov/current/pub/chap_743jj.htm',
  TX: 'https://statutes.capitol.texas.gov/Docs/BC/htm/BC.541.htm',
  OR: 'https://www.oregonlegislature.gov/bills_laws/ors/ors646A.html',
  MN: 'https://www.revisor.mn.gov/statutes/cite/325M',
  MD: 'https://mgaleg.maryland.gov/mgawebsite/Laws/StatuteText?article=gcl&section=14-4607',
};

export function usRefs(refs: Ref[]): LegalRef[] {
  return refs.map(([state, cite]) => ({ law: LAW[state], cite: `§ ${cite}` }));
}

export interface UsItem extends Omit<CatalogItem, 'regime' | 'refs' | 'docUrl'> {
  refs: Ref[];
  /**
   * A consumer right is told to the states' consumers: not a passage addressed only to the EEA or
   * the UK, nor one addressed only to the residents of a state the pack does not cover (a CCPA
   * section, a Nevada opt-out). Off for the facts
   * about the business (its categories, its contact, its date).
   */
  audienceSpecific?: boolean;
}

/** A right offered under the EU–US Privacy Shield is told to Europeans. */
const PRIVACY_SHIELD = /\bprivacy shield\b/;

export function usItem(item: UsItem): DisclosureRule {
  const { refs, audienceSpecific, keep, ...rest } = item;
  return catalogItem({
    ...rest,
    regime: 'us-states',
    refs: usRefs(refs),
    docUrl: STATUTE_URL[refs[0][0]],
    keep: (ctx, s) => scopeOf(ctx, s) !== 'eu' && (!audienceSpecific || !(uncoveredStateOnly(ctx, s) || PRIVACY_SHIELD.test(s.norm))) && (!keep || keep(ctx, s)),
  });
}

// ---------------------------------------------------------------------------------------------
// Passages told only to the residents of a state this pack does not cover. The CCPA's rights are
// told to California residents, Nevada's opt-out to Nevada residents; a Virginia or Texas resident
// reading "California residents may request deletion" learns nothing of their own right. A
// sentence (or its headings) naming such a state, and none of the covered states nor the states as
// a whole, does not disclose a state-law right.

const UNCOVERED = new RegExp(
  `\\b(${Object.entries(US_STATE_NAMES).filter(([c]) => !(COMPREHENSIVE_STATES as readonly string[]).includes(c)).map(([, n]) => n.toLowerCase()).join('|')}|ccpa|cpra|cal\\. civ|603a)\\b`,
);
const COVERED = new RegExp(
  `\\b(${COMPREHENSIVE_STATES.map((c) => US_STATE_NAMES[c].toLowerCase()).join('|')}|states|your state|other state|state (privacy|consumer)|u\\.s\\.|united states|us (residents|consumers)|all consumers|everyone|regardless of)\\b`,
);

function namesUncoveredOnly(norm: string): boolean {
  return UNCOVERED.test(norm) && !COVERED.test(norm);
}

export function uncoveredStateOnly(ctx: RuleContext, s: Sentence): boolean {
  if (namesUncoveredOnly(s.norm)) return true;
  if (COVERED.test(s.norm)) return false;
  const headings = sectionHeadingNorms(ctx);
  const parents = sectionParents(ctx);
  for (let sec = s.section, depth = 0; sec >= 0 && depth < 6; sec = parents[sec], depth++) {
    const h = headings[sec] ?? '';
    if (namesUncoveredOnly(h)) return true;
    if (COVERED.test(h)) return false;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Facts the state-specific items read.

/** The states the profile names (two-letter codes), or undefined when it does not say. */
export function profileStates(ctx: RuleContext): readonly string[] | undefined {
  return ctx.options.profile.states;
}

/** Sensitive data by the statutes' categories, as policies name them. */
export const SENSITIVE = String.raw`(sensitive (personal )?(data|information)|health (data|information|conditions?)|medical (data|information|conditions?)|disabilit(y|ies)|mental or physical health|racial or ethnic|ethnic origin|religious beliefs|sexual orientation|sex life|transgender|citizenship|immigration status|genetic (data|information)|biometric (data|information|identifiers)|precise geolocation)`;

/** Selling sensitive data, stated positively: "we sell disability data", "we may sell your sensitive personal data". */
const SELLS_SENSITIVE = new RegExp(`\\b(sell|sells|sold|selling|sale of|license|licenses|rent|rents)\\b[^.]{0,100}\\b${SENSITIVE}|\\b${SENSITIVE}[^.]{0,100}\\b(is|are|may be|will be|have been|has been)( also)? (sold|licensed|rented)\\b`);
/** Not a statement of practice: a denial, a right, a rule stated in the abstract. */
const NOT_SELLING = /\b(do not|does not|don't|doesn't|will not|won't|never|not|no|without)\b|\bright to\b|\bopt[- ]?out\b|\bprohibit|\blimit the\b|\bif (we|a controller|the controller|a business)\b/;
const SELL_CUES = cueList(['sell', 'sold', 'sale of', 'licens', 'rent']);

/** The sentences saying that sensitive data are sold (once per check). */
export function sensitiveSaleSentences(ctx: RuleContext): Sentence[] {
  return ctx.memo('usStates.sensitiveSale', () =>
    cuedSentences(ctx, SELL_CUES).filter((s) => SELLS_SENSITIVE.test(s.norm) && !NOT_SELLING.test(s.norm)),
  );
}

/**
 * A state-specific item's requirement from the profile's states: required when one of `codes` is
 * among them, not applicable when the list names none of them, undecided when the profile does
 * not say. `also` adds a condition of the text (e.g. "sells sensitive data").
 */
export function stateRequirement(ctx: RuleContext, codes: readonly string[], names: string) {
  const states = profileStates(ctx);
  if (states === undefined) return { required: 'conditional' as const, because: `required if you serve consumers in ${names} (the profile's "states" does not say)` };
  if (codes.some((c) => states.includes(c))) return { required: 'always' as const, because: `the processing profile names ${names}` };
  return { required: 'not-applicable' as const, because: `the processing profile's states do not include ${names}` };
}

/** Shared heading cues of a state rights section. */
export const RIGHTS_HEADINGS = [/\bstate privacy\b/, /\bright/, /\bchoices\b/, /\b(virginia|colorado|connecticut|texas|oregon|minnesota|maryland)\b/];

/** A list introduced as what the consumer may ask for: "You have the right to request:". */
const RIGHTS_INTRO = /\bright|\brequest|\b(disclose|provide|tell|give|identify) (to )?you\b|\byou (can|may) (ask|know|obtain|learn)\b/;

/**
 * A list item of a right ("- the categories of third parties to whom we sold it") is what the
 * consumer may ask for, not the business's own list. Its introduction (or the one above it) decides.
 */
export function notRightsListItem(ctx: RuleContext, s: Sentence): boolean {
  return !listItemIntroducedBy(ctx, s, RIGHTS_INTRO);
}
