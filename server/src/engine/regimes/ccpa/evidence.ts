// What counts as evidence for a CCPA item beyond the sentence patterns.
import type { Sentence } from '../../model/document';
import type { RuleContext } from '../../rules/framework/ruleTypes';
import { listItemIntroducedBy } from '../../rules/framework/match';

/** Per section: 1 if its body holds a sentence or a deeper sub-section follows. Once per check. */
function sectionsWithContent(ctx: RuleContext): Uint8Array {
  return ctx.memo('ccpa.sectionsWithContent', () => {
    const { doc } = ctx;
    const has = new Uint8Array(doc.sections.length);
    for (const s of doc.sentences) if (s.section >= 0 && s.section < has.length) has[s.section] = 1;
    for (let i = 0; i + 1 < doc.sections.length; i++) {
      const h = doc.sections[i].heading;
      const next = doc.sections[i + 1].heading;
      if (h && next && next.level > h.level) has[i] = 1;
    }
    return has;
  });
}

/**
 * A heading with nothing under it does not address the item (the judging guide): "Right to
 * Delete" followed directly by the next section, a table of contents, a menu of links. A heading
 * over a body (or over its own sub-sections) still counts: the body says what it heads.
 */
export function notBareHeading(ctx: RuleContext, s: Sentence): boolean {
  if (s.paragraph >= 0) return true;
  return sectionsWithContent(ctx)[s.section] === 1;
}

/** Minors named: the CCPA's opt-in for consumers under 16, California's "eraser" rule for minors. */
export const MINORS = /\b(minors?|children|child|teens?|(under|younger than|less than|below) (the age of )?(1[0-9]|thirteen|sixteen|eighteen)( years)?)\b/;
/** The statute's categories, named: a sentence that names them says more than the minors' rule. */
const CATEGORY_NAMED = /\b(identifiers|commercial information|biometric|internet or other|geolocation|inferences|professional or employment|education information|audio|sensitive personal information|categor(y|ies))\b/;

/** The sentence is not only about minors' information (it names categories, or no minors at all). */
// "We do not sell personal information, including that of minors under 16": a general statement
// that names minors as one case of it.
const MINORS_INCLUDED = /\b(including|even|especially|in particular|or of|and of)\b[^.]{0,60}\b(minors?|children|child|teens?|under|younger|less than|below)\b/;

export function notAboutMinorsOnly(s: Sentence): boolean {
  return !MINORS.test(s.norm) || CATEGORY_NAMED.test(s.norm) || MINORS_INCLUDED.test(s.norm);
}

/** Minors under 18, or the statute by number: the "eraser" rule for content a minor posted. */
const ERASER = /\b(minors?|(under|younger than|less than|below) (the age of )?(18|eighteen)( years)?|22581|eraser)\b/;
/** What the eraser rule removes: content, posts, material the minor posted or made public. */
const POSTED = /\bpost(ed|s|ings?)?\b|\bcontent\b|\bpublicly\b|\bmaterials?\b/;

/**
 * The sentences that follow one on minors' posted content in its paragraph (the next two), keyed
 * by start: "To request removal, e-mail us with the address of the post". Once per check.
 */
function afterEraser(ctx: RuleContext): Set<number> {
  return ctx.memo('ccpa.afterEraser', () => {
    const set = new Set<number>();
    const ss = ctx.doc.sentences;
    for (let i = 0; i < ss.length; i++) {
      const n = ss[i].norm;
      if (!(n.includes('post') || n.includes('content') || n.includes('publicly') || n.includes('material'))) continue;
      if (!ERASER.test(n) || !POSTED.test(n)) continue;
      for (let k = i + 1; k <= i + 2 && k < ss.length && ss[k].paragraph === ss[i].paragraph; k++) set.add(ss[k].start);
    }
    return set;
  });
}

/**
 * Is the sentence about a minor removing what they posted? The sentence itself (minors, and posts
 * or content), or, for a sentence of removing, the sentence just before it in its paragraph or
 * its section heading ("California Minors").
 */
export function notMinorsRemoval(ctx: RuleContext, s: Sentence): boolean {
  const { doc } = ctx;
  if (ERASER.test(s.norm)) return !POSTED.test(s.norm);
  if (!/\b(remov|eras|delet)/.test(s.norm)) return true;
  const h = doc.sections[s.section]?.heading;
  if (h && ERASER.test(doc.norm.slice(h.start, h.end))) return false;
  // A follow-up names no personal information; one that does states the right itself.
  return s.paragraph < 0 || !afterEraser(ctx).has(s.start) || /\bpersonal (information|data)\b/.test(s.norm);
}

/** A list introduced as what the consumer may ask for: "You have the right to request that we disclose:". */
const RIGHTS_INTRO = /\bright|\brequest|\b(disclose|provide|tell|give) (to )?you\b|\byou (can|may) (ask|know|obtain|learn)\b|\b(ask|know|learn|obtain) (us )?(about|what|whether|the following)\b/;

/**
 * A list item of the right to know ("- the categories of personal information we sold about
 * you") is what the consumer may ask for, not the business's own list of what it sold, disclosed
 * or collected. Its introduction decides (and, for an item that itself ends with a colon and
 * introduces the next, the one before it).
 */
export function notRightToKnowItem(ctx: RuleContext, s: Sentence): boolean {
  return !listItemIntroducedBy(ctx, s, RIGHTS_INTRO);
}

/**
 * The yearly request metrics (Cal. Code Regs. tit. 11 § 7102): "Number of requests to opt out
 * received: 3,200", "received 79 requests to delete and complied with all of them". A count of
 * requests reports on the right; it does not give it.
 */
const METRICS = /\b(number|total) of\b[^.]{0,60}\brequests?\b|\brequests?\b[^.]{0,30}\b(received|complied with|denied)\b[^.]{0,10}\b[\d,]{1,9}\b|\b(received|complied with|denied)( in whole or in part)?( with)?( all of)? [\d,]{1,9}\b|(?<![\d,])\d{2}[\d,]{0,12} requests?\b|\brequest metrics\b|\baverage (number of )?days\b/;

export function notRequestMetrics(s: Sentence): boolean {
  return !METRICS.test(s.norm);
}
