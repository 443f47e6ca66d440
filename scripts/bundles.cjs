// The bundles esbuild makes (scripts/build.mjs), in one place so that tests can build the same
// ones in memory (test/unit/web-bundles.test.ts checks the web bundles use nothing of Node).
//
// Desktop: the client for the Node extension host, the language server (a Node child process),
// its analysis worker thread and the CLI. Web (vscode.dev, github.dev): the client for the web extension host (CommonJS,
// `vscode` provided by the host) and the server as a classic web worker script (IIFE).

const node = { platform: 'node', target: 'node18', format: 'cjs' };
const web = { platform: 'browser', target: 'es2022', mainFields: ['browser', 'module', 'main'] };

/** esbuild options per bundle; `web: true` marks the browser ones. */
const bundles = [
  { ...node, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...node, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  // The server's analysis worker thread (started by dist/server.js from its own folder).
  { ...node, entryPoints: ['server/src/analysisWorker.ts'], outfile: 'dist/analysisWorker.js' },
  { ...node, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { ...web, web: true, format: 'cjs', entryPoints: ['client/src/browserExtension.ts'], outfile: 'dist/web/extension.js', external: ['vscode'] },
  { ...web, web: true, format: 'iife', entryPoints: ['server/src/browserServer.ts'], outfile: 'dist/web/server.js' },
];

/** Options shared by every bundle. */
function common(production) {
  return { bundle: true, sourcemap: !production, minify: production, logLevel: 'warning' };
}

/** The full esbuild options of each bundle (without the `web` mark). */
function buildOptions({ production = false } = {}) {
  return bundles.map(({ web: _web, ...b }) => ({ ...common(production), ...b }));
}

module.exports = { bundles, buildOptions };
