// Art. 13(1)(a): who the controller is — its identity (legal name).
import { gdprItem } from '../framework/defineGdpr';
import type { Sentence } from '../../model/document';
import type { RuleContext } from '../framework/ruleTypes';
import { sectionHeadingNorms } from '../framework/match';

/**
 * A legal name: capitalised words followed by a legal form ("Example Software Ltd", "Acme, Inc.").
 * Run on the original text (case matters). Bounded: at most four words of at most 40 characters.
 */
const LEGAL_NAME = /\b[A-Z][A-Za-z0-9&'.-]{0,40}(?: [A-Z][A-Za-z0-9&'.-]{0,40}){0,3},? (?:Inc|LLC|L\.L\.C|Ltd|Limited|GmbH|AG|S\.A|SAS|B\.V|N\.V|plc|PLC|Corp|Corporation|Pty|ApS|AB|Oy|S\.r\.l|SRL|KG)\b/g;
/** Where a legal name is the controller's own: its address or contact details. */
const CONTACT_CONTEXT = /\b(address|contact|write to|registered|office|company (number|no)|street|road|avenue|floor|suite|p\.?o\.? box)\b|@/;
/** Where it is someone else's: a vendor or partner. */
const THIRD_PARTY_CONTEXT = /\b(third[- ]part|analytics|processor|service provider|partner|vendor|advertis|plug-?in|social (media|network)|provided by|operated by (a|an) )/;

/** How far around a legal name a vendor's context is looked for. */
const NEAR = 30;
/** A section that presents the controller: a legal name in it is the controller's. */
const CONTROLLER_HEADING = /\b((data )?controller|who we are|about us|our details|identity)\b/;

/**
 * The controller's legal name given elsewhere than in an "is the controller" sentence: in its
 * address or contact details, or repeated. A vendor's legal name (analytics, advertising) does not
 * count. Returns the first sentence that gives it.
 */
function legalNameGiven(ctx: RuleContext): Sentence[] {
  const { doc } = ctx;
  const seen = new Map<string, Sentence>();
  const headings = sectionHeadingNorms(ctx);
  for (const s of doc.sentences) {
    const raw = doc.text.slice(s.start, s.end);
    const thirdParty = THIRD_PARTY_CONTEXT.test(s.norm);
    LEGAL_NAME.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = LEGAL_NAME.exec(raw)) !== null) {
      // A vendor is named as one near its name ("analytics provided by Google LLC"); elsewhere in
      // a long sentence the words may be about something else ("our third-party disclosures").
      const near = s.norm.slice(Math.max(0, m.index - NEAR), m.index + m[0].length + NEAR);
      if (THIRD_PARTY_CONTEXT.test(near)) continue;
      const name = m[0].replace(/,/g, '');
      if (CONTACT_CONTEXT.test(s.norm) || CONTROLLER_HEADING.test(headings[s.section])) return [s];
      // A name repeated counts only outside any vendor talk.
      if (thirdParty) continue;
      const first = seen.get(name);
      if (first && first !== s) return [first, s];
      if (!first) seen.set(name, s);
    }
  }
  return [];
}

const rule = gdprItem({
  name: 'controller-identity',
  title: 'Identity of the controller',
  cites: ['13(1)(a)', '14(1)(a)'],
  docArticle: 13,
  explanation: 'People must be told who decides why and how their personal data are used: the controller, by its legal name.',
  remedy: 'Name the controller by its full legal name (e.g. "Example Ltd is the controller of your personal data").',
  anchorHeadings: [/\b(who we are|about us|controller|introduction|identity)\b/],
  patterns: {
    // The first sentences that name the controller are evidence enough.
    limit: 3,
    // The words each pattern below is built on.
    cues: ['controller', 'responsible', '(', 'operated', 'owned', 'run by', 'provided by', 'inc', 'llc', 'ltd', 'limited', 'gmbh', ' ag ', ' ag,', ' ag.', ' ab ', ' ab,', ' ab.', ' oy ', ' oy,', ' oy.', ' kg ', ' kg,', ' kg.', 'aps', 'a/s', 's.a', 'sas', 'b.v', 'n.v', 's.r.l', 'plc', 'corp', 'pty'],
    any: [
      /\b(is|are|acts? as|as the|as a|will be|remains?|be) (the |a |joint )?(data )?controllers?\b|\b(the |data )controllers? (is|are|for|of|responsible)\b/,
      /\bresponsible for (the )?(processing|your (personal )?(data|information))\b/,
      /\b(inc|llc|l\.l\.c|ltd|limited|gmbh|ag|ab|aps|a\/s|s\.a|sas|s\.a\.s|b\.v|bv|n\.v|s\.r\.l|srl|plc|corp|corporation|pty|oy|oü|sp\. z o\.o|kg)\b\.?,?[^.]{0,80}\(\s*(hereinafter\s+)?("|')?[^)]{0,40}\b(we|us|our)\b/,
      /\b(inc|llc|ltd|limited|gmbh|ag|ab|aps|a\/s|s\.a|sas|b\.v|n\.v|s\.r\.l|plc|corp|corporation|pty)\b\.?,? (is|are|operates|provides|owns)\b/,
      // "Example Media LLC ("Example News") respects your privacy": a legal name defined as the author.
      /\b(inc|llc|ltd|limited|gmbh|ag|ab|aps|a\/s|s\.a|sas|b\.v|n\.v|s\.r\.l|plc|corp|corporation|pty)\b\.?,? \([^)]{1,40}\),? (is|are|operates|provides|owns|recognizes|respects|values|collects|processes|has prepared|is committed)\b/,
      /\b(this (website|site|app|service|platform) is (operated|owned|run|provided) by)\b/,
      // "Your information will be held by Example Bank plc", "sites owned and operated by Example, Inc.".
      /\b((your|personal) (personal )?(data|information) (is|are|will be) (held|controlled) by|(site|website|app|application|service)s? (is |are )?(owned and operated|owned|operated|run) by)\b[^.]{0,60}\b(inc|llc|ltd|limited|gmbh|aps|a\/s|s\.a|sas|b\.v|n\.v|s\.r\.l|plc|corp|corporation|pty)\b/,
      /\bresponsible (body |party )?for (the )?(data )?processing\b/,
    ],
    unless: [/\b(our|the) customers?,? (as|are|act as) (the )?(data )?controllers?\b/],
  },
});

const byPattern = rule.detect;

export default {
  ...rule,
  detect: (ctx: RuleContext): Sentence[] => {
    const found = byPattern(ctx);
    if (found.length > 0) return found;
    // The configured organisation name, where the text uses it, identifies the controller.
    const name = ctx.options.organization.name?.toLowerCase();
    if (name && name.length >= 3) {
      const named = ctx.doc.sentences.filter((s) => s.norm.includes(name)).slice(0, 3);
      if (named.length > 0) return named;
    }
    return legalNameGiven(ctx);
  },
};
