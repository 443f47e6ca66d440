// Turning untrusted configuration (VS Code settings, `.privacy-policy.json`, front matter)
// into CheckOptions. Nothing here throws: a wrong value is dropped with a problem that names
// it and where it stands, and the default is used. Later sources win: settings < project file
// < front matter. A value that cannot be used never decides an item: the fact counts as
// undeclared, so the checker infers it from the text or asks.

import { damerau } from './text/editDistance';
import { DEFAULT_LONG_SENTENCE_WORDS } from './rules/drafting/longSentence';
import { ALL_RULES, isKnownRuleId } from './registry';
import { ALL_REGIMES, DEFAULT_REGIMES, isRegimeId } from './regimes';
import { stateCode, stateSpellings } from './regimes/us-states/states';
import { jsonSyntaxError, locateInJson } from './text/jsonLocations';
import { CheckOptions, OrganizationDetails, ProcessingProfile, RegimeId, SeveritySetting } from './types';

export { DEFAULT_REGIMES };
const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);
const PROFILE_BOOLEANS = ['dpo', 'transfers', 'indirectSources', 'automatedDecisions', 'children', 'sells'] as const;
const ORG_FIELDS = ['name', 'website', 'email', 'privacyEmail', 'phone', 'address'] as const;

export interface ConfigSources {
  /** The `privacyPolicy` settings section, as the editor or CLI supplies it. */
  settings?: unknown;
  /** Parsed `.privacy-policy.json`, if any. */
  projectFile?: unknown;
  /** Where the project file came from, for messages. */
  projectFileName?: string;
  /** The project file's text, so that its problems can name their line. */
  projectFileText?: string;
  /** Parsed front matter of the document, if any. */
  frontMatter?: Record<string, unknown>;
  /** An explicit request that wins over every source (the CLI's --regime). */
  forcedRegimes?: RegimeId[];
  now?: Date;
}

export type ConfigLayer = 'settings' | 'projectFile' | 'frontMatter';

/** One thing wrong in one source of configuration, and where it stands in it. */
export interface ConfigProblem {
  layer: ConfigLayer;
  /** Keys and list indexes from the top of the layer, e.g. ['basis', 0]; [] for the whole layer. */
  path: Array<string | number>;
  /** Is the key itself wrong (unknown, misspelt), or its value? */
  at: 'key' | 'value';
  /** In words a drafter reads, without the layer's name. */
  message: string;
  /** What the key or value was probably meant to be: a quick fix puts it in its place. */
  suggestion?: string;
}

export interface ResolvedConfig {
  options: CheckOptions;
  /** Every problem, each prefixed with where it is (`.privacy-policy.json:3:12: …`). */
  messages: string[];
  problems: ConfigProblem[];
}

/** A file of ten thousand typos gets the first of them and a count, not ten thousand messages. */
const MAX_PROBLEMS_PER_LAYER = 50;

/** Collects the problems of one layer. */
type Report = (path: Array<string | number>, at: 'key' | 'value', message: string, suggestion?: string) => void;

