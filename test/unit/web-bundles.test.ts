// The web bundles (vscode.dev, github.dev) must not need Node: builds them in memory with the
// options scripts/build.mjs uses (scripts/bundles.cjs) and reads esbuild's metafile: every
// module that went in, every import left outside. A Node built-in cannot even be bundled for
// the browser platform, so the build must succeed without errors or warnings, leave only
// `vscode` (given by the extension host) outside, and take the browser builds of the LSP
// libraries. test/protocol/web-server.test.ts runs the server bundle in a real browser.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

const ROOT = path.join(__dirname, '..', '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { bundles, buildOptions } = require(path.join(ROOT, 'scripts', 'bundles.cjs')) as {
  bundles: Array<{ web?: boolean; outfile: string }>;
  buildOptions: (o: { production?: boolean }) => esbuild.BuildOptions[];
};

const webBuilds = buildOptions({ production: true }).filter((_b, i) => bundles[i].web);

async function buildInMemory(options: esbuild.BuildOptions): Promise<esbuild.BuildResult & { metafile: esbuild.Metafile; outputFiles: esbuild.OutputFile[] }> {
  return esbuild.build({ ...options, absWorkingDir: ROOT, write: false, metafile: true, logLevel: 'silent', sourcemap: false });
}

test('package.json names the web client, and there is a web client and a web worker server', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pkg = require(path.join(ROOT, 'package.json')) as { browser?: string };
  assert.deepEqual(webBuilds.map((b) => b.outfile).sort(), ['dist/web/extension.js', 'dist/web/server.js']);
  assert.equal(pkg.browser, './dist/web/extension.js');
});

for (const options of webBuilds) {
  test(`${options.outfile} bundles without Node: no built-in, no Node build of a library, no require but vscode`, async () => {
    const r = await buildInMemory(options);
    assert.deepEqual(r.errors, []);
    assert.deepEqual(r.warnings.map((w) => w.text), []);
    const inputs = Object.keys(r.metafile.inputs);
    assert.ok(inputs.some((i) => i.includes('server/src/') || i.includes('client/src/')), 'the metafile lists the sources');
    // The LSP libraries ship a Node and a browser build; the Node one would pull in child_process, net, fs.
    const nodeBuilds = inputs.filter((i) => /vscode-(jsonrpc|languageserver|languageclient)[^/]*\/lib\/node\//.test(i));
    assert.deepEqual(nodeBuilds, [], 'Node builds of the LSP libraries');
    const browserBuilds = inputs.filter((i) => /\/lib\/browser\/main\.js$/.test(i));
    assert.ok(browserBuilds.length >= 2, `the browser builds are used: ${browserBuilds.join(', ')}`);
    const external = Object.values(r.metafile.outputs).flatMap((o) => o.imports.filter((i) => i.external).map((i) => i.path));
    const allowed = options.outfile === 'dist/web/extension.js' ? ['vscode'] : [];
    assert.deepEqual([...new Set(external)].filter((p) => !allowed.includes(p)), [], 'imports left to the runtime');
    const text = r.outputFiles[0].text;
    const requires = [...new Set(text.match(/\brequire\(\s*["'][^"']*["']\s*\)/g) ?? [])];
    assert.deepEqual(requires.filter((q) => !/^require\(\s*["']vscode["']\s*\)$/.test(q)), [], 'require() calls in the bundle');
    // Node globals the browser lacks: only behind a typeof test (the libraries' own guards and nextTurn.ts).
    for (const m of text.matchAll(/\b(?:process|Buffer)\.|\b__dirname\b|\b__filename\b/g)) {
      const before = text.slice(Math.max(0, m.index - 120), m.index);
      assert.match(before, /typeof\s*(?:process|Buffer)\b/, `${m[0]} used without a typeof guard: …${text.slice(Math.max(0, m.index - 80), m.index + 40)}…`);
    }
  });
}

test('the check catches a Node built-in: a web build that imports node:fs fails', async () => {
  const r = await esbuild
    .build({
      ...webBuilds[0],
      entryPoints: undefined,
      stdin: { contents: "import { readFileSync } from 'node:fs'; export const x = readFileSync;", resolveDir: ROOT, loader: 'ts' },
      absWorkingDir: ROOT,
      write: false,
      metafile: true,
      logLevel: 'silent',
    })
    .then(
      () => undefined,
      (e: esbuild.BuildFailure) => e,
    );
  assert.ok(r, 'the build fails');
  assert.match(r.errors.map((e) => e.text).join('\n'), /node:fs/);
});
