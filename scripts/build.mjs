// Bundles the entry points into dist/: the client (extension host), the language server and
// the CLI for Node, the server's analysis worker thread, and the client and server for the web
// (dist/web/). The list and the options are in bundles.cjs. Types are checked separately by `tsc`
// (npm run typecheck).
import * as esbuild from 'esbuild';
import bundles from './bundles.cjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const builds = bundles.buildOptions({ production });

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
  for (const b of builds) await (await esbuild.context({ ...b, plugins: [announce] })).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