export function resolveOptions(sources: ConfigSources): ResolvedConfig {
  const problems: ConfigProblem[] = [];
  const options: CheckOptions = {
    regimes: [...DEFAULT_REGIMES],
    rules: {},
    profile: {},
    organization: {},
    now: sources.now ?? new Date(),
  };
  const layers: Array<[ConfigLayer, unknown]> = [
    ['settings', sources.settings],
    ['projectFile', sources.projectFile],
    ['frontMatter', sources.frontMatter],
  ];
  const dropped = new Map<ConfigLayer, number>();
  for (const [layerId, layer] of layers) {
    let count = 0;
    const report: Report = (path, at, message, suggestion) => {
      if (++count <= MAX_PROBLEMS_PER_LAYER) problems.push({ layer: layerId, path, at, message, ...(suggestion ? { suggestion } : {}) });
      else dropped.set(layerId, count - MAX_PROBLEMS_PER_LAYER);
    };
    // A project file that holds `null` was written on purpose and is reported; absent settings are not.
    if (layer === undefined || (layer === null && layerId !== 'projectFile')) continue;
    if (typeof layer !== 'object' || layer === null || Array.isArray(layer)) {
      report([], 'value', `expected an object of settings such as { "regimes": ["gdpr"], "dpo": false }, but it holds ${kindOf(layer)}; it was ignored and the defaults are used.`);
      continue;
    }
    // Only the project file is ours alone: editor settings hold other keys (include, run,
    // trace) and front matter often holds a site generator's (title, date, layout).
    if (layerId === 'projectFile') reportUnknownKeys(layer as Record<string, unknown>, report);
    // In front matter, only a near miss of one of our keys ("transfer", "basiss") is a typo worth a word.
    if (layerId === 'frontMatter') reportMisspeltKeys(layer as Record<string, unknown>, report);
    applyLayer(options, layer as Record<string, unknown>, report);
  }
  for (const [layer, n] of dropped) problems.push({ layer, path: [], at: 'value', message: `and ${n} more problems like the ones above, not listed; correct those first.` });
  if (sources.forcedRegimes) options.regimes = [...sources.forcedRegimes];
  return { options, problems, messages: problems.map((p) => formatProblem(p, sources)) };
}

/** A problem as one line: `where: message`, where naming the line of the project file if known. */
export function formatProblem(p: ConfigProblem, sources: Pick<ConfigSources, 'projectFileName' | 'projectFileText'> = {}): string {
  if (p.layer === 'settings') return `settings (privacyPolicy.*): ${p.message}`;
  if (p.layer === 'frontMatter') return `the front matter: ${p.message}`;
  const name = sources.projectFileName ?? '.privacy-policy.json';
  const pos = sources.projectFileText === undefined ? undefined : locateInJson(sources.projectFileText, p.path, p.at);
  return pos ? `${name}:${pos.line + 1}:${pos.column + 1}: ${p.message}` : `${name}: ${p.message}`;
}

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return `the text ${shown(v)}`;
  return `the ${typeof v} ${shown(v)}`;
}

/** Top-level keys `.privacy-policy.json` may have; anything else is most likely a typo ("regime"). */
const PROJECT_FILE_KEYS = new Set<string>(['$schema', 'regimes', 'rules', 'profile', 'organization', 'basis', 'states', 'longSentenceWords', ...PROFILE_BOOLEANS]);

function reportUnknownKeys(layer: Record<string, unknown>, report: Report): void {
  for (const key of Object.keys(layer)) {
    if (PROJECT_FILE_KEYS.has(key)) continue;
    const near = nearest(key, [...PROJECT_FILE_KEYS]);
    report([key], 'key', `unknown setting "${clip(key)}"${near ? ` (did you mean ${near}?)` : ''}; ignored. Known settings are ${[...PROJECT_FILE_KEYS].filter((k) => k !== '$schema').join(', ')}.`, near);
  }
}

function reportMisspeltKeys(layer: Record<string, unknown>, report: Report): void {
  for (const key of Object.keys(layer)) {
    if (PROJECT_FILE_KEYS.has(key) || key.length < 4) continue;
    const near = nearest(key, [...PROJECT_FILE_KEYS].filter((k) => k !== '$schema'));
    if (near) report([key], 'key', `unknown key "${clip(key)}" (did you mean ${near}?); ignored.`, near);
  }
}

