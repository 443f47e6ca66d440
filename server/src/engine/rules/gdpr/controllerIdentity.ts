// Art. 13(1)(a): who the controller is — its identity (legal name).
import { gdprItem } from '../framework/defineGdpr';
import type { Sentence } from '../../model/document';
import type { RuleContext } from '../framework/ruleTypes';

/**
 * An organisation named as the actor of the policy: "Acme collects…", "Acme takes your privacy
 * seriously", "Acme's use of your data". Run on the original text (case matters for a name).
 * The name must recur (at least three times) in the document, so a third party named once as
 * the subject of a sentence ("Google Analytics uses cookies") does not count.
 */
const NAMED_ACTOR = /(?:^|[^A-Za-z])(?:[Aa]t |[Bb]y )?([A-Z][A-Za-z0-9&'.-]{1,30}(?: [A-Z][A-Za-z0-9&'.-]{1,30}){0,2})(?:'s| \([^)]{0,60}\))? (?:collects|processes|uses|shares|discloses|stores|retains|respects|takes|is committed|values|may (?:collect|use|share|process|disclose)|will (?:collect|use|share|process|not)|does not|provides|operates|owns|is the controller|is responsible|has (?:a|an|appointed|designated))\b/g;
const NOT_A_NAME = new Set(['We', 'You', 'Our', 'This', 'These', 'That', 'The', 'If', 'In', 'For', 'When', 'Where', 'Your', 'Please', 'It', 'They', 'Any', 'Some', 'Such', 'All', 'Each', 'Data', 'Personal', 'Information', 'Cookies', 'Cookie', 'Users', 'User', 'Nobody', 'Everyone', 'Google', 'Google Analytics', 'Facebook', 'Law', 'Policy', 'Privacy Policy', 'Website', 'Site', 'Service', 'Services', 'Who', 'He', 'She', 'One', 'Customer', 'Customers', 'Company', 'Controller', 'Processor']);

function namedActors(ctx: RuleContext): Sentence[] {
  const { doc } = ctx;
  const counts = new Map<string, Sentence[]>();
  for (const s of doc.sentences) {
    const raw = doc.text.slice(s.start, s.end);
    NAMED_ACTOR.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = NAMED_ACTOR.exec(raw)) !== null) {
      // "Personal Information Acme collects": drop the leading common words.
      const words = m[1].replace(/[.']+$/, '').split(' ');
      while (words.length > 0 && NOT_A_NAME.has(words[0])) words.shift();
      const name = words.join(' ');
      if (name.length < 2 || NOT_A_NAME.has(name)) continue;
      const list = counts.get(name) ?? [];
      if (list.length === 0 || list[list.length - 1] !== s) list.push(s);
      counts.set(name, list);
    }
  }
  let best: Sentence[] = [];
  for (const [name, list] of counts) {
    if (list.length === 0 || list.length < best.length) continue;
    if (countOccurrences(doc.text, name, 3) >= 3) best = list;
  }
  return best.slice(0, 3);
}

function countOccurrences(text: string, needle: string, enough: number): number {
  let n = 0;
  for (let i = text.indexOf(needle); i >= 0 && n < enough; i = text.indexOf(needle, i + needle.length)) n++;
  return n;
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
    cues: ['controller', 'responsible', '(', 'operated', 'owned', 'run by', 'provided by', '"we', '"us', '"our', "'we", "'us", "'our", 'inc', 'llc', 'ltd', 'limited', 'gmbh', 'ag', 'ab', 'aps', 'a/s', 's.a', 'sas', 'b.v', 'n.v', 's.r.l', 'plc', 'corp', 'pty'],
    any: [
      /\b(is|are|acts? as|as the|as a|will be|remains?|be) (the |a |joint )?(data )?controllers?\b|\b(the |data )controllers? (is|are|for|of|responsible)\b/,
      /\bresponsible for (the )?(processing|your (personal )?(data|information))\b/,
      /\b(inc|llc|l\.l\.c|ltd|limited|gmbh|ag|ab|aps|a\/s|s\.a|sas|s\.a\.s|b\.v|bv|n\.v|s\.r\.l|srl|plc|corp|corporation|pty|oy|oü|sp\. z o\.o|kg)\b\.?,?[^.]{0,80}\(\s*(hereinafter\s+)?("|')?[^)]{0,40}\b(we|us|our)\b/,
      /\b(inc|llc|ltd|limited|gmbh|ag|ab|aps|a\/s|s\.a|sas|b\.v|n\.v|s\.r\.l|plc|corp|corporation|pty)\b\.?,? (is|are|operates|provides|owns)\b/,
      /\b(this (website|site|app|service|platform) is (operated|owned|run|provided) by)\b/,
      // A defined term for the organisation: 'Acme ("we", "us")', '"we" and "our" means Acme'.
      /[a-z0-9)]\s{0,2}\(\s{0,2}(hereinafter\s+)?(collectively\s+)?(referred to as\s+)?["']?(the )?(company|we|us|our)["']?\s{0,2}(,|or|and|\/|\))/,
      /["'](we|us|our)["']?,? (and|or) ["']?(us|our|we)["']?[^.]{0,20}\b(means?|refers? to|is|are)\b/,
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
    return namedActors(ctx);
  },
};
