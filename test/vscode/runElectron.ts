// The same integration suite in a desktop VS Code, through @vscode/test-electron: for
// contributors who have VS Code installed (VSCODE_EXECUTABLE_PATH=/path/to/code) or internet
// access (it downloads a VS Code build into .vscode-test/). Machines with neither use
// `npm run test:vscode`, which runs the suite in code-server.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { makeRunDirs, removeRunDirs } from './harness/codeServer';
import { REPO, RESULTS } from './harness/paths';
import { SuiteResults } from './harness/results';
import { makeWorkspace } from './harness/workspace';

async function main(): Promise<number> {
  const dirs = makeRunDirs('electron');
  const resultsFile = path.join(RESULTS, 'integration-results.json');
  fs.rmSync(resultsFile, { force: true });
  try {
    const workspace = makeWorkspace(dirs.root);
    const vscodeExecutablePath = process.env.VSCODE_EXECUTABLE_PATH || undefined;
    console.log(`Integration suite in desktop VS Code (${vscodeExecutablePath ?? 'downloaded by @vscode/test-electron'})`);
    const code = await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: REPO,
      extensionTestsPath: path.join(REPO, 'out', 'test', 'vscode', 'suite', 'index.js'),
      extensionTestsEnv: { PPL_VSCODE_RESULTS: resultsFile },
      launchArgs: [workspace, '--disable-extensions', '--user-data-dir', dirs.user, '--extensions-dir', dirs.extensions],
    });
    if (!fs.existsSync(resultsFile)) throw new Error('VS Code ran but the suite wrote no results: it did not run');
    const r = JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as SuiteResults;
    for (const f of r.failed) console.log(`  ✘ ${f.title}\n      ${f.error.split('\n').join('\n      ')}`);
    console.log(`${r.passed.length} passed, ${r.failed.length} failed`);
    if (r.passed.length + r.failed.length === 0) throw new Error('The integration suite ran no test');
    return code === 0 && r.failed.length === 0 ? 0 : 1;
  } finally {
    removeRunDirs(dirs);
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`The integration suite could not run in desktop VS Code: ${(e as Error).message ?? e}`);
    process.exit(1);
  },
);