function applyLayer(options: CheckOptions, layer: Record<string, unknown>, report: Report): void {
  if ('regimes' in layer) {
    const regimes = readRegimes(layer.regimes, report);
    if (regimes) options.regimes = regimes;
  }
  if ('rules' in layer) readRules(layer.rules, options.rules, report);
  // The profile may sit at the top level (the project file's documented shape) or under
  // `profile`; both are read, and `profile` wins where both give a fact.
  readProfile(layer, [], options.profile, report);
  if ('profile' in layer && layer.profile !== null) {
    if (isObject(layer.profile)) {
      reportUnknownProfileKeys(layer.profile, report);
      readProfile(layer.profile, ['profile'], options.profile, report);
    } else {
      report(['profile'], 'value', `"profile" must be an object of facts such as { "dpo": false }, not ${shown(layer.profile)}; ignored.`);
    }
  }
  if ('organization' in layer) readOrganization(layer.organization, options.organization, report);
  if ('longSentenceWords' in layer && layer.longSentenceWords !== null && layer.longSentenceWords !== undefined) {
    const n = layer.longSentenceWords;
    if (typeof n === 'number' && Number.isInteger(n) && n >= LONG_SENTENCE_MIN && n <= LONG_SENTENCE_MAX) options.longSentenceWords = n;
    else report(['longSentenceWords'], 'value', `"longSentenceWords" must be a whole number of words from ${LONG_SENTENCE_MIN} to ${LONG_SENTENCE_MAX}, not ${shown(n)}; ${options.longSentenceWords ?? DEFAULT_LONG_SENTENCE_WORDS} kept.`);
  }
}

/** The range a sentence-length limit may take: below 10 every sentence is long, above 200 none is. */
export const LONG_SENTENCE_MIN = 10;
export const LONG_SENTENCE_MAX = 200;

function readRegimes(value: unknown, report: Report): RegimeId[] | undefined {
  const list = typeof value === 'string' ? value.split(',').map((s) => s.trim()) : value;
  if (!Array.isArray(list)) {
    report(['regimes'], 'value', `"regimes" must be a list such as ["gdpr", "ccpa"], not ${shown(value)}; using ${DEFAULT_REGIMES.join(', ')}.`);
    return undefined;
  }
  const out: RegimeId[] = [];
  for (const [i, r] of (list as unknown[]).entries()) {
    const id = typeof r === 'string' ? r.trim().toLowerCase() : r;
    if (isRegimeId(id)) {
      if (!out.includes(id)) out.push(id);
    } else {
      const near = typeof id === 'string' ? nearest(id, ALL_REGIMES) : undefined;
      report(typeof value === 'string' ? ['regimes'] : ['regimes', i], 'value', `unknown regime ${shown(r)}${near ? ` (did you mean ${near}?)` : ''}; known regimes are ${ALL_REGIMES.join(', ')}.`, typeof value === 'string' ? undefined : near);
    }
  }
  // A list whose every entry is a typo, or an empty one, would silently check nothing: keep the default instead.
  if (out.length === 0) {
    report(['regimes'], 'value', `${list.length > 0 ? 'no known regime in "regimes"' : '"regimes" is empty'}; using ${DEFAULT_REGIMES.join(', ')}.`);
    return undefined;
  }
  return out;
}

function readRules(value: unknown, into: Record<string, SeveritySetting>, report: Report): void {
  if (!isObject(value)) {
    report(['rules'], 'value', `"rules" must map rule ids to a severity or "off", e.g. {"gdpr/dpo-contact": "off"}; ignored.`);
    return;
  }
  for (const [id, given] of Object.entries(value)) {
    // Front matter reads a bare `off` as false (YAML 1.1, as drafts for Jekyll write it).
    const sev = given === false ? 'off' : given;
    if (!isKnownRuleId(id)) {
      const near = nearest(id, ALL_RULES.map((r) => r.id));
      report(['rules', id], 'key', `unknown rule id "${clip(id)}" in "rules"${near ? ` (did you mean ${near}?)` : ''}; ignored.`, near);
      continue;
    }
    if (typeof sev !== 'string' || !SEVERITIES.has(sev)) {
      const near = typeof sev === 'string' ? nearest(sev, [...SEVERITIES]) : undefined;
      report(['rules', id], 'value', `rule "${id}" has severity ${shown(sev)}${near ? ` (did you mean ${near}?)` : ''}; use error, warning, information, hint or off. Default kept.`, near);
      continue;
    }
    into[id] = sev as SeveritySetting;
  }
}

