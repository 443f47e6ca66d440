// Unfilled blanks inside a passage: a sentence that says "we keep your data for [retention
// period]" or "contact us at _____@_____" addresses the item but discloses nothing yet, so it
// never counts as disclosed (the item is insufficient until the blank is filled). Our own
// inserted clauses write their blanks the same way, so they stay open until the drafter fills them.
//
// Deliberately narrower than the placeholder check: a blank here must be unmistakable, because it
// turns a disclosure into a shortfall. Every expression is linear (bounded classes, no nesting).

/** Underscore runs, `_____@_____` included. */
const UNDERSCORES = /_{3,}(?:@_{2,}(?:\._{2,})?)?/;
/**
 * A bracketed prompt: `[retention period]`, `[Company Name]`, `[e.g. analytics providers]`.
 * Not a Markdown link (`[text](…)`, `[text][ref]`, `[ref]: …`), a footnote (`[1]`, `[a]`, `[^2]`),
 * a check box (`[x]`) or the obfuscated `[email protected]` (the placeholder check reports that).
 */
const BRACKET = /\[([A-Za-z][^[\]\n]{2,160})\](?![([:])/g;
const ANGLE_PROMPT = /<(?:insert|enter|add|fill in|your|company|name|date|address|e-?mail)\b[^<>\n]{0,80}>/i;
const TEMPLATE_VAR = /\{\{[^{}\n]{1,60}\}\}|\$\{[^{}\n]{1,40}\}/;
const MARKER = /(?<![A-Za-z0-9])(?:X{3,}|TBD|TBC|TODO|FIXME)(?![A-Za-z0-9])/;

/** Bracketed text a drafter writes as a prompt rather than as optional wording. */
function isPromptInBrackets(inner: string): boolean {
  if (/^email(?:\u00a0| )protected$/i.test(inner)) return false;
  // "[e.g. …]", "[insert …]", "[name of …]", "[Company Name]": a prompt or an example to replace.
  if (/^(?:e\.g\.|i\.e\.|insert|enter|add|fill|specify|describe|list|name|date|address|country|countries|categor|purpose|retention|period|how|where|which|what|who|if you)/i.test(inner)) return true;
  // Title Case or capitals: "[Company Name]", "[DPO E-MAIL]".
  if (/^[A-Z][A-Za-z-]*(?: [A-Z][A-Za-z-]*){0,5}$/.test(inner) && /[A-Z].*[ A-Z]/.test(inner)) return true;
  // Lower-case words that name a kind of detail: "[retention period for each category …]".
  return /\b(?:period|name|address|e-?mail|country|countries|date|number|categor(?:y|ies)|purposes?|sources?|recipients?|interests?|consequences?|method|link|representative)\b/i.test(inner);
}

/** The first blank in `text` (offsets into it), or undefined. */
export function firstBlank(text: string): { start: number; end: number; text: string } | undefined {
  let best: { start: number; end: number } | undefined;
  const consider = (start: number, end: number) => {
    if (!best || start < best.start) best = { start, end };
  };
  // Cheap exits first: most sentences hold none of the characters a blank needs.
  if (text.includes('___')) {
    const m = UNDERSCORES.exec(text);
    if (m) consider(m.index, m.index + m[0].length);
  }
  if (text.includes('[')) {
    BRACKET.lastIndex = 0;
    for (let m = BRACKET.exec(text); m; m = BRACKET.exec(text)) {
      if (isPromptInBrackets(m[1])) {
        consider(m.index, m.index + m[0].length);
        break;
      }
    }
  }
  if (text.includes('<')) {
    const m = ANGLE_PROMPT.exec(text);
    if (m) consider(m.index, m.index + m[0].length);
  }
  if (text.includes('{')) {
    const m = TEMPLATE_VAR.exec(text);
    if (m) consider(m.index, m.index + m[0].length);
  }
  if (/[XTF]/.test(text)) {
    const m = MARKER.exec(text);
    if (m) consider(m.index, m.index + m[0].length);
  }
  if (!best) return undefined;
  return { ...best, text: text.slice(best.start, best.end) };
}
