/// <reference types="mocha" />
// Inserting clauses and completing them, inside the real extension host: "insert all" selects
// the first blank and Tab moves to the next; a stale request is refused and changes nothing;
// typing `pp-` in a Markdown draft offers the draft's missing items first.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { analyze, clauseCompletions, insertAllMissingFix } from '../../../server/src/engine';
import type { ClauseInsertionRequest } from '../../../server/src/engine';
import { closeAll, open, waitForDiagnostics, wsUri } from './helpers';

/** Our own test draft: sentence-case headings, the company, its address and country stated. */
const DRAFT = [
  '# Privacy notice',
  '',
  'Northwind Tea AB ("Northwind", "we", "us") sells tea online. Our address is Tegelgatan 4, 652 24 Karlstad, Sweden.',
  '',
  '## What we collect',
  '',
  'We collect your name, e-mail address and delivery address when you place an order.',
  '',
  '## Your rights',
  '',
  'You may ask us for a copy of the personal data we hold about you.',
  '',
  '## Contact us',
  '',
  'Write to privacy@northwind.example.',
  '',
].join('\n');

async function draft(name: string, text = DRAFT): Promise<vscode.TextEditor> {
  const uri = wsUri(`scratch/${name}`);
  await vscode.workspace.fs.writeFile(uri, Buffer.from(text));
  const editor = await open(uri);
  await waitForDiagnostics(uri, (ds) => ds.some((d) => d.code !== undefined), 'the draft to be checked');
  return editor;
}

async function insertAllAction(uri: vscode.Uri): Promise<vscode.CodeAction> {
  const actions =
    (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, new vscode.Range(0, 0, 0, 0), 'source.privacyPolicy.insertMissingClauses')) ?? [];
  const all = actions.find((a) => /insert all missing clauses/i.test(a.title));
  assert.ok(all?.command, `no "insert all" action: ${actions.map((a) => a.title).join(', ')}`);
  return all;
}

describe('Clause insertion and completion', () => {
  after(closeAll);

  it('insert all: the first blank is selected, Tab moves to the next blank, the text is what the engine inserts', async () => {
    const editor = await draft('privacy-insert-all.md');
    const doc = editor.document;
    const expected = insertAllMissingFix(analyze({ text: DRAFT, format: 'markdown' }))!;
    const req = expected.command!.args[0] as ClauseInsertionRequest;
    const action = await insertAllAction(doc.uri);
    assert.equal(await vscode.commands.executeCommand(action.command!.command, ...((action.command!.arguments ?? []) as unknown[])), true);
    // The same text as the plain edits would give.
    let text = DRAFT;
    for (const e of [...expected.edits].sort((a, b) => b.start - a.start)) text = text.slice(0, e.start) + e.newText + text.slice(e.end);
    assert.equal(doc.getText(), text);
    assert.match(text, /## How long we keep your personal data/, 'sentence case, as the draft');
    assert.match(text, /Swedish Authority for Privacy Protection/, 'the authority of the stated country');
    // The first blank is selected…
    const first = doc.getText(editor.selection);
    assert.equal(first, text.slice(req.firstBlank!.start, req.firstBlank!.end));
    assert.match(first, /^\[.+\]$/);
    // …and Tab (in the snippet session) selects the next blank after it.
    await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
    const second = doc.getText(editor.selection);
    assert.match(second, /^\[.+\]$/, `Tab selected "${second}"`);
    assert.ok(doc.offsetAt(editor.selection.start) > req.firstBlank!.start, 'the next blank comes after the first');
  });

  it('a stale insertion (the draft changed since) is refused and changes nothing', async () => {
    const editor = await draft('privacy-insert-stale.md');
    const doc = editor.document;
    const action = await insertAllAction(doc.uri);
    await editor.edit((e) => e.insert(doc.positionAt(doc.getText().length), 'One more line.\n'));
    const before = doc.getText();
    assert.equal(await vscode.commands.executeCommand(action.command!.command, ...((action.command!.arguments ?? []) as unknown[])), false);
    assert.equal(doc.getText(), before);
  });

  it('typing "pp-" in a Markdown draft (quick suggestions off) offers the missing GDPR items first', async () => {
    const editor = await draft('privacy-complete.md');
    const doc = editor.document;
    assert.equal(doc.languageId, 'markdown');
    const quick = vscode.workspace.getConfiguration('editor', { languageId: 'markdown' }).get<Record<string, string>>('quickSuggestions');
    assert.equal(quick?.other, 'off', 'the default: no suggestions while typing in Markdown');
    await editor.edit((e) => e.insert(doc.positionAt(doc.getText().length), '\npp-'));
    const end = doc.positionAt(doc.getText().length);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, end, '-');
    const ours = list.items.filter((i) => typeof i.label !== 'string' && i.sortText !== undefined && i.kind === vscode.CompletionItemKind.Snippet && i.detail);
    const sorted = ours.sort((a, b) => (a.sortText! < b.sortText! ? -1 : 1)).map((i) => (i.label as vscode.CompletionItemLabel).label);
    const a = analyze({ text: doc.getText(), format: 'markdown' });
    const engine = [...clauseCompletions(a, doc.getText().length, false)!.items].sort((x, y) => (x.sortText < y.sortText ? -1 : 1)).map((i) => i.label);
    assert.deepEqual(sorted.slice(0, 8), engine.slice(0, 8));
    assert.ok(sorted[0].startsWith('pp-gdpr-'), sorted[0]);
    assert.ok(sorted.indexOf('pp-gdpr-retention') < sorted.indexOf('pp-ccpa-opt-out'));
  });
});
