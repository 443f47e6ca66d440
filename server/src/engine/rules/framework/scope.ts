// Which jurisdiction a passage speaks to. A right offered to "EU residents" under the GDPR does not
// disclose the CCPA right of a California consumer, and vice versa: the law asks that each notice
// tell *its* readers their rights. Scope comes from the enclosing headings (a sub-heading inherits
// its parent's scope) and from the sentence itself.

import type { PolicyDocument, Sentence } from '../../model/document';
import type { RuleContext } from './ruleTypes';
import { cueList, hasCue, listIntroductions } from './match';
import { headingNorms } from '../../model/headings';

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
  // Section i (i ≥ 1) is headed by heading i - 1.
  const norms = headingNorms(doc);
  for (const section of doc.sections) {
    const h = section.heading;
    if (!h) {
      scopes.push('none');
      continue;
    }
    while (stack.length > 0 && stack[stack.length - 1][0] >= h.level) stack.pop();
    const own = scopeOfText(norms[section.index - 1], EU_HEADING, US_HEADING);
    if (own !== 'none') stack.push([h.level, own]);
    scopes.push(own !== 'none' ? own : stack.length > 0 ? stack[stack.length - 1][1] : 'none');
  }
  SCOPES.set(doc, scopes);
  return scopes;
}

/** The scope opposite a law's audience: where its disclosures are neither counted nor placed. */
export function foreignTo(audience: 'eu' | 'us' | undefined): Scope | undefined {
  return audience === 'eu' ? 'us' : audience === 'us' ? 'eu' : undefined;
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

// ---------------------------------------------------------------------------------------------
// The audience of a passage for the CCPA: is it told to people outside California?
//
// `scopeOf` above answers the GDPR's question too and stays as it is. A California right is
// disclosed only by what the policy tells California consumers or everyone (the judging guide); a
// rights list the policy limits to the EEA, the UK or "users outside the United States" does not
// count. Beyond `scopeOf`, the audience reads:
// - more ways of naming a non-US audience: place adjectives ("European residents", "Brazilian
//   users"), laws named by place ("EEA and UK data protection laws"), "certain countries, including
//   the EEA", "users outside the United States", "international customers", Privacy Shield;
// - a paragraph's lead: "Subject to EEA law you have certain rights. In particular, you may …";
// - a section's lead, or a lead that announces what follows ("If you are in the EEA, you have the
//   following rights:"): it speaks for the rest of the section and its sub-sections, until another
//   audience is announced ("California residents have the following rights:").

const PLACE_ADJ = String.raw`(european|british|brazilian|canadian|australian|japanese|korean|chinese|singaporean|swiss)`;
const PLACE_X = `(${EU_PLACES.slice(1, -1)}|${PLACE_ADJ.slice(1, -1)})`;
const PLACES_X = `${PLACE_X}((, | and | or | & |/|, and |, or )(the )?${PLACE_X}){0,3}`;
const AUDIENCE = String.raw`(residents?|consumers?|users?|individuals?|citizens|customers?|visitors?|people|persons|data subjects|members|clients|nationals|employees|candidates|applicants)`;
const US_NAMED = String.raw`(united states|u\.s\.a?\.?|usa|(?<![a-z.])us(?![a-z]))`;

/** A sentence addressed to people outside the United States or to a non-US law's beneficiaries. */
const FOREIGN_SENTENCE = new RegExp(
  [
    `\\b${PLACES_X}(-based)? ${AUDIENCE}\\b`,
    `\\b${AUDIENCE}( who (are|live|reside))?( located| based| residing| living| resident)? (in|of|from|within) (the )?${PLACE_X}\\b`,
    `\\b${PLACES_X}( [a-z]+){0,3} (laws?|legislation|regulations?)\\b`,
    `\\b(certain|some) (countries|jurisdictions|regions)\\b,? (including|such as|like|for example|e\\.g\\.,?) (the )?${PLACE_X}\\b`,
    `\\bif you('re| are| reside| live| access| use| visit| are located)\\b[^.]{0,40}\\b(in|from|of|within) (the )?${PLACE_X}\\b`,
  ].join('|'),
);
/** "Users outside the United States", "non-US residents", "international users". */
const OUTSIDE_US = new RegExp(
  `\\b(${AUDIENCE.slice(1, -1)}|you|those)\\b[^.]{0,40}\\boutside (of )?(the )?${US_NAMED}|\\bnon-? ?(us|u\\.s\\.)( [a-z]+)? ${AUDIENCE}\\b|\\binternational ${AUDIENCE}\\b`,
);
/** The audience reaches beyond the places named: "the GDPR or other applicable laws", "the EEA or another jurisdiction". */
const BROADER = String.raw`\b(and|or) (in |within |under )?(other|certain|some|any other|another|similar|local|applicable) ([a-z]+ ){0,3}(countries|country|jurisdictions?|states|regions|locations|laws?|legislation)\b|\bwherever you\b|\bregardless of (where|your)\b`;
const BROADER_RE = new RegExp(BROADER);

/** The non-US place is not the audience: "transfers outside the EEA", "in the EEA and other jurisdictions". */
const NOT_FOREIGN = new RegExp(
  `\\b(outside|beyond|other than|non-) ?(of )?(the )?${PLACE_X}\\b|${BROADER}`,
);
const CALIFORNIA = /\b(california|ccpa|cpra|cal\. civ|shine the light|state privacy|(nevada|virginia|colorado|connecticut|utah|oregon|texas) (residents|consumers|law|laws))\b/;

const FOREIGN_HEADING = new RegExp(
  `\\b(general data protection regulation|privacy shield|${PLACE_ADJ.slice(1, -1)})\\b|\\b(international|non-? ?(us|u\\.s\\.)) ${AUDIENCE}\\b|\\b${AUDIENCE}\\b.{0,20}\\boutside (of )?(the )?${US_NAMED}`,
);

/** A lead that speaks for what follows: a colon, "the following rights", "this section applies to". */
const ANNOUNCES = /:\s*$|\b(following|these|certain|additional|specific|some|several|other|the) ((legal|statutory|data protection|privacy|individual) )?rights\b|\bthis (section|part|notice|paragraph)\b|\b(applies|apply) (only )?to\b/;

/** …and one that speaks for the sub-sections after it: rights announced, "this section applies to". */
const SPEAKS_FOR_SECTION = /\brights\b|\bthis (section|part)\b|\b(applies|apply) (only )?to\b/;

const AUDIENCE_CUES = cueList([
  'gdpr', 'general data protection regulation', 'lgpd', 'pipeda', 'data subject', 'eea', 'e.e.a', 'europe', 'eu', 'e.u', 'uk',
  'united kingdom', 'switzerland', 'swiss', 'brazil', 'canad', 'australia', 'new zealand', 'japan', 'singapore', 'korea',
  'china', 'chinese', 'pipl', 'hong kong', 'india', 'british', 'international', 'supervisory authorit', 'outside', 'non-us', 'non-u.s',
  'non us', 'non u.s', 'privacy shield',
]);

function foreignOwn(ctx: RuleContext, s: Sentence): boolean {
  if (!hasCue(ctx, AUDIENCE_CUES, s)) return false;
  const t = s.norm;
  if (CALIFORNIA.test(t)) return false;
  if (s.paragraph < 0) return FOREIGN_HEADING.test(t) && !US_HEADING.test(t) && !NOT_FOREIGN.test(t);
  if (OUTSIDE_US.test(t)) return true;
  if (NOT_FOREIGN.test(t) || US_SENTENCE.test(t)) return false;
  return FOREIGN_SENTENCE.test(t);
}

/**
 * Another US state's residents or law, California not among them: "Nevada residents may opt out of
 * the sale…", "Your Virginia, Colorado and Connecticut rights". Such a passage is told to people
 * outside California as surely as an EEA one (for the CCPA audience it counts as 'eu', the
 * non-California side).
 */
const OTHER_STATE = /\b(nevada|virginia|colorado|connecticut|utah|oregon|texas|montana|iowa|delaware|tennessee|indiana|vcdpa|cpa|ctdpa|ucpa|chapter 603a)\b/;
const ALL_US = /\b(california|ccpa|cpra|cal\. civ|shine the light|united states|u\.s\.|us (residents|consumers|users|state)|state privacy|all (us |u\.s\. )?states|other states|any state)\b/;

/**
 * A sentence told to another state's residents only. Not a heading, and (in `audiences`) not a
 * lead for the rest of its section: policies list the states' rights one after another and then
 * say, for all of them, how to exercise the rights "described above".
 */
function otherStateOnly(s: Sentence): boolean {
  return s.paragraph >= 0 && OTHER_STATE.test(s.norm) && !ALL_US.test(s.norm) && !BROADER_RE.test(s.norm);
}

/** The sentence's own audience: `scopeOf`'s own scope, else a non-US audience in the wider sense above. */
function audienceOwn(ctx: RuleContext, s: Sentence): Scope {
  const base = ownScope(ctx, s);
  if (base === 'eu' && s.paragraph >= 0 && BROADER_RE.test(s.norm)) return 'none';
  if (base === 'us' && otherStateOnly(s)) return 'eu';
  if (base !== 'none') return base;
  return foreignOwn(ctx, s) ? 'eu' : 'none';
}

function unitKey(s: Sentence): number {
  return s.paragraph < 0 ? -1 - s.start : s.start;
}

/** The audience of every sentence and heading, once per check (one pass over the document). */
function audiences(ctx: RuleContext): Map<number, Scope> {
  return ctx.memo('ccpaAudiences', () => {
    const { doc } = ctx;
    const map = new Map<number, Scope>();
    const intros = listIntroductions(ctx);
    const stack: Array<[number, Scope]> = [];
    const sentences = doc.sentences;
    let si = 0;
    for (let i = 0; i < doc.sections.length; i++) {
      const h = doc.sections[i].heading;
      if (h) while (stack.length > 0 && stack[stack.length - 1][0] >= h.level) stack.pop();
      const inherited = stack.length > 0 ? stack[stack.length - 1][1] : 'none';
      let own: Scope = 'none';
      if (h) {
        const unit: Sentence = { start: h.start, end: h.end, norm: doc.norm.slice(h.start, h.end), paragraph: -1, section: i, listItem: false };
        own = audienceOwn(ctx, unit);
        map.set(unitKey(unit), own !== 'none' ? own : inherited);
      }
      const opening: Scope = own !== 'none' ? own : inherited;
      let running: Scope = opening;
      let para = -1;
      let paraScope: Scope = 'none';
      let firstPara = true;
      let paras = 0;
      let leadPara = -1;
      while (si < sentences.length && sentences[si].section < i) si++;
      for (; si < sentences.length && sentences[si].section === i; si++) {
        const s = sentences[si];
        const o = audienceOwn(ctx, s);
        const lead = s.paragraph !== para;
        if (lead) {
          if (para >= 0) firstPara = false;
          para = s.paragraph;
          paraScope = o;
          paras++;
        }
        // A lead that speaks for what follows, where the heading names no audience.
        if (o !== 'none' && own === 'none' && !(o === 'eu' && otherStateOnly(s)) && (lead || /:\s*$/.test(s.norm)) && ANNOUNCES.test(s.norm) && (firstPara || running !== 'none' || /:\s*$/.test(s.norm))) {
          running = o;
          leadPara = SPEAKS_FOR_SECTION.test(s.norm) ? para : -1;
        }
        let sc: Scope;
        if (o !== 'none') sc = o === 'eu' && running === 'us' && EU_TERM_ONLY.test(s.norm) ? 'us' : o;
        else {
          const intro = s.listItem ? intros.get(s) : undefined;
          const io = intro ? audienceOwn(ctx, intro) : 'none';
          sc = io !== 'none' ? io : paraScope !== 'none' ? paraScope : running;
        }
        map.set(unitKey(s), sc);
      }
      // The sub-sections follow the lead when it introduces them (it ends a short body); a lead
      // deep in a long body (under a title heading, say) speaks for its own passage only.
      const carried = leadPara >= 0 && (leadPara === para || paras <= 2) ? running : opening;
      if (h && carried !== inherited) stack.push([h.level, carried]);
    }
    return map;
  });
}

/**
 * Is this sentence (or heading) told only to people outside California: the EEA, the UK, other
 * countries, users outside the United States? A CCPA right it states does not count.
 */
export function outsideCalifornia(ctx: RuleContext, s: Sentence): boolean {
  const sc = audiences(ctx).get(unitKey(s));
  return sc === undefined ? scopeOf(ctx, s) === 'eu' : sc === 'eu';
}
