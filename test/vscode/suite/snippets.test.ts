/// <reference types="mocha" />
// Every clause snippet the extension contributes is offered by its prefix in a policy draft
// and expands to its text.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { closeAll, EXTENSION_ID, open, wsUri } from './helpers';

interface Snippet {
  name: string;
  prefix: string;
  body: string;
}

function contributedSnippets(): Snippet[] {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded`);
  // A snippets contribution names its language, or is a .code-snippets file whose entries say their scope.
  const manifest = ext.packageJSON as { contributes?: { snippets?: { language?: string; path: string }[] } };
  const files = (manifest.contributes?.snippets ?? []).filter(
    (s) => s.language === undefined || s.language === 'privacy-policy',
  );
  const out: Snippet[] = [];
  for (const f of files) {
    const raw = fs.readFileSync(path.join(ext.extensionPath, f.path), 'utf8');
    // Snippet files may carry // comments on their own lines.
    const json = JSON.parse(raw.replace(/^\s*\/\/.*$/gm, '')) as Record<
      string,
      { prefix: string | string[]; body: string | string[]; scope?: string }
    >;
    for (const [name, s] of Object.entries(json)) {
      if (f.language === undefined && s.scope !== undefined && !s.scope.split(',').map((x) => x.trim()).includes('privacy-policy')) continue;
      const prefix = Array.isArray(s.prefix) ? s.prefix[0] : s.prefix;
      out.push({ name, prefix, body: Array.isArray(s.body) ? s.body.join('\n') : s.body });
    }
  }
  assert.ok(out.length > 0, 'the extension contributes no snippets for the privacy-policy language');
  return out;
}

/** The longest run of the body that is plain text (no placeholder, variable or escape). */
function literalPart(body: string): string {
  return body
    .split(/\$\{[^}]*\}|\$\w+|\\./)
    .map((x) => x.trim())
    .sort((a, b) => b.length - a.length)[0];
}

describe('Snippets', () => {
  after(closeAll);

  it('each contributed snippet is offered by its prefix and expands to its clause', async () => {
    const snippets = contributedSnippets();
    assert.ok(snippets.length > 0, 'no snippets');
    const uri = wsUri('scratch/snippets.policy.md');
    await vscode.workspace.fs.writeFile(uri, Buffer.from('# Privacy Policy\n\n'));
    const editor = await open(uri);
    const doc = editor.document;
    for (const s of snippets) {
      // Type the prefix on a new line, as the drafter would.
      const start = doc.positionAt(doc.getText().length);
      await editor.edit((e) => e.insert(start, s.prefix));
      const end = doc.positionAt(doc.getText().length);
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, end);
      const label = (i: vscode.CompletionItem) => (typeof i.label === 'string' ? i.label : i.label.label);
      // Snippets sharing a prefix are told apart by their name, shown as the item's description.
      const description = (i: vscode.CompletionItem) => (typeof i.label === 'string' ? undefined : i.label.description);
      const candidates = list?.items.filter((i) => i.kind === vscode.CompletionItemKind.Snippet && label(i) === s.prefix) ?? [];
      const item = candidates.find((i) => description(i) === s.name) ?? (candidates.length === 1 ? candidates[0] : undefined);
      assert.ok(item, `snippet "${s.name}" is not offered for its prefix "${s.prefix}"`);
      assert.ok(item.insertText instanceof vscode.SnippetString, `snippet "${s.name}" has no snippet text`);
      // Accepting it replaces the typed prefix with the expanded body.
      const ok = await editor.insertSnippet(item.insertText, new vscode.Range(start, end));
      assert.ok(ok, `snippet "${s.name}" did not expand`);
      const text = doc.getText();
      const literal = literalPart(s.body);
      assert.ok(literal.length >= 10, `snippet "${s.name}" has almost no text of its own`);
      assert.ok(text.includes(literal), `snippet "${s.name}" expanded without its text "${literal}"`);
      assert.ok(!/\$\{\d+[:|]/.test(text), `snippet "${s.name}" left placeholder syntax in the text`);
      await editor.edit((e) => e.insert(doc.positionAt(doc.getText().length), '\n\n'));
      // Leave snippet mode before the next one.
      await vscode.commands.executeCommand('leaveSnippet');
    }
  });
});
