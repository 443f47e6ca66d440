// The JSON schema of `.privacy-policy.json` and of the draft's front matter keys, from the same
// registry the engine reads, so the editor offers exactly the ids and values the checker accepts.
import { ALL_RULES } from './registry';
import { ALL_REGIMES, PACKS } from './regimes';

const SEVERITIES = ['error', 'warning', 'information', 'hint', 'off'];
const BASES = ['consent', 'contract', 'legal obligation', 'vital interests', 'public task', 'legitimate interests'];

const fact = (description: string) => ({ type: 'boolean', description });

export function projectFileSchema(): Record<string, unknown> {
  const ruleIds = ALL_RULES.map((r) => r.id).sort();
  const schema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Privacy Policy Linter project file (.privacy-policy.json)',
    description: 'Settings and facts about the processing for the privacy-policy drafts in this folder and its subfolders. The same keys may stand in a Markdown draft\'s front matter, which wins.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      regimes: {
        type: 'array',
        description: 'The laws to check the drafts against.',
        items: { type: 'string', enum: [...ALL_REGIMES] },
        uniqueItems: true,
      },
      rules: {
        type: 'object',
        description: 'Per rule id: a severity, or "off".',
        propertyNames: { enum: ruleIds },
        additionalProperties: { type: 'string', enum: SEVERITIES },
      },
      dpo: fact('A data protection officer is designated (GDPR Art. 37): the DPO\'s contact details are then required.'),
      basis: {
        type: 'array',
        description: 'The legal bases of Art. 6(1) GDPR the processing relies on; consent makes the right to withdraw it required, legitimate interests their description.',
        items: { type: 'string', enum: BASES },
        uniqueItems: true,
      },
      transfers: fact('Personal data are transferred outside the EEA (GDPR Art. 13(1)(f)); for the UK GDPR, outside the UK.'),
      indirectSources: fact('Some personal data are obtained from others than the person (GDPR Art. 14).'),
      automatedDecisions: fact('Decisions based solely on automated processing with legal or similarly significant effects are made (GDPR Art. 22).'),
      children: fact('The service is directed to children under 13, or knowingly collects their data (COPPA).'),
      sells: fact('Personal information is sold or shared (CCPA/CPRA).'),
      states: {
        type: 'array',
        description: 'The US states whose residents the business serves, by two-letter code or name ("VA", "Texas"): the us-states pack applies its state-specific items (the Texas sensitive-data notice, Maryland\'s ban on selling sensitive data, Oregon\'s and Minnesota\'s rights) by this list.',
        items: { type: 'string' },
        uniqueItems: true,
      },
      longSentenceWords: {
        type: 'integer',
        minimum: 10,
        maximum: 200,
        default: 40,
        description: 'The rule drafting/long-sentence (off until given a severity in "rules", e.g. "hint") reports sentences of more words than this.',
      },
      profile: { type: 'object', description: 'The same facts (dpo, basis, transfers, …) grouped under one key; they win over the same facts at the top level.', additionalProperties: false, properties: {} as Record<string, unknown> },
      organization: {
        type: 'object',
        description: 'The organisation\'s own details: consistency checks compare the draft against them, and quick fixes fill clauses with them.',
        additionalProperties: false,
        properties: {
          name: { type: 'string', description: 'The legal name, e.g. "Northwind Analytics Ltd".' },
          website: { type: 'string' },
          email: { type: 'string', format: 'email' },
          privacyEmail: { type: 'string', format: 'email' },
          phone: { type: 'string' },
          address: { type: 'string' },
        },
      },
    },
  };
  const { properties } = schema;
  for (const fact of ['dpo', 'basis', 'transfers', 'indirectSources', 'automatedDecisions', 'children', 'sells', 'states'] as const) properties.profile.properties[fact] = properties[fact];
  return schema;
}

/** The items of the manifest's `privacyPolicy.regimes` setting: every pack, with its one-line summary. */
export function regimesSettingItems(): { type: 'string'; enum: string[]; enumDescriptions: string[] } {
  return { type: 'string', enum: PACKS.map((p) => p.id), enumDescriptions: PACKS.map((p) => p.summary) };
}