/** Facts `profile` may hold; anything else there is a typo or a fact the checker does not know. */
const PROFILE_KEYS: readonly string[] = [...PROFILE_BOOLEANS, 'basis', 'states'];

function reportUnknownProfileKeys(profile: Record<string, unknown>, report: Report): void {
  for (const key of Object.keys(profile)) {
    if (PROFILE_KEYS.includes(key)) continue;
    const near = nearest(key, PROFILE_KEYS);
    report(['profile', key], 'key', `unknown fact "${clip(key)}" in "profile"${near ? ` (did you mean ${near}?)` : ''}; ignored. Known facts are ${PROFILE_KEYS.join(', ')}.`, near);
  }
}

function readProfile(src: Record<string, unknown>, at: string[], into: ProcessingProfile, report: Report): void {
  for (const key of PROFILE_BOOLEANS) {
    if (!(key in src) || src[key] === null || src[key] === undefined) continue;
    if (typeof src[key] === 'boolean') into[key] = src[key];
    else {
      // A later layer's unusable value must not leave an earlier layer's answer standing unseen.
      const earlier = into[key];
      delete into[key];
      report([...at, key], 'value', `"${key}" must be true or false, not ${shown(src[key])}; treated as undeclared${earlier !== undefined ? ` (the value ${earlier} given elsewhere is not used either)` : ''}.`);
    }
  }
  if ('states' in src && src.states !== null && src.states !== undefined) readStates(src.states, [...at, 'states'], into, report);
  if ('basis' in src && src.basis !== null && src.basis !== undefined) {
    const b = typeof src.basis === 'string' ? [src.basis] : src.basis;
    const path = [...at, 'basis'];
    if (!Array.isArray(b) || !b.every((x) => typeof x === 'string')) {
      delete into.basis;
      report(path, 'value', `"basis" must be a list such as ["contract", "consent"], not ${shown(src.basis)}; treated as undeclared.`);
      return;
    }
    // An unknown value never decides an item: "concent" must not make the right to withdraw
    // consent "not applicable". It is reported, and the whole list counts as undeclared until it is
    // corrected (the list is read as complete, so dropping one value would exclude its items).
    let unknown = 0;
    for (const [i, v] of (b).entries()) {
      if (LEGAL_BASES.includes(basisKey(v))) continue;
      unknown++;
      const near = nearest(basisKey(v), LEGAL_BASES);
      report(typeof src.basis === 'string' ? path : [...path, i], 'value', `unknown legal basis ${shown(v)} in "basis"${near ? ` (did you mean ${near}?)` : ''}; the basis list is treated as undeclared until it is corrected. Known bases: ${LEGAL_BASES.join(', ')}.`, near);
    }
    // Every processing has a basis: an empty list declares nothing, and must not exclude consent.
    if (b.length === 0) report(path, 'value', `"basis" is empty; list the legal bases the processing relies on, such as ["contract", "consent"]. Treated as undeclared.`);
    if (unknown === 0 && b.length > 0) into.basis = b;
    else delete into.basis;
  }
}

/**
 * The US states served (`states: [VA, "Texas"]`), as two-letter codes. Like the basis list, it is
 * read as complete: one unknown name makes the whole list undeclared until it is corrected, so a
 * typo ("Texsa") never makes Texas's items "not applicable".
 */
