// Turning untrusted configuration (VS Code settings, `.privacy-policy.json`, front matter)
// into CheckOptions. Nothing here throws: a wrong value is dropped with a message that names
// it, and the default is used. Later sources win: settings < project file < front matter.

import { damerau } from './text/editDistance';
import { isKnownRuleId } from './registry';
import { ALL_REGIMES, DEFAULT_REGIMES, isRegimeId } from './regimes';
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
  /** Parsed front matter of the document, if any. */
  frontMatter?: Record<string, unknown>;
  /** An explicit request that wins over every source (the CLI's --regime). */
  forcedRegimes?: RegimeId[];
  now?: Date;
}

export interface ResolvedConfig {
  options: CheckOptions;
  messages: string[];
}

export function resolveOptions(sources: ConfigSources): ResolvedConfig {
  const messages: string[] = [];
  const options: CheckOptions = {
    regimes: [...DEFAULT_REGIMES],
    rules: {},
    profile: {},
    organization: {},
    now: sources.now ?? new Date(),
  };
  const layers: Array<[string, unknown]> = [
    ['settings (privacyPolicy.*)', sources.settings],
    [sources.projectFileName ?? '.privacy-policy.json', sources.projectFile],
    ['the front matter', sources.frontMatter],
  ];
  for (const [i, [where, layer]] of layers.entries()) {
    if (layer === undefined || layer === null) continue;
    if (typeof layer !== 'object' || Array.isArray(layer)) {
      messages.push(`${where}: expected an object of settings; ignored.`);
      continue;
    }
    // Only the project file is ours alone: editor settings hold other keys (include, run,
    // trace) and front matter often holds a site generator's (title, date, layout).
    if (i === 1) reportUnknownKeys(layer as Record<string, unknown>, where, messages);
    // In front matter, only a near miss of one of our keys ("transfer", "basiss") is a typo worth a word.
    if (i === 2) reportMisspeltKeys(layer as Record<string, unknown>, where, messages);
    applyLayer(options, layer as Record<string, unknown>, where, messages);
  }
  if (sources.forcedRegimes) options.regimes = [...sources.forcedRegimes];
  return { options, messages };
}

/** Top-level keys `.privacy-policy.json` may have; anything else is most likely a typo ("regime"). */
const PROJECT_FILE_KEYS = new Set<string>(['$schema', 'regimes', 'rules', 'profile', 'organization', 'basis', ...PROFILE_BOOLEANS]);

function reportUnknownKeys(layer: Record<string, unknown>, where: string, messages: string[]): void {
  for (const key of Object.keys(layer)) {
    if (PROJECT_FILE_KEYS.has(key)) continue;
    const near = nearest(key, [...PROJECT_FILE_KEYS]);
    messages.push(`${where}: unknown setting "${key}"${near ? ` (did you mean ${near}?)` : ''}; ignored. Known settings are ${[...PROJECT_FILE_KEYS].filter((k) => k !== '$schema').join(', ')}.`);
  }
}

function reportMisspeltKeys(layer: Record<string, unknown>, where: string, messages: string[]): void {
  for (const key of Object.keys(layer)) {
    if (PROJECT_FILE_KEYS.has(key) || key.length < 4) continue;
    const near = nearest(key, [...PROJECT_FILE_KEYS].filter((k) => k !== '$schema'));
    if (near) messages.push(`${where}: unknown key "${key}" (did you mean ${near}?); ignored.`);
  }
}

function applyLayer(options: CheckOptions, layer: Record<string, unknown>, where: string, messages: string[]): void {
  if ('regimes' in layer) {
    const regimes = readRegimes(layer.regimes, where, messages);
    if (regimes) options.regimes = regimes;
  }
  if ('rules' in layer) readRules(layer.rules, options.rules, where, messages);
  // The profile may sit at the top level (the project file's documented shape) or under `profile`.
  const profileSource = isObject(layer.profile) ? layer.profile : layer;
  readProfile(profileSource, options.profile, where, messages);
  if ('organization' in layer) readOrganization(layer.organization, options.organization, where, messages);
}

