/// <reference types="mocha" />
// Every seed, opened in the editor, shows exactly the engine's findings (rule code, severity,
// line) as diagnostics of source privacy-policy, each a one-line message whose code opens the
// rule's page in the extension (which links its legal text).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { seedNames } from '../harness/workspace';
import { closeAll, codeOf, expectedRows, open, ours, rowsOf, waitForDiagnostics } from './helpers';

describe('Diagnostics on the seeds', () => {
  afterEach(closeAll);

  const seeds = seedNames();
  it('has seeds to open', () => assert.ok(seeds.length >= 5, `found ${seeds.length} seeds`));

  for (const name of seeds) {
    it(`${name}: the editor shows the engine's findings (codes, severities, lines)`, async () => {
      const editor = await open(name);
      const doc = editor.document;
      assert.equal(doc.languageId, 'privacy-policy', `${name} did not get the privacy-policy language`);
      const expected = expectedRows(doc);
      assert.ok(expected.length > 0, `the engine finds nothing in ${name}; this test needs a seed with findings`);
      const key = JSON.stringify(expected);
      try {
        await waitForDiagnostics(doc.uri, (ds) => JSON.stringify(rowsOf(ds)) === key, `the ${expected.length} expected diagnostics`);
      } catch (e) {
        // Show the difference, not only the timeout.
        assert.deepEqual(rowsOf(ours(doc.uri)), expected, (e as Error).message);
      }
      for (const d of ours(doc.uri)) {
        const code = codeOf(d);
        assert.ok(d.message.trim().length > 20, `${code}: the message is empty or too short to act on`);
        assert.ok(typeof d.code === 'object' && d.code.target instanceof vscode.Uri, `${code}: no link to its documentation`);
        // The code opens the rule's page in the installed extension (docs/rules/<id>.md), which links the law.
        const target = (d.code as { target: vscode.Uri }).target;
        assert.ok(target.path.endsWith(`/docs/rules/${code}.md`), `${code}: link ${target.toString()} is not its rule page`);
        const page = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
        assert.ok(page.startsWith('# '), `${code}: its page ${target.toString()} cannot be read`);
        assert.ok(d.message.length <= 170 && !d.message.includes('\n'), `${code}: the message is not one short line: ${d.message}`);
        if (code.startsWith('gdpr/')) {
          assert.match(page, /eur-lex\.europa\.eu/, `${code}: its page does not link EUR-Lex`);
          assert.match(d.message, /Art(icle|\.)\s*\d+/, `${code}: the message names no article`);
        }
      }
    });
  }
});
