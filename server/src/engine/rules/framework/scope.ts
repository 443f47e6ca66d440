// Which jurisdiction a passage speaks to. A right offered to "EU residents" under the GDPR does not
// disclose the CCPA right of a California consumer, and vice versa: the law asks that each notice
// tell *its* readers their rights. Scope comes from the enclosing headings (a sub-heading inherits
// its parent's scope) and from the sentence itself.

import type { PolicyDocument, Sentence } from '../../model/document';
import type { RuleContext } from './ruleTypes';
import { cueList, hasCue, listIntroductions } from './match';

export type Scope = 'eu' | 'us' | 'none';

// "(?<!\.)": a web domain (example.co.uk, example.eu) is not an audience.
const EU_PLACES = String.raw`(gdpr|eea|e\.e\.a|european economic area|european union|europe|(?<!\.)eu|e\.u|(?<!\.)uk|united kingdom|switzerland|swiss|brazil|lgpd|canada|pipeda|australia|new zealand|japan|singapore|korea|china|pipl|hong kong|india)`;
const US_PLACES = String.raw`(california|ccpa|cpra|cal\. civ|shine the light|nevada|virginia|colorado|connecticut|utah|oregon|texas|united states|u\.s\.?)`;

/** A heading that names a jurisdiction scopes its section ("Rights of EEA residents", "California Privacy Rights"). */
const EU_HEADING = new RegExp(`\\b(${EU_PLACES.slice(1, -1)}|european|data subjects?|international (users|visitors|residents))\\b`);
// "Transfer of information to the United States" names a destination, not an audience: the
// country alone does not scope a heading, a state or its law does.
const US_HEADING = /\b(california|ccpa|cpra|shine the light|nevada|virginia|colorado|connecticut|utah|oregon|texas|state privacy|(us|u\.s\.|united states) (residents|consumers|users|visitors|state))\b/;

/**
 * A sentence scopes itself only when it addresses people of a jurisdiction or invokes its law
 * ("California residents may…", "under the GDPR you may…"); merely naming a place ("we transfer
 * data to the United States") does not.
 */
function addressing(places: string, laws: string): RegExp {
  return new RegExp(
    `\\b${laws}\\b|\\b${places} (residents?|consumers?|users|individuals|citizens|data subjects|law|laws|privacy (law|laws|rights))\\b|` +
      `\\b(residents?|consumers?|users|individuals|visitors|people|persons|data subjects) (of|in|from|located in|based in|residing in) (the )?${places}\\b|` +
      `\\bif you (are|reside|live|are located)\\b[^.]{0,30}\\b${places}\\b`,
  );
}
// A supervisory authority is the GDPR's institution: a sentence naming one speaks to EU readers.
// "Local laws in the EEA may permit you to:" invokes those laws as well. (Not for US places:
// "the laws of the United States" is usually about government access, not the reader.)
const EU_SENTENCE = new RegExp(
  addressing(EU_PLACES, String.raw`(gdpr|general data protection regulation|uk gdpr|lgpd|pipeda|data subjects?|supervisory authorit(y|ies))`).source +
    `|\\b(laws?|legislation) (in|of) (the )?${EU_PLACES}\\b`,
);
/**
 * "Data subject" names the GDPR's vocabulary, not its readers: US notices speak of a "data subject
 * request" too. A sentence scoped by that term alone does not override a section addressed to
 * California residents; without such a section it still scopes the sentence.
 */
const EU_TERM_ONLY = /^(?![^]*\b(gdpr|general data protection regulation|lgpd|pipeda|eea|e\.e\.a|european|europe|(?<!\.)eu|e\.u|(?<!\.)uk|united kingdom|switzerland|swiss)\b)[^]*\bdata subjects?\b/;
const US_SENTENCE = addressing(US_PLACES, String.raw`(ccpa|cpra|california consumer privacy act|shine the light|california)`);

/** "Users outside the United States", "transfers outside the EEA": the place is not the audience. */
const OUTSIDE = /\b(outside|beyond|other than|non-)\b/;

function scopeOfText(norm: string, eu: RegExp, us: RegExp): Scope {
  if (OUTSIDE.test(norm)) return 'none';
  const e = eu.test(norm);
  const u = us.test(norm);
  if (e && !u) return 'eu';
  if (u && !e) return 'us';
  return 'none';
}

