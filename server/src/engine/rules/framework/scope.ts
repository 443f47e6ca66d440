// Which jurisdiction a passage speaks to. A right offered to "EU residents" under the GDPR does not
// disclose the CCPA right of a California consumer, and vice versa: the law asks that each notice
// tell *its* readers their rights. Scope comes from the enclosing headings (a sub-heading inherits
// its parent's scope) and from the sentence itself.

import type { Sentence } from '../../model/document';
import type { RuleContext } from './ruleTypes';

export type Scope = 'eu' | 'us' | 'none';

const EU = /\b(gdpr|eea|e\.e\.a|european|eu|e\.u|uk|united kingdom|switzerland|swiss|data subjects?|brazil|lgpd|canada|canadian|pipeda|australia|new zealand|japan|singapore|korea|china|chinese|pipl|hong kong|india|international (users|visitors|residents))\b/;
const US = /\b(california|ccpa|cpra|cal\. civ|shine the light|united states|u\.s|us (residents|consumers|state)|state privacy|nevada|virginia|colorado|connecticut|utah|oregon|texas)\b/;

function scopeOfText(norm: string): Scope {
  const eu = EU.test(norm);
  const us = US.test(norm);
  if (eu && !us) return 'eu';
  if (us && !eu) return 'us';
  return 'none';
}

/** The scope of each section (index = section index), inherited by deeper headings. */
export function sectionScopes(ctx: RuleContext): Scope[] {
  return ctx.memo('sectionScopes', () => {
    const { doc } = ctx;
    const scopes: Scope[] = [];
    // Stack of [level, scope] of the enclosing scoped headings.
    const stack: Array<[number, Scope]> = [];
    for (const section of doc.sections) {
      const h = section.heading;
      if (!h) {
        scopes.push('none');
        continue;
      }
      while (stack.length > 0 && stack[stack.length - 1][0] >= h.level) stack.pop();
      const own = scopeOfText(doc.norm.slice(h.start, h.end));
      if (own !== 'none') stack.push([h.level, own]);
      scopes.push(own !== 'none' ? own : stack.length > 0 ? stack[stack.length - 1][1] : 'none');
    }
    return scopes;
  });
}

/** The sentence's own scope if it names one, else its section's. */
export function scopeOf(ctx: RuleContext, s: Sentence): Scope {
  const own = scopeOfText(s.norm);
  return own !== 'none' ? own : sectionScopes(ctx)[s.section] ?? 'none';
}
