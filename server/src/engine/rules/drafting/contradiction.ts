// Two statements of one draft that cannot both be true: "we do not sell your personal
// information" and, three sections later, "we sell your e-mail address to data brokers". The
// claims come typed from ./contradiction/claims.ts; here claims of one topic are compared, and
// the later statement is reported with the earlier one as its related location.
//
// Not a contradiction: claims addressed to different readers (a California section against an
// EU section), a denial about children under 13 against collection from teenagers, a sale in
// the CCPA's defined sense against a promise not to sell in the ordinary sense, two retention
// periods that run from different events or bound the period differently.

import type { CheckRule, RawFinding, RuleContext } from '../framework/ruleTypes';
import { Scope, scopeOf } from '../framework/scope';
import { gdpr, gdprArticleUrl } from '../../law/legalRefs';
import { Claim, claimsOf, Topic } from './contradiction/claims';

const TOPIC_LABEL: Record<Topic, string> = {
  sale: 'selling data',
  sharing: 'marketing by others',
  transfer: 'transfers abroad',
  retention: 'retention',
  children: 'children',
  cookies: 'cookies',
  automated: 'automated decisions',
};

/** A quote short enough for two of them to fit a one-line message. */
const QUOTE = 48;
/** Findings per topic: past this, the drafter has seen the point. */
const MAX_PER_TOPIC = 5;

export const contradiction: CheckRule = {
  kind: 'check',
  id: 'drafting/contradiction',
  family: 'drafting',
  title: 'Statements that contradict each other',
  refs: gdpr('12(1)', '5(1)(a)'),
  defaultSeverity: 'warning',
  docUrl: gdprArticleUrl(12),
  explanation:
    'Two statements of the draft cannot both be true, so the reader cannot tell what happens to their data: a notice that contradicts itself is not the “concise, transparent, intelligible” information in “clear and plain language” that GDPR Art. 12(1) requires, and a promise the rest of the notice breaks can be a deceptive statement under US consumer-protection law. ' +
    'Decide which statement is true and correct the other, or narrow one of them in words (“except as described in Section 5”, “for users outside the EEA”). ' +
    'Checked: selling personal information; sharing it with third parties for their own marketing (a processor acting on your behalf is not a third party, GDPR Art. 4(10)); “never outside the EEA/UK” against data stored in or sent to a country without an adequacy decision (the United States counts, as adequacy there covers only certified organisations); two retention periods for the same data from the same starting point; “not directed at children” against collection from children; “no cookies” against a named analytics or advertising tool; “no automated decisions” against a decision on credit, a job or an application made by a system alone.',
  run(ctx) {
    const claims = claimsOf(ctx);
    if (claims.length < 2) return [];
    const out: RawFinding[] = [];
    const perTopic = new Map<Topic, number>();
    // The first claim of each kind (topic, polarity, readers, detail) stands for all later ones
    // like it: a draft that repeats a statement a thousand times is compared once per kind, not
    // pair by pair (linear in the claims).
    const firsts = new Map<string, Claim>();
    const byTopic = new Map<Topic, Claim[]>();
    for (const later of sortedClaims(claims)) {
      if (ctx.token.isCancellationRequested) break;
      const reps = byTopic.get(later.topic) ?? [];
      const earlier = reps.find((e) => conflict(ctx, e, later));
      const key = kindKey(ctx, later);
      if (!firsts.has(key) && reps.length < MAX_KINDS) {
        firsts.set(key, later);
        reps.push(later);
        byTopic.set(later.topic, reps);
      }
      if (!earlier) continue;
      const n = perTopic.get(later.topic) ?? 0;
      if (n >= MAX_PER_TOPIC) continue;
      perTopic.set(later.topic, n + 1);
      out.push(finding(ctx, earlier, later));
    }
    return out;
  },
};

/** Kinds of claim kept per topic for comparison: a real draft has a handful. */
const MAX_KINDS = 50;

/** What makes two claims of a topic compare differently with a third. */
function kindKey(ctx: RuleContext, c: Claim): string {
  return [c.topic, c.polarity, audience(ctx, c), c.sense, c.age, c.kind, c.category, c.days, c.bound, c.anchor].join('|');
}

function sortedClaims(claims: Claim[]): Claim[] {
  return [...claims].sort((a, b) => a.start - b.start);
}