/** The scope of each section (index = section index), inherited by deeper headings. */
export function sectionScopes(ctx: RuleContext): Scope[] {
  return headingScopes(ctx.doc);
}

const SCOPES = new WeakMap<PolicyDocument, Scope[]>();

/**
 * The same, from the document alone (computed once per document): clause placement uses it so
 * that a GDPR clause never lands in a "California Privacy Rights" section, where it would not
 * count for the GDPR item it is meant to disclose (and vice versa).
 */
export function headingScopes(doc: PolicyDocument): Scope[] {
  let scopes = SCOPES.get(doc);
  if (scopes) return scopes;
  scopes = [];
  // Stack of [level, scope] of the enclosing scoped headings.
  const stack: Array<[number, Scope]> = [];
  for (const section of doc.sections) {
    const h = section.heading;
    if (!h) {
      scopes.push('none');
      continue;
    }
    while (stack.length > 0 && stack[stack.length - 1][0] >= h.level) stack.pop();
    const own = scopeOfText(doc.norm.slice(h.start, h.end), EU_HEADING, US_HEADING);
    if (own !== 'none') stack.push([h.level, own]);
    scopes.push(own !== 'none' ? own : stack.length > 0 ? stack[stack.length - 1][1] : 'none');
  }
  SCOPES.set(doc, scopes);
  return scopes;
}

/** The scope a regime's disclosures must not be placed in. */
export function foreignScope(family: string): Scope | undefined {
  if (family === 'gdpr') return 'us';
  if (family === 'ccpa' || family === 'caloppa' || family === 'coppa') return 'eu';
  return undefined;
}

/**
 * Words one of the four scope patterns needs (a law, a place, "data subject", "international",
 * "state privacy", "us residents"…): a sentence with none of them has no scope of its own.
 */
const SCOPE_CUES = cueList([
  'gdpr', 'general data protection regulation', 'lgpd', 'pipeda', 'data subject', 'eea', 'e.e.a', 'europe', 'eu', 'e.u', 'uk',
  'united kingdom', 'switzerland', 'swiss', 'brazil', 'canada', 'australia', 'new zealand', 'japan', 'singapore', 'korea',
  'china', 'pipl', 'hong kong', 'india', 'international', 'supervisory authorit',
  'california', 'ccpa', 'cpra', 'cal. civ', 'shine the light', 'nevada', 'virginia', 'colorado', 'connecticut', 'utah',
  'oregon', 'texas', 'united states', 'u.s', 'state privacy', 'us residents', 'us consumers', 'us users', 'us visitors', 'us state',
]);

function ownScope(ctx: RuleContext, s: Sentence): Scope {
  if (!hasCue(ctx, SCOPE_CUES, s)) return 'none';
  return s.paragraph < 0 ? scopeOfText(s.norm, EU_HEADING, US_HEADING) : scopeOfText(s.norm, EU_SENTENCE, US_SENTENCE);
}

/** The sentence's own scope if it names one, else (for a list item) its introduction's, else its section's. */
export function scopeOf(ctx: RuleContext, s: Sentence): Scope {
  // Several rules ask about the same sentences: compute each once per check.
  const cache = ctx.memo('sentenceScopes', () => new Map<number, Scope>());
  const key = s.paragraph < 0 ? -1 - s.start : s.start;
  let scope = cache.get(key);
  if (scope === undefined) {
    const own = ownScope(ctx, s);
    const section = sectionScopes(ctx)[s.section] ?? 'none';
    if (own === 'eu' && section === 'us' && s.paragraph >= 0 && EU_TERM_ONLY.test(s.norm)) scope = 'us';
    else if (own !== 'none') scope = own;
    else {
      // A list item speaks to whom its introduction speaks: "Under the CCPA you have these rights:".
      const intro = s.paragraph >= 0 && s.listItem ? listIntroductions(ctx).get(s) : undefined;
      const introScope = intro ? ownScope(ctx, intro) : 'none';
      scope = introScope !== 'none' ? introScope : section;
    }
    cache.set(key, scope);
  }
  return scope;
}
