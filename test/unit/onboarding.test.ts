// Onboarding: the walkthrough's steps tick on events the workbench knows (an unknown kind, such as
// `onLanguage:`, is dropped by VS Code with a console error and the step never completes), every
// command and context key they name exists, and `npm start` says what it is doing while it
// installs the editor.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { installProgressFromLog } from '../vscode/harness/install';

const ROOT = path.join(__dirname, '..', '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  activationEvents: string[];
  contributes: {
    commands: Array<{ command: string }>;
    views: Record<string, Array<{ id: string }>>;
    configuration: { properties: Record<string, unknown> };
    walkthroughs: Array<{ id: string; steps: Array<{ id: string; completionEvents?: string[] }> }>;
  };
};
const clientSrc = fs
  .readdirSync(path.join(ROOT, 'client', 'src'))
  .map((f) => fs.readFileSync(path.join(ROOT, 'client', 'src', f), 'utf8'))
  .join('\n');

/** Commands the engine's quick fixes ask the client to run (engine/commands.ts), registered by the client. */
const engineCommands = new Set(
  [...fs.readFileSync(path.join(ROOT, 'server', 'src', 'engine', 'commands.ts'), 'utf8').matchAll(/export const [A-Z_]+ = '([^']+)'/g)].map((m) => m[1]),
);

/** The kinds VS Code 1.100's getting-started service accepts. */
const KINDS = new Set(['onCommand', 'onLink', 'onView', 'onSettingChanged', 'onContext', 'onEvent', 'onStepSelected', 'stepSelected', 'onExtensionInstalled', 'extensionInstalled']);
/** Workbench commands and views the steps may name. */
const WORKBENCH = new Set(['workbench.actions.view.problems', 'workbench.panel.markers.view']);

test('every walkthrough step completes by an event the workbench knows, naming something that exists', () => {
  const commands = new Set(pkg.contributes.commands.map((c) => c.command));
  const views = new Set(Object.values(pkg.contributes.views).flat().map((v) => v.id));
  for (const step of pkg.contributes.walkthroughs[0].steps) {
    const events = step.completionEvents ?? [];
    assert.ok(events.length > 0, `step ${step.id} has no completion event: it can only be ticked by hand`);
    for (const e of events) {
      const [kind, arg] = [e.slice(0, e.indexOf(':')), e.slice(e.indexOf(':') + 1)];
      assert.ok(KINDS.has(kind), `${step.id}: "${e}" is no completion event VS Code knows`);
      if (kind === 'onCommand') assert.ok(commands.has(arg) || WORKBENCH.has(arg) || engineCommands.has(arg), `${step.id}: command ${arg} does not exist`);
      if (kind === 'onView') assert.ok(views.has(arg) || WORKBENCH.has(arg), `${step.id}: view ${arg} does not exist`);
      if (kind === 'onSettingChanged') assert.ok(arg in pkg.contributes.configuration.properties, `${step.id}: setting ${arg} does not exist`);
      if (kind === 'onContext') assert.ok(clientSrc.includes(`'setContext', '${arg}'`), `${step.id}: the client never sets the context key ${arg}`);
    }
  }
});

test('a workspace with a draft activates the extension at startup, so the first start can open it', () => {
  for (const e of ['onLanguage:privacy-policy', 'workspaceContains:**/*.policy.md']) assert.ok(pkg.activationEvents.includes(e), e);
  // The first start honours VS Code's own switch for walkthroughs on install (the suites turn it off).
  assert.match(clientSrc, /welcomePage\.walkthroughs\.openOnInstall/);
  assert.match(clientSrc, new RegExp(`#\\$\\{WALKTHROUGH_ID\\}`));
  assert.match(clientSrc, new RegExp(`WALKTHROUGH_ID = '${pkg.contributes.walkthroughs[0].id.replace(/\./g, '\\.')}'`));
});

test('npm start reports the editor install as it goes: downloads counted, then the native build', () => {
  assert.equal(installProgressFromLog(''), 'resolving the packages');
  const fetches = 'npm http fetch GET 200 https://registry.npmjs.org/code-server 120ms\nnpm http fetch GET 200 https://registry.npmjs.org/code-server/-/code-server-4.100.3.tgz 900ms\n';
  assert.equal(installProgressFromLog(fetches), 'downloading: 2 files from the registry so far');
  assert.equal(installProgressFromLog(`${fetches}> code-server@4.100.3 postinstall\ngyp info spawn make\n`), 'building the native modules (after 2 downloads)');
  const start = fs.readFileSync(path.join(ROOT, 'scripts', 'start.mjs'), 'utf8');
  assert.match(start, /ensureCodeServerWithProgress/);
});
