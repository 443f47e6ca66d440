// "Possibly required" items: whether the law asks for them depends on a fact the checker cannot
// read from the text (is a DPO designated? do data leave the EEA?). These quick fixes record the
// drafter's answer in the processing profile, so the item re-evaluates: in the draft's front
// matter (created if there is none), or in the `.privacy-policy.json` the draft uses when it has
// no front matter of its own. The edits change only the one value or add one line; every other
// byte (comments, key order, a site generator's keys) stays as it was.

import { isMap, isScalar, parseDocument, type YAMLMap } from 'yaml';
import type { Analysis } from '../check';
import type { PolicyDocument } from '../model/document';
import type { Disclosure, Finding, Fix, TextEdit } from '../types';
import { RECORD_FACT_COMMAND } from '../commands';
import { MAX_FRONT_MATTER_CHARS } from '../model/frontMatter';

/** The yes/no facts of the processing profile (config.ts reads the same keys). */
export type FactKey = 'dpo' | 'transfers' | 'indirectSources' | 'automatedDecisions' | 'children' | 'sells';

interface FactQuestion {
  key: FactKey;
  /** The two answers, as the drafter would say them (the quick fixes' titles). */
  yes: string;
  no: string;
  /**
   * The item is required until the fact is declared (COPPA asks every policy to say whether the
   * service is for children), so the answer is offered on a required item too.
   */
  offeredWhenRequired?: boolean;
}

const DPO: FactQuestion = { key: 'dpo', yes: 'We have designated a DPO', no: 'No DPO is designated' };
const SOURCES: FactQuestion = { key: 'indirectSources', yes: 'Some personal data come from other sources', no: 'All personal data come from the person' };
const ADM: FactQuestion = { key: 'automatedDecisions', yes: 'We make decisions solely by automated means (Art. 22)', no: 'We make no decisions solely by automated means (Art. 22)' };

/**
 * The catalog items whose requirement a profile fact decides, each with its question. Items that
 * depend on the list of legal bases or of US states are not here: those lists are read as
 * complete, so one answer would decide other items too (see config.ts).
 */
const QUESTIONS: Record<string, FactQuestion> = {
  'gdpr/dpo-contact': DPO,
  'uk-gdpr/dpo-contact': DPO,
  'gdpr/data-source': SOURCES,
  'uk-gdpr/data-source': SOURCES,
  'gdpr/automated-decision-making': ADM,
  'uk-gdpr/automated-decision-making': ADM,
  'gdpr/international-transfers': { key: 'transfers', yes: 'Personal data are transferred outside the EEA', no: 'No personal data leave the EEA' },
  'uk-gdpr/international-transfers': { key: 'transfers', yes: 'Personal data are transferred outside the UK', no: 'No personal data leave the UK' },
  'coppa/children': { key: 'children', yes: 'The service is directed to children under 13', no: 'The service is not directed to children under 13', offeredWhenRequired: true },
  'ccpa/right-opt-out': { key: 'sells', yes: 'We sell or share personal information', no: 'We do not sell or share personal information' },
};

export interface FactAnswer {
  key: FactKey;
  value: boolean;
  /** The answer in words: "No DPO is designated". */
  label: string;
}

/** The two answers that would decide this item, or none when its fact is declared or does not decide it. */
export function factAnswersFor(disclosure: Disclosure, profile: Partial<Record<FactKey, unknown>>): FactAnswer[] {
  const q = QUESTIONS[disclosure.id];
  if (!q || profile[q.key] !== undefined || disclosure.waived) return [];
  const open = disclosure.required === 'conditional' || (q.offeredWhenRequired && disclosure.required === 'always' && disclosure.status === 'missing');
  if (!open) return [];
  return [
    { key: q.key, value: true, label: q.yes },
    { key: q.key, value: false, label: q.no },
  ];
}

/** Where the draft's facts are declared, as the language server knows it. */
export interface FactTarget {
  /** The `.privacy-policy.json` that applies to the draft, if any. */
  projectFileUri?: string;
}