/** Can `a` (earlier) and `b` (later) both be true? False means a contradiction. */
function conflict(ctx: RuleContext, a: Claim, b: Claim): boolean {
  if (a.topic !== b.topic || a.sentence === b.sentence) return false;
  if (!sameAudience(ctx, a, b)) return false;
  if (a.topic === 'retention') return retentionConflict(a, b);
  if (a.polarity === b.polarity) return false;
  const deny = a.polarity === 'deny' ? a : b;
  const affirm = a.polarity === 'deny' ? b : a;
  switch (a.topic) {
    case 'sale':
      // A "sale" as the CCPA defines it (sharing for advertising, say) need not be a sale in the
      // ordinary sense, nor in Nevada's: both statements must use the word in the same sense.
      return deny.sense === affirm.sense;
    case 'children':
      // "Not directed at children under 13" says nothing of teenagers.
      return deny.age === undefined || affirm.age === undefined || affirm.age <= deny.age;
    case 'cookies':
      return deny.kind === 'any' || deny.kind === affirm.kind;
    default:
      return true;
  }
}

function retentionConflict(a: Claim, b: Claim): boolean {
  if (a.category !== b.category || a.anchor !== b.anchor) return false;
  const x = a.days!;
  const y = b.days!;
  // The same period written in other units (12 months, one year) is the same period.
  if (Math.abs(x - y) <= Math.max(x, y) * 0.02) return false;
  if (a.bound === 'exact' && b.bound === 'exact') return true;
  // "Up to 30 days" against "for 90 days" (or "at least 90 days").
  const max = a.bound === 'max' ? a : b.bound === 'max' ? b : undefined;
  const other = max === a ? b : a;
  return max !== undefined && other.bound !== 'max' && other.days! > max.days!;
}

/** Statements to different readers (a California section, an EU section) do not contradict. */
function sameAudience(ctx: RuleContext, a: Claim, b: Claim): boolean {
  const x = audience(ctx, a);
  const y = audience(ctx, b);
  return x === y || x === 'none' || y === 'none';
}

/** Readers named by place in a heading: "For users in the United States", "EEA visitors". */
const US_READERS = /\b(users|residents|visitors|customers|consumers|individuals|people)\b[^.]{0,20}\b(in|from|of) (the )?(united states|u\.s\.a?|usa|america)\b|\b(us|u\.s\.|american) (residents|users|customers|consumers|visitors)\b/;
const EU_READERS = /\b(users|residents|visitors|customers|consumers|individuals|people)\b[^.]{0,20}\b(in|from|of) (the )?(eea|european economic area|eu|european union|europe|uk|united kingdom|switzerland)\b|\b(eea|eu|uk|european|swiss|british) (residents|users|customers|consumers|visitors)\b/;

/**
 * The scope the packs read (framework/scope.ts), and where that names none, readers named by place
 * in the sentence or its heading, which the packs leave alone because a place there is often a
 * destination ("Transfers to the United States") rather than an audience.
 */
function audience(ctx: RuleContext, c: Claim): Scope {
  const cache = ctx.memo('drafting.claimAudience', () => new Map<Claim, Scope>());
  let a = cache.get(c);
  if (a === undefined) cache.set(c, (a = readersOf(ctx, c)));
  return a;
}

function readersOf(ctx: RuleContext, c: Claim): Scope {
  const scope = scopeOf(ctx, c.sentence);
  if (scope !== 'none') return scope;
  const h = ctx.doc.sections[c.sentence.section]?.heading;
  for (const n of [c.sentence.norm, h ? ctx.doc.norm.slice(h.start, h.end) : '']) {
    const us = US_READERS.test(n);
    const eu = EU_READERS.test(n);
    if (us !== eu) return us ? 'us' : 'eu';
  }
  return 'none';
}

function finding(ctx: RuleContext, earlier: Claim, later: Claim): RawFinding {
  const { doc } = ctx;
  const line = doc.lines.position(earlier.start).line + 1;
  const topic = later.topic === 'retention' ? `retention of ${later.category}` : TOPIC_LABEL[later.topic];
  return {
    start: later.start,
    end: later.end,
    message: `Contradiction on ${topic}: “${quote(doc.text, later)}” here, but line ${line} says “${quote(doc.text, earlier)}”.`,
    related: [{ start: earlier.start, end: earlier.end, message: `The statement it contradicts: “${quote(doc.text, earlier)}”` }],
  };
}

/** The claim's words, on one line, cut at a word boundary. */
function quote(text: string, c: Claim): string {
  const s = text.slice(c.start, c.end).replace(/\s+/g, ' ').trim();
  if (s.length <= QUOTE) return s;
  const cut = s.lastIndexOf(' ', QUOTE - 1);
  return `${s.slice(0, cut > QUOTE / 2 ? cut : QUOTE - 1)}…`;
}
