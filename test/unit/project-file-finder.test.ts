// The language server's walk for `.privacy-policy.json` works on URIs, so that the web worker
// (no file system: the client reads each candidate) and the Node server share it. The walk goes
// from the draft's folder up to the workspace folder, asks for each folder once, and reports a
// file it could not use instead of checking without it unawares.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parentUri, ProjectFileFinder, projectFileFromText, PROJECT_FILE_MAX_BYTES } from '../../server/src/files/projectFileFinder';

test('parentUri: the folder of a URI, for file:, virtual and root paths; nothing without a path', () => {
  assert.equal(parentUri('file:///home/ann/policies/privacy.md'), 'file:///home/ann/policies');
  assert.equal(parentUri('vscode-vfs://github/acme/site/legal/privacy.md'), 'vscode-vfs://github/acme/site/legal');
  assert.equal(parentUri('file:///c%3A/Users/ann/privacy.md'), 'file:///c%3A/Users/ann');
  assert.equal(parentUri('file:///privacy.md'), 'file://', 'the root folder');
  assert.equal(parentUri('file://'), undefined, 'above the root');
  assert.equal(parentUri('untitled:Untitled-1'), undefined, 'an unsaved document has no folder');
  assert.equal(parentUri('vscode-vfs://github/acme/site/a.md?ref=main#x'), 'vscode-vfs://github/acme/site', 'query and fragment are not part of the path');
});

test('the walk asks each folder up to the workspace folder once, and the nearest file wins', async () => {
  const asked: string[] = [];
  const files = new Map([['vscode-vfs://github/acme/site/.privacy-policy.json', '{"regimes":["gdpr","ccpa"]}']]);
  const finder = new ProjectFileFinder((uri) => {
    asked.push(uri);
    const text = files.get(uri);
    return Promise.resolve(text === undefined ? undefined : projectFileFromText(uri, text, text.length));
  });
  const root = 'vscode-vfs://github/acme/site';
  const [a, b] = await Promise.all([finder.find(`${root}/legal/eu/privacy.md`, root), finder.find(`${root}/legal/eu/cookies.md`, root)]);
  assert.deepEqual(a?.value, { regimes: ['gdpr', 'ccpa'] });
  assert.equal(b, a, 'the same folder shares one answer');
  assert.deepEqual(asked, [`${root}/legal/eu/.privacy-policy.json`, `${root}/legal/.privacy-policy.json`, `${root}/.privacy-policy.json`], 'nothing above the workspace folder');

  files.set(`${root}/legal/.privacy-policy.json`, '{"regimes":["gdpr"]}');
  assert.deepEqual((await finder.find(`${root}/legal/eu/privacy.md`, root))?.value, { regimes: ['gdpr', 'ccpa'] }, 'cached until cleared');
  finder.clear();
  assert.deepEqual((await finder.find(`${root}/legal/eu/privacy.md`, root))?.value, { regimes: ['gdpr'] }, 'the nearer file, after a change');
});

test('a file too large or not JSON gets a message, not a silent default; a reader that throws is no crash', async () => {
  const failing = new ProjectFileFinder(() => Promise.reject(new Error('disk on fire')));
  assert.equal(await failing.find('file:///a/b/privacy.md', 'file:///a'), undefined, 'a reader error is not a crash');
  const big = projectFileFromText('x/.privacy-policy.json', '', PROJECT_FILE_MAX_BYTES + 1);
  assert.match(big.message ?? '', /larger than 1 MB/);
  const broken = projectFileFromText('x/.privacy-policy.json', '{"regimes": [', 13);
  assert.match(broken.message ?? '', /x\/\.privacy-policy\.json/, 'the message names the file');
  assert.equal(broken.value, undefined);
});