/**
 * The quick fixes that answer a possibly-required item's question. With front matter, or with no
 * project file, they edit the draft; otherwise they ask the editor to change the project file
 * (RECORD_FACT_COMMAND: the editor holds that file's current text and saves it, which re-checks).
 */
export function factFixesFor(analysis: Analysis, finding: Finding, target: FactTarget = {}): Fix[] {
  const d = analysis.report.disclosures.find((x) => x.id === finding.code);
  if (!d) return [];
  const answers = factAnswersFor(d, analysis.options.profile);
  const fixes: Fix[] = [];
  const doc = analysis.doc;
  for (const a of answers) {
    if (doc.frontMatter || !target.projectFileUri) {
      const edits = frontMatterFactEdit(doc, a.key, a.value);
      if (edits) fixes.push({ title: `${a.label} (record \`${a.key}: ${a.value}\` in the front matter)`, kind: 'quickfix', edits });
    } else {
      const title = `${a.label} (record "${a.key}": ${a.value} in .privacy-policy.json)`;
      fixes.push({ title, kind: 'quickfix', edits: [], command: { id: RECORD_FACT_COMMAND, title, args: [target.projectFileUri, a.key, a.value] } });
    }
  }
  return fixes;
}

/**
 * The edit that sets `key: value` in the draft's front matter: the value replaced where the key
 * stands (at the top level and under `profile`, which would otherwise win), else one line added
 * before the closing fence, else a new block at the top. Undefined when the block cannot be
 * edited safely (not valid YAML, too large, not a mapping): its own findings say why.
 */
export function frontMatterFactEdit(doc: PolicyDocument, key: FactKey, value: boolean): TextEdit[] | undefined {
  const { text, lines } = doc;
  const eol = lines.preferredEol();
  const fm = doc.frontMatter;
  if (!fm) {
    const at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    return [{ start: at, end: at, newText: `---${eol}${key}: ${value}${eol}---${eol}` }];
  }
  const bodyStart = lines.lineStarts[1];
  const bodyEnd = lines.lineStarts[lines.lineAt(fm.end - 1)]; // the closing fence's line
  const added: TextEdit[] = [{ start: bodyEnd, end: bodyEnd, newText: `${key}: ${value}${eol}` }];
  const body = text.slice(bodyStart, bodyEnd);
  if (body.length > MAX_FRONT_MATTER_CHARS || fm.problems.length > 0) return undefined;
  const yaml = parseDocument(body, { uniqueKeys: false, schema: 'core', version: '1.2', logLevel: 'silent' });
  if (yaml.errors.length > 0) return undefined;
  const contents = yaml.contents;
  if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === ''))) return added;
  if (!isMap(contents) || contents.flow) return undefined;

  // Every place the fact is written (top level, `profile:`) gets the answer, so none contradicts it.
  const edits: TextEdit[] = [];
  const collect = (map: YAMLMap<unknown, unknown>): boolean => {
    for (const pair of map.items) {
      if (!isScalar(pair.key) || pair.key.value !== key) continue;
      const v = pair.value;
      // `dpo:` with no value: the answer goes after the key.
      const range = v === null ? (pair.key.range ? [pair.key.range[1], pair.key.range[1]] : undefined) : isScalar(v) ? v.range?.slice(0, 2) : undefined;
      if (!range) return false; // a list or map where a yes/no belongs: left to its own finding
      edits.push({ start: bodyStart + range[0], end: bodyStart + range[1], newText: spaced(body, range[0], String(value)) });
    }
    return true;
  };
  if (!collect(contents)) return undefined;
  const profile = contents.get('profile', true);
  if (isMap(profile) && (profile.flow || !collect(profile))) return undefined;
  return edits.length > 0 ? edits.sort((a, b) => a.start - b.start) : added;
}

/** `dpo:` followed directly by the value needs a space, or YAML reads one word `dpo:true`. */
function spaced(body: string, at: number, value: string): string {
  return at > 0 && body[at - 1] === ':' ? ` ${value}` : value;
}
