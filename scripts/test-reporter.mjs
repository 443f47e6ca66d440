// A reporter for `node --test` (npm test): one line per test file, then every failure in full
// (name, file, the assertion's message and stack), then the totals. Skipped and to-do tests are
// counted on their file's line, never shown as passing.
//
//   node --test --test-reporter=./scripts/test-reporter.mjs out/test/unit/
//
// The runner reports each file's tests in order, then the file itself: the tests seen since the
// previous file belong to the next file that completes (a test's own `file` may be a helper's,
// e.g. the packs' caseHelpers.js).
import * as path from 'node:path';

const cwd = process.cwd();
const rel = (f) => (f ? path.relative(cwd, f) : '(unknown file)');

function errorText(error) {
  if (!error) return '';
  // The runner wraps a test's error: the assertion is its cause.
  const e = error.cause ?? error;
  const lines = [];
  if (e.message) lines.push(String(e.message));
  if (e.stack) lines.push(...String(e.stack).split('\n').filter((l) => /^\s+at /.test(l) && !/\(node:|at node:/.test(l)).slice(0, 6));
  return lines.join('\n');
}

const fresh = () => ({ pass: 0, fail: 0, skip: 0, todo: 0, failures: [], stderr: [] });

export default async function* reporter(source) {
  let current = fresh();
  const failures = [];
  const totals = {};
  for await (const { type, data } of source) {
    const isFile = data?.nesting === 0 && data?.file !== undefined && data.name === data.file;
    if (type === 'test:stderr') {
      // Kept for a file that fails to run at all (its error is on stderr).
      current.stderr.push(data.message);
      if (current.stderr.length > 20) current.stderr.shift();
    } else if ((type === 'test:pass' || type === 'test:fail') && !isFile) {
      if (data.details?.type === 'suite') continue; // its tests are counted
      if (data.skip !== undefined) current.skip++;
      else if (data.todo !== undefined) current.todo++;
      else if (type === 'test:pass') current.pass++;
      else {
        current.fail++;
        current.failures.push({ name: data.name, error: errorText(data.details?.error) });
      }
    } else if (type === 'test:complete' && isFile) {
      const e = current;
      current = fresh();
      if (data.details?.passed === false && e.fail === 0) {
        e.fail++;
        e.failures.push({ name: '(the file itself failed to run)', error: [errorText(data.details?.error), e.stderr.join('').trim()].filter(Boolean).join('\n') });
      }
      for (const f of e.failures) failures.push({ ...f, file: data.file });
      const ms = data.details?.duration_ms ?? 0;
      const extra = [e.skip ? `${e.skip} skipped` : '', e.todo ? `${e.todo} to do` : ''].filter(Boolean).join(', ');
      const counts = e.fail ? `${e.pass} passed, ${e.fail} failed` : `${e.pass} passed`;
      yield `${e.fail ? '✖' : '✔'} ${rel(data.file)}  ${counts}${extra ? `, ${extra}` : ''}  (${(ms / 1000).toFixed(1)} s)\n`;
    } else if (type === 'test:diagnostic' && data.nesting === 0) {
      const m = /^(tests|pass|fail|cancelled|skipped|todo|duration_ms) (\S+)$/.exec(data.message);
      if (m) totals[m[1]] = m[2];
    }
  }
  for (const [i, f] of failures.entries()) {
    yield `\n${i + 1}) ${f.name}\n   ${rel(f.file)}\n${f.error.split('\n').map((l) => `   ${l}`).join('\n')}\n`;
  }
  const secs = totals.duration_ms ? ` in ${(Number(totals.duration_ms) / 1000).toFixed(1)} s` : '';
  yield `\n${totals.tests ?? '?'} tests: ${totals.pass ?? '?'} passed, ${totals.fail ?? '?'} failed, ${totals.skipped ?? 0} skipped, ${totals.todo ?? 0} to do, ${totals.cancelled ?? 0} cancelled${secs}\n`;
}
