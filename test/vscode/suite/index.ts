// The integration suite's entry: VS Code's test runners (the workbench payload in code-server,
// or @vscode/test-electron on a desktop VS Code) load this file in the extension host and call
// run(). It runs every *.test.js beside it with mocha and rejects on any failure, or when no
// test ran at all.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { resultsFile, SuiteResults } from '../harness/results';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js'))
    .sort();
  for (const f of files) mocha.addFile(path.join(__dirname, f));

  const results: SuiteResults = { passed: [], failed: [] };
  const out = resultsFile();
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.writeFileSync(out, JSON.stringify(results, null, 2));
      if (results.passed.length + results.failed.length === 0) reject(new Error('The integration suite ran no test'));
      else if (failures > 0) reject(new Error(`${failures} of ${results.passed.length + results.failed.length} tests failed`));
      else resolve();
    });
    runner.on('pass', (t) => results.passed.push(t.fullTitle()));
    runner.on('fail', (t, err) => results.failed.push({ title: t.fullTitle(), error: String((err as Error)?.stack ?? err) }));
  });
}