function readStates(value: unknown, path: Array<string | number>, into: ProcessingProfile, report: Report): void {
  const list = typeof value === 'string' ? value.split(',') : value;
  if (!Array.isArray(list) || !list.every((x) => typeof x === 'string')) {
    delete into.states;
    report(path, 'value', `"states" must be a list of US states such as ["VA", "Texas"], not ${shown(value)}; treated as undeclared.`);
    return;
  }
  const codes: string[] = [];
  let bad = false;
  for (const [i, v] of (list).entries()) {
    if (v.trim() === '') continue;
    const code = stateCode(v);
    if (code) {
      if (!codes.includes(code)) codes.push(code);
      continue;
    }
    bad = true;
    const near = nearest(v.trim().toLowerCase(), stateSpellings().map((x) => x.toLowerCase()));
    const shownNear = near ? stateSpellings().find((x) => x.toLowerCase() === near) : undefined;
    report(typeof value === 'string' ? path : [...path, i], 'value', `unknown US state ${shown(v)} in "states"${shownNear ? ` (did you mean ${shownNear}?)` : ''}; the states list is treated as undeclared until it is corrected. Use two-letter codes (VA, TX) or names (Virginia).`, shownNear);
  }
  if (!bad) into.states = codes;
  else delete into.states;
}

/** The Art. 6(1) bases, as the profile names them. */
const LEGAL_BASES = ['consent', 'contract', 'legal obligation', 'vital interests', 'public task', 'legitimate interests'];
const BASIS_ALIASES: Record<string, string> = {
  'explicit consent': 'consent',
  'performance of a contract': 'contract',
  'performance of contract': 'contract',
  'legal obligations': 'legal obligation',
  'vital interest': 'vital interests',
  'public interest': 'public task',
  'legitimate interest': 'legitimate interests',
};

function basisKey(v: string): string {
  const k = v.toLowerCase().replace(/[-_\s]+/g, ' ').trim();
  return BASIS_ALIASES[k] ?? k;
}

/**
 * The known value within two edits of `v` (a typo), if there is exactly one nearest; else the one
 * known value that `v` begins ("warn" → warning, "legitimate" → legitimate interests).
 */
function nearest(v: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = 3;
  for (const k of known) {
    const d = damerau(v, k, bestD);
    if (d < bestD) {
      best = k;
      bestD = d;
    }
  }
  if (best || v.length < 3) return best;
  const starts = known.filter((k) => k.startsWith(v));
  return starts.length === 1 ? starts[0] : undefined;
}


function readOrganization(value: unknown, into: OrganizationDetails, report: Report): void {
  if (value === null) return;
  if (!isObject(value)) {
    report(['organization'], 'value', `"organization" must be an object with ${ORG_FIELDS.join(', ')}, not ${shown(value)}; ignored.`);
    return;
  }
  for (const key of Object.keys(value)) {
    if ((ORG_FIELDS as readonly string[]).includes(key)) continue;
    const near = nearest(key, ORG_FIELDS);
    report(['organization', key], 'key', `unknown detail "${clip(key)}" in "organization"${near ? ` (did you mean ${near}?)` : ''}; ignored. Known details are ${ORG_FIELDS.join(', ')}.`, near);
  }
  for (const key of ORG_FIELDS) {
    const v = value[key];
    if (v === undefined || v === null || v === '') continue;
    if (typeof v === 'string') into[key] = v.trim();
    // `phone: 0301234567` is a number to YAML (and loses its 0): the fix is quotes.
    else report(['organization', key], 'value', `"organization.${key}" must be text, not ${shown(v)}${typeof v === 'number' ? ' (put it in quotes)' : ''}; ignored.`);
  }
}

/** A value quoted in a message, clipped: a malformed value may be megabytes long. */
function shown(v: unknown): string {
  return clip(JSON.stringify(v) ?? String(v));
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Parses the text of `.privacy-policy.json`; a syntax error becomes a message naming its line
 * and column, not an exception. `text` is returned for locating later problems.
 */
export function parseProjectFile(text: string, name = '.privacy-policy.json'): { value?: unknown; message?: string; text: string } {
  const clean = text.replace(/^\uFEFF/, '');
  try {
    return { value: JSON.parse(clean), text: clean };
  } catch (e) {
    const at = jsonSyntaxError(clean);
    const where = at ? `${name}:${at.line + 1}:${at.column + 1}` : name;
    return { message: `${where}: not valid JSON (${at?.message ?? (e as Error).message}); the file was ignored and defaults are used.`, text: clean };
  }
}
