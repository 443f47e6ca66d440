// The manifest (package.json `contributes`) and the code must agree: every contributed command
// is registered, every setting is read, every view is created, every file it names exists.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ALL_RULES } from '../../server/src/engine';
import { regimesSettingItems } from '../../server/src/engine/configSchema';

const ROOT = path.join(__dirname, '..', '..', '..');
/** The parts of package.json these tests read. */
interface Manifest {
  main: string;
  bin: Record<string, string>;
  capabilities: { untrustedWorkspaces?: unknown };
  contributes: {
    commands: Array<{ command: string; title?: string; category?: string }>;
    menus: { commandPalette: Array<{ command: string }> };
    walkthroughs: Array<{ steps: Array<{ description: string; media: { markdown: string } }> }>;
    configuration: { properties: Record<string, { description?: string; markdownDescription?: string; additionalProperties?: { enum?: string[] }; items?: unknown }> };
    views: { explorer: Array<{ id: string }> };
    languages: Array<{ configuration?: string }>;
    grammars?: Array<{ path: string }>;
    snippets?: Array<{ path: string }>;
  };
}
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;
const contributes = pkg.contributes;

function sources(dir: string): string {
  let all = '';
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts')) all += fs.readFileSync(p, 'utf8') + '\n';
    }
  };
  walk(path.join(ROOT, dir));
  return all;
}
// The protocol re-exports the engine's command ids (engine/commands.ts).
const clientSrc = sources('client/src') + fs.readFileSync(path.join(ROOT, 'server/src/protocol.ts'), 'utf8') + fs.readFileSync(path.join(ROOT, 'server/src/engine/commands.ts'), 'utf8');
const serverSrc = sources('server/src');

/** Command ids the client registers: string literals, or constants from protocol.ts. */
function registeredCommands(): Set<string> {
  const constants = new Map<string, string>();
  for (const m of clientSrc.matchAll(/export const ([A-Z_]+) = '([^']+)'/g)) constants.set(m[1], m[2]);
  const ids = new Set<string>();
  for (const m of clientSrc.matchAll(/registerCommand\(\s*(?:'([^']+)'|([A-Z_]+))/g)) ids.add(m[1] ?? constants.get(m[2]) ?? m[2]);
  return ids;
}

test('every contributed command is registered by the client', () => {
  const registered = registeredCommands();
  for (const c of contributes.commands) {
    assert.ok(registered.has(c.command), `${c.command} is registered`);
    assert.ok(c.title && c.category === 'Privacy Policy', `${c.command} has a title in the Privacy Policy category`);
  }
});

test('menus and walkthroughs only name contributed commands and existing files', () => {
  const ids = new Set(contributes.commands.map((c: { command: string }) => c.command));
  for (const m of contributes.menus.commandPalette) assert.ok(ids.has(m.command), m.command);
  for (const w of contributes.walkthroughs) {
    for (const s of w.steps) {
      assert.ok(fs.existsSync(path.join(ROOT, s.media.markdown)), `${s.media.markdown} exists`);
      for (const m of s.description.matchAll(/command:(privacyPolicy\.[A-Za-z.]+)/g)) assert.ok(ids.has(m[1]), `${m[1]} (walkthrough) is contributed`);
    }
  }
});

test('every setting has a description and a consumer', () => {
  const consumers: Record<string, RegExp> = {
    'privacyPolicy.include': /get<unknown>\('include'\)/,
    'privacyPolicy.regimes': /'regimes' in layer/,
    'privacyPolicy.rules': /'rules' in layer/,
    'privacyPolicy.organization': /'organization' in layer/,
    'privacyPolicy.run': /settings\.run/,
    'privacyPolicy.longSentenceWords': /'longSentenceWords' in layer/,
    'privacyPolicy.openWalkthroughOnFirstStart': /get<boolean>\('openWalkthroughOnFirstStart'\)/,
    // vscode-languageclient reads `<clientId>.trace.server` itself; the client id must match.
    'privacyPolicy.trace.server': /new LanguageClient\('privacyPolicy'/,
  };
  for (const [key, schema] of Object.entries<Record<string, unknown>>(contributes.configuration.properties)) {
    assert.ok(schema.description || schema.markdownDescription, `${key} is described`);
    assert.ok(consumers[key], `${key} has a known consumer in this test`);
    assert.match(clientSrc + serverSrc, consumers[key], `${key} is read`);
  }
});

test('the rules setting accepts exactly the severities the engine knows', () => {
  const en = contributes.configuration.properties['privacyPolicy.rules'].additionalProperties?.enum;
  assert.deepEqual(en, ['error', 'warning', 'information', 'hint', 'off']);
  // The regimes are the registry's packs (npm run gen:schema writes them into the manifest).
  assert.deepEqual(contributes.configuration.properties['privacyPolicy.regimes'].items, regimesSettingItems());
  for (const id of ['gdpr', 'ccpa', 'caloppa', 'coppa', 'uk-gdpr', 'us-states']) assert.ok(regimesSettingItems().enum.includes(id), id);
});

test('views are created, files named by the manifest exist', () => {
  for (const v of contributes.views.explorer) assert.match(clientSrc, new RegExp(`createTreeView\\('${v.id.replace(/\./g, '\\.')}'`));
  for (const l of contributes.languages) if (l.configuration) assert.ok(fs.existsSync(path.join(ROOT, l.configuration)));
  for (const g of contributes.grammars ?? []) assert.ok(fs.existsSync(path.join(ROOT, g.path)), g.path);
  for (const s of contributes.snippets ?? []) assert.ok(fs.existsSync(path.join(ROOT, s.path)), s.path);
  assert.equal(pkg.main, './dist/extension.js');
  assert.equal(pkg.bin['privacy-policy-lint'], './dist/cli.js');
  assert.ok(pkg.capabilities.untrustedWorkspaces, 'behaviour in untrusted workspaces is declared');
});

test('every rule in the registry is complete: namespaced id, title, refs, severity, https link, explanation', () => {
  for (const r of ALL_RULES) {
    assert.match(r.id, /^[a-z][a-z0-9-]*\/[a-z0-9-]+$/, r.id); // a pack id may be hyphenated: us-states/…
    assert.ok(r.title.length > 3, `${r.id} title`);
    assert.ok(r.explanation.length > 20, `${r.id} explanation`);
    assert.match(r.docUrl, /^https:\/\//, `${r.id} link`);
    assert.ok(['error', 'warning', 'information', 'hint'].includes(r.defaultSeverity), `${r.id} severity`);
  }
});
