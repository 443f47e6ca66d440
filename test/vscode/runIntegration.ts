// Runs the integration suite (mocha, inside the real extension host) in code-server: the
// workbench takes extensionDevelopmentPath / extensionTestsPath from its URL payload and
// reports the end of the run through window.codeAutomationExit. Exit code 0 only when the
// suite ran, ran tests, and all passed; an editor that does not start is a failure.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { launchBrowser } from './harness/browser';
import { makeRunDirs, remoteUri, removeRunDirs, startCodeServer, workbenchUrl } from './harness/codeServer';
import { ensureCodeServer } from './harness/install';
import { REPO, RESULTS, CODE_SERVER_VERSION } from './harness/paths';
import { onCleanup, stopAll } from './harness/processes';
import { SuiteResults } from './harness/results';
import { makeWorkspace } from './harness/workspace';

const RUN_TIMEOUT_MS = Number(process.env.PPL_VSCODE_TIMEOUT_MS) || 5 * 60_000;
const SUITE_ENTRY = path.join(REPO, 'out', 'test', 'vscode', 'suite', 'index.js');

async function main(): Promise<number> {
  for (const f of [path.join(REPO, 'dist', 'extension.js'), path.join(REPO, 'dist', 'server.js'), SUITE_ENTRY]) {
    if (!fs.existsSync(f)) throw new Error(`${path.relative(REPO, f)} is missing: run \`npm run build && npm run compile-tests\` first`);
  }
  ensureCodeServer();
  const started = Date.now();
  const dirs = makeRunDirs('integration');
  onCleanup(() => removeRunDirs(dirs), 'after');
  const workspace = makeWorkspace(dirs.root);
  fs.mkdirSync(RESULTS, { recursive: true });
  const resultsFile = path.join(RESULTS, 'integration-results.json');
  fs.rmSync(resultsFile, { force: true });

  const server = await startCodeServer({
    dirs,
    folder: workspace,
    env: { PPL_VSCODE_RESULTS: resultsFile },
    logFile: path.join(RESULTS, 'integration.code-server.log'),
  });
  const browser = await launchBrowser(dirs.browserProfile);
  const { page } = browser;

  const logLines: string[] = [];
  let resolveExit!: (code: number) => void;
  const exited = new Promise<number>((r) => (resolveExit = r));
  await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
    const line = (Array.isArray(args) ? args : [args]).map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
    logLines.push(`[${type}] ${line}`);
  });
  await page.exposeFunction('codeAutomationExit', (code: number) => resolveExit(code));
  page.on('pageerror', (e) => logLines.push(`[page error] ${e.message}`));

  const url = workbenchUrl(server, workspace, [
    ['extensionDevelopmentPath', remoteUri(server, REPO)],
    ['extensionTestsPath', remoteUri(server, SUITE_ENTRY)],
  ]);
  console.log(`Integration suite in VS Code ${CODE_SERVER_VERSION.replace(/^4/, '1')} (code-server ${CODE_SERVER_VERSION}) on ${server.origin}`);
  await page.goto(url, { timeout: 60_000 });
  // The suite starts only once the workbench and its extension host are up: fail early if the
  // workbench itself never renders.
  await page
    .locator('.monaco-workbench')
    .waitFor({ state: 'attached', timeout: 60_000 })
    .catch(() => {
      throw new Error(`The VS Code workbench did not render within 60 s at ${server.origin} (log: ${server.logFile})`);
    });

  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<number>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`The workbench did not finish the suite within ${RUN_TIMEOUT_MS / 1000} s (is the extension host starting? see ${server.logFile})`)),
      RUN_TIMEOUT_MS,
    );
  });
  let code: number;
  try {
    code = await Promise.race([exited, timeout]);
  } finally {
    clearTimeout(timer);
    fs.writeFileSync(path.join(RESULTS, 'integration.workbench.log'), logLines.join('\n') + '\n');
  }

  if (!fs.existsSync(resultsFile)) {
    console.error(logLines.slice(-60).join('\n'));
    throw new Error(`The suite reported exit ${code} but wrote no results (${resultsFile}): it did not run`);
  }
  const results = JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as SuiteResults;
  for (const t of results.passed) console.log(`  ✔ ${t}`);
  for (const f of results.failed) console.log(`  ✘ ${f.title}\n      ${f.error.split('\n').join('\n      ')}`);
  const total = results.passed.length + results.failed.length;
  console.log(`Integration suite: ${((Date.now() - started) / 1000).toFixed(1)} s, workbench exit code ${code}`);
  console.log(`${results.passed.length} passed, ${results.failed.length} failed`);
  if (total === 0) throw new Error('The integration suite ran no test');
  return code === 0 && results.failed.length === 0 ? 0 : 1;
}

main()
  .then(async (code) => {
    await stopAll();
    process.exit(code);
  })
  .catch(async (e) => {
    console.error(`Integration suite could not run: ${(e as Error).stack ?? e}`);
    await stopAll();
    process.exit(1);
  });
