// One documentation page per rule (docs/rules/<family>/<name>.md), generated from the registry
// and the explanations: a diagnostic's `codeDescription` opens it (the client tells the server
// where the installed extension keeps them). `npm run gen:rule-docs` writes them;
// test/unit/messages-explanations.test.ts fails when they are stale.

import { ALL_RULES } from '../registry';
import { packById, regimeLabel } from '../regimes';
import { missingMessage } from '../rules/framework/messages';
import { ruleExplanation } from './explanation';

/** The page's path under docs/rules/: `gdpr/retention.md`. */
export function ruleDocPath(id: string): string {
  return `${id}.md`;
}

const KIND: Record<string, string> = {
  disclosure: 'a disclosure the policy must make',
  check: 'a check of what the policy says',
  engine: 'a check of the checker’s own comments and settings',
};

export function ruleDocMarkdown(id: string): string | undefined {
  const rule = ALL_RULES.find((r) => r.id === id);
  const e = ruleExplanation(id);
  if (!rule || !e) return undefined;
  const family = ['consistency', 'drafting', 'meta'].includes(rule.family) ? rule.family : regimeLabel(rule.family);
  const lines = [`# ${e.title}`, '', `\`${e.id}\` — ${KIND[rule.kind]} (${family}); default severity: ${rule.defaultSeverity}.`, ''];
  if (e.refs) lines.push(`**Law:** ${e.refs} — [official text](${e.docUrl})`, '');
  else lines.push(`**Reference:** [${e.docUrl}](${e.docUrl})`, '');
  if (rule.kind === 'disclosure') lines.push(`When the draft does not address it, the checker says: “${missingMessage(rule, packById(rule.family)?.messages?.[rule.id.slice(rule.family.length + 1)])}”`, '');
  lines.push('## Why', '', e.why, '');
  if (e.provisions.length > 0) lines.push('## The provisions', '', ...e.provisions.map((p) => `- **${p.cite}:** ${p.text}`), '');
  if (e.whatToAdd) lines.push('## What to add', '', e.whatToAdd, '');
  if (e.example) lines.push(`## Example${e.snippet ? ` (snippet \`${e.snippet}\`)` : ''}`, '', `> ${e.example}`, '');
  lines.push('## Turning it off', '', `Set \`"${e.id}": "off"\` (or another severity) in \`privacyPolicy.rules\`, \`rules\` in \`.privacy-policy.json\` or the front matter${rule.kind === 'disclosure' ? `, or waive it with a reason: \`<!-- privacy-policy-disable ${e.id}: why it does not apply -->\`` : ''}.`, '');
  return lines.join('\n');
}

/** Every rule's page, by path under docs/rules/. */
export function allRuleDocs(): Array<{ path: string; content: string }> {
  return ALL_RULES.map((r) => ({ path: ruleDocPath(r.id), content: ruleDocMarkdown(r.id)! }));
}