function readRegimes(value: unknown, where: string, messages: string[]): RegimeId[] | undefined {
  const list = typeof value === 'string' ? value.split(',').map((s) => s.trim()) : value;
  if (!Array.isArray(list)) {
    messages.push(`${where}: "regimes" must be a list such as ["gdpr", "ccpa"]; using ${DEFAULT_REGIMES.join(', ')}.`);
    return undefined;
  }
  const out: RegimeId[] = [];
  for (const r of list as unknown[]) {
    const id = typeof r === 'string' ? r.trim().toLowerCase() : r;
    if (isRegimeId(id)) {
      if (!out.includes(id)) out.push(id);
    } else {
      messages.push(`${where}: unknown regime ${shown(r)}; known regimes are ${ALL_REGIMES.join(', ')}.`);
    }
  }
  // A list whose every entry is a typo would silently check nothing: keep the default instead.
  if (out.length === 0 && list.length > 0) {
    messages.push(`${where}: no known regime in "regimes"; using ${DEFAULT_REGIMES.join(', ')}.`);
    return undefined;
  }
  return out;
}

function readRules(value: unknown, into: Record<string, SeveritySetting>, where: string, messages: string[]): void {
  if (!isObject(value)) {
    messages.push(`${where}: "rules" must map rule ids to a severity or "off", e.g. {"gdpr/dpo-contact": "off"}; ignored.`);
    return;
  }
  for (const [id, sev] of Object.entries(value)) {
    if (!isKnownRuleId(id)) {
      messages.push(`${where}: unknown rule id "${id}" in "rules"; ignored.`);
      continue;
    }
    if (typeof sev !== 'string' || !SEVERITIES.has(sev)) {
      messages.push(`${where}: rule "${id}" has severity ${shown(sev)}; use error, warning, information, hint or off. Default kept.`);
      continue;
    }
    into[id] = sev as SeveritySetting;
  }
}

function readProfile(src: Record<string, unknown>, into: ProcessingProfile, where: string, messages: string[]): void {
  for (const key of PROFILE_BOOLEANS) {
    if (!(key in src) || src[key] === null || src[key] === undefined) continue;
    if (typeof src[key] === 'boolean') into[key] = src[key];
    else messages.push(`${where}: "${key}" must be true or false, not ${shown(src[key])}; treated as undeclared.`);
  }
  if ('basis' in src && src.basis !== null && src.basis !== undefined) {
    const b = typeof src.basis === 'string' ? [src.basis] : src.basis;
    if (!Array.isArray(b) || !b.every((x) => typeof x === 'string')) {
      messages.push(`${where}: "basis" must be a list such as ["contract", "consent"]; treated as undeclared.`);
      return;
    }
    // An unknown value never decides an item: "concent" must not make the right to withdraw
    // consent "not applicable". It is reported, and the whole list counts as undeclared until it is
    // corrected (the list is read as complete, so dropping one value would exclude its items).
    const unknown = b.filter((v) => !LEGAL_BASES.includes(basisKey(v)));
    for (const v of unknown) {
      const near = nearest(basisKey(v), LEGAL_BASES);
      messages.push(`${where}: unknown legal basis ${shown(v)} in "basis"${near ? ` (did you mean ${near}?)` : ''}; the basis list is treated as undeclared until it is corrected. Known bases: ${LEGAL_BASES.join(', ')}.`);
    }
    if (unknown.length === 0) into.basis = b;
  }
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

/** The known value within two edits of `v` (a typo), if there is exactly one nearest. */
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
  return best;
}


function readOrganization(value: unknown, into: OrganizationDetails, where: string, messages: string[]): void {
  if (!isObject(value)) {
    messages.push(`${where}: "organization" must be an object with name, website, email, privacyEmail, phone, address; ignored.`);
    return;
  }
  for (const key of ORG_FIELDS) {
    const v = value[key];
    if (v === undefined || v === null || v === '') continue;
    if (typeof v === 'string') into[key] = v.trim();
    else messages.push(`${where}: organization.${key} must be text; ignored.`);
  }
}

/** A value quoted in a message, clipped: a malformed value may be megabytes long. */
function shown(v: unknown): string {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Parses the text of `.privacy-policy.json`; a syntax error becomes a message, not an exception. */
export function parseProjectFile(text: string, name = '.privacy-policy.json'): { value?: unknown; message?: string } {
  try {
    return { value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (e) {
    return { message: `${name} is not valid JSON (${(e as Error).message}); it was ignored and defaults are used.` };
  }
}
