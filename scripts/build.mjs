// Bundles the entry points into dist/: the client (extension host), the language server and
// its analysis worker, and the CLI. Types are checked separately by `tsc` (npm run typecheck).
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

const builds = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  // The server's analysis worker thread (started by dist/server.js from its own folder).
  { entryPoints: ['server/src/analysisWorker.ts'], outfile: 'dist/analysisWorker.js' },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];

// In watch mode, each rebuild is announced, so VS Code's background task (.vscode/tasks.json)
// knows when "Launch Extension" may start.
// The bundles rebuild together: one "started" when the first begins, one "finished" when the last ends.
let active = 0;
let errors = 0;
const announce = {
  name: 'announce',
  setup(build) {
    build.onStart(() => {
      if (active++ === 0) {
        errors = 0;
        console.log('[watch] build started');
      }
    });
    build.onEnd((r) => {
      errors += r.errors.length;
      if (--active === 0) console.log(`[watch] build finished${errors ? ` with ${errors} error(s)` : ''}`);
    });
  },
};

if (watch) {
  for (const b of builds) await (await esbuild.context({ ...common, ...b, plugins: [announce] })).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build({ ...common, ...b })));
}
