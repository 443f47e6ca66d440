/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor } from '../harness/wait';
import { closeAll, DRAFT, hoverText, open } from './helpers';

describe('Hover', () => {
  after(closeAll);

  it('a hover on an article reference shows that article', async () => {
    const editor = await open(DRAFT);
    const doc = editor.document;
    const at = doc.getText().indexOf('Article 6(1)(a) GDPR');
    assert.ok(at >= 0, 'the draft has no reference to Article 6(1)(a) GDPR');
    const pos = doc.positionAt(at + 'Article 6'.length - 1);
    let last = '';
    const text = await waitFor(
      async () => {
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
        last = hoverText(hovers ?? []);
        return /Lawfulness of processing/i.test(last) ? last : false;
      },
      'a hover at "Article 6(1)(a) GDPR" naming Article 6, "Lawfulness of processing"',
      20_000,
    ).catch((e: Error) => {
      throw new Error(`${e.message}; the last hover said: ${JSON.stringify(last.slice(0, 300)) || 'nothing'}`);
    });
    assert.match(text, /Art(icle|\.)\s*6\b/);
  });
});
