// The packaged extension (npm run package) holds everything the manifest names and nothing
// else: no sources, tests, source maps or node_modules.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO, VSIX } from '../harness/paths';

/** Entry names of a zip file, read from its central directory. */
function zipEntries(file: string): string[] {
  const buf = fs.readFileSync(file);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65_535); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  assert.ok(eocd >= 0, `${file} is not a zip file`);
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let n = 0; n < count; n++) {
    assert.equal(buf.readUInt32LE(p), 0x02014b50, 'corrupt central directory');
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    names.push(buf.toString('utf8', p + 46, p + 46 + nameLen));
    p += 46 + nameLen + extraLen + commentLen;
  }
  return names;
}

/** Every local file path the manifest refers to (main, icon, grammars, snippets, walkthrough media…). */
function filesNamedByManifest(pkg: Record<string, unknown>): string[] {
  const out = new Set<string>([String(pkg.main), String(pkg.browser), String(pkg.icon)]);
  const walk = (v: unknown, key: string) => {
    if (typeof v === 'string') {
      if ((key === 'path' || key === 'configuration' || key === 'markdown' || key === 'image' || key === 'url') && !/^[a-z]+:/.test(v)) out.add(v);
      return;
    }
    if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, Array.isArray(v) ? key : k);
  };
  walk(pkg.contributes, '');
  return [...out].map((f) => path.posix.normalize(f.replace(/^\.\//, '')));
}

test('the .vsix holds every file the manifest names, and both language servers', () => {
  assert.ok(fs.existsSync(VSIX), `${VSIX} is missing: run \`npm run package\``);
  const entries = new Set(zipEntries(VSIX));
  const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as Record<string, unknown>;
  // The servers are not named by the manifest: the desktop client starts dist/server.js, the web client dist/web/server.js.
  const needed = [...filesNamedByManifest(pkg), 'dist/server.js', 'dist/web/server.js'];
  assert.ok(needed.length >= 5, `too few files named by the manifest: ${needed.join(', ')}`);
  for (const f of needed) assert.ok(entries.has(`extension/${f}`), `${f} is named by package.json but not in the .vsix`);
  for (const f of ['readme.md', 'changelog.md', 'LICENSE.txt', 'package.json']) assert.ok(entries.has(`extension/${f}`), `${f} is not in the .vsix`);
  // A diagnostic's code opens its rule's page (docs/rules/<id>.md) in the installed extension.
  for (const f of ['docs/rules/gdpr/retention.md', 'docs/rules/consistency/placeholder.md', 'docs/rules/meta/front-matter.md']) assert.ok(entries.has(`extension/${f}`), `${f} is not in the .vsix`);
  assert.ok(entries.has('extension/examples/privacy-policy.md'), 'the example draft the first start opens is not in the .vsix');
});

test('the .vsix holds no sources, tests, source maps or node_modules, and stays small', () => {
  const entries = zipEntries(VSIX);
  const stray = entries.filter(
    (e) =>
      // The example draft the first start opens (client/src/onboarding.ts) is the one file of examples/ that belongs.
      e !== 'extension/examples/privacy-policy.md' &&
      /^extension\/(client|server|test|scripts|out|examples|node_modules|\.vscode-test|test-results)\//.test(e) ||
      /\.(ts|map|vsix)$/.test(e),
  );
  assert.deepEqual(stray, [], 'files that do not belong in the package');
  const size = fs.statSync(VSIX).size;
  // Two builds of client and server (desktop and web) and the analysis worker, minified: 1.6 MB
  // with the drafting rules and the rule pages (December 2026). The bound is there to catch a
  // stray dependency or a bundle shipped unminified, not a rule's growth.
  assert.ok(size < 2 * 1024 * 1024, `the .vsix is ${(size / 1024).toFixed(0)} KB`);
});
