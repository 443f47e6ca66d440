// `npm run bench:server`: the server's figures for very large drafts (issue 15), measured
// against the bundled server (dist/server.js) and CLI (dist/cli.js) and printed as medians
// with their targets. A measurement, not a test: it always exits 0 and says which target was
// missed. The protocol test (test/protocol/responsiveness.test.ts) asserts a generous bound;
// the 100 ms figure lives here, because timing on a shared machine is noisy.
//
//   - While an 8 MB draft is checked, a request on another, small document (document symbols,
//     a hover) is answered within 100 ms.
//   - Peak memory of the server with a 20 MB draft open, and of the CLI checking it: ≤ 400 MB.
//   - 1 MB of a repeated character or short string checks within 2× the time of 1 MB of text.
//
// `npm run bench:server -- --only=latency|memory|hostile` runs one part.

import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze, ALL_REGIMES } from '../server/src/engine';
import { ROOT, SERVER, TestClient } from '../test/protocol/lspClient';
import { generatePolicy } from './policyText';

const KB = 1024;
const MB = 1024 * KB;
const ALL_ON = { regimes: [...ALL_REGIMES] };
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);

interface Row {
  what: string;
  value: string;
  target: string;
  pass?: boolean;
}
const rows: Row[] = [];
function row(what: string, value: string, target = '', pass?: boolean): void {
  rows.push({ what, value, target, pass });
}

function median(xs: number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}
const ms = (x: number) => `${x < 10 ? x.toFixed(2) : x.toFixed(0)} ms`;
const sleep = (t: number) => new Promise((r) => setTimeout(r, t));

// ---- responsiveness ------------------------------------------------------------------------

const SMALL = '# Privacy Policy\n\n## Who we are\n\nExample Ltd is the controller. We process data under Art. 6(1)(b) GDPR.\n\n## Your rights\n\nYou may lodge a complaint with a supervisory authority.\n';

/**
 * Opens a small draft and an 8 MB one; then, several times, makes the server re-check the 8 MB
 * draft (a full-text change) and, until that version's diagnostics arrive, asks for the small
 * draft's document symbols and a hover on it every 25 ms. Counts only the answers that came
 * while the check was still running.
 */
async function latency(): Promise<void> {
  const client = new TestClient({ debounceMs: 0 });
  client.settings = ALL_ON;
  try {
    await client.initialize();
    const small = 'file:///bench/small-privacy.md';
    await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: small, languageId: 'markdown', version: 1, text: SMALL } });
    await client.diagnosticsFor(small, 1);
    const big = 'file:///bench/huge-privacy.md';
    const text = generatePolicy(8 * MB, 5);
    const symbols: number[] = [];
    const hovers: number[] = [];
    const checks: number[] = [];
    const rounds = 4;
    for (let v = 1; v <= rounds; v++) {
      const t0 = performance.now();
      if (v === 1) await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: big, languageId: 'markdown', version: 1, text } });
      else await client.conn.sendNotification('textDocument/didChange', { textDocument: { uri: big, version: v }, contentChanges: [{ text: v % 2 ? text : `${text}\nx` }] });
      let done = false;
      const diagnostics = client.waitFor(() => client.published.find((p) => p.uri === big && p.version === v), `diagnostics of the 8 MB draft, version ${v}`, 300_000).then(() => {
        done = true;
        checks.push(performance.now() - t0);
      });
      // Asked in turn, each after the previous answer and a pause: like a user moving the mouse.
      for (let i = 0; !done; i++) {
        await sleep(25);
        if (done) break;
        const t1 = performance.now();
        if (i % 2 === 0) await client.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri: small } });
        else await client.conn.sendRequest('textDocument/hover', { textDocument: { uri: small }, position: { line: 4, character: 60 } });
        const took = performance.now() - t1;
        if (!done) (i % 2 === 0 ? symbols : hovers).push(took);
      }
      await diagnostics;
    }
    const all = [...symbols, ...hovers];
    const m = median(all);
    row(`8 MB draft being checked: a request on a small draft (${all.length} requests)`, `${ms(m)} (p90 ${ms(quantile(all, 0.9))}, max ${ms(Math.max(...all))})`, '≤ 100 ms', m <= 100);
    row('… document symbols', `${ms(median(symbols))} (max ${ms(Math.max(...symbols))})`, 'informative');
    row('… hover', `${ms(median(hovers))} (max ${ms(Math.max(...hovers))})`, 'informative');
    row('… the 8 MB check itself (change → diagnostics)', ms(median(checks)), 'informative');
  } finally {
    await client.stop();
  }
}

// ---- memory --------------------------------------------------------------------------------

/** VmHWM (peak resident set) of a process, in MB; undefined without /proc. */
function peakMb(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const s = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/^VmHWM:\s+(\d+) kB/m.exec(s)?.[1]) / 1024;
  } catch {
    return undefined;
  }
}

async function memory(): Promise<void> {
  const text = generatePolicy(20 * MB, 9);
  // The server: a fresh process, the 20 MB draft opened and checked.
  const client = new TestClient({ debounceMs: 0 });
  try {
    await client.initialize();
    const uri = 'file:///bench/privacy-20mb.md';
    const t0 = performance.now();
    await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    await client.waitFor(() => client.published.find((p) => p.uri === uri), 'diagnostics of the 20 MB draft', 300_000);
    const checked = performance.now() - t0;
    // Then what an editor asks next: the outline, folding and a hover on the draft itself.
    await client.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    await client.conn.sendRequest('textDocument/foldingRange', { textDocument: { uri } });
    await client.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 5 } });
    await sleep(200);
    const peak = peakMb(client.proc.pid);
    if (peak === undefined) row('server peak memory, 20 MB draft', 'n/a (no /proc)', '≤ 400 MB');
    else row(`server peak memory (VmHWM), 20 MB draft open and checked (${ms(checked)})`, `${peak.toFixed(0)} MB`, '≤ 400 MB', peak <= 400);
  } finally {
    await client.stop();
  }
  // The CLI on the same draft, as a file.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ppl-bench-'));
  try {
    const file = path.join(dir, 'privacy-20mb.md');
    fs.writeFileSync(file, text);
    const peak = await cliPeak(file);
    row('CLI peak memory (maxRSS), 20 MB draft', peak === undefined ? 'n/a' : `${peak.toFixed(0)} MB`, '≤ 400 MB', peak === undefined ? undefined : peak <= 400);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs dist/cli.js on `file` and reports its peak resident memory (from its own resource usage). */
function cliPeak(file: string): Promise<number | undefined> {
  const cli = path.join(ROOT, 'dist', 'cli.js');
  const preload = path.join(path.dirname(file), 'report-maxrss.js');
  fs.writeFileSync(preload, "process.on('exit', () => process.stderr.write('\\nMAXRSS ' + process.resourceUsage().maxRSS + '\\n'));\n");
  return new Promise((resolve) => {
    const p = spawn(process.execPath, ['--require', preload, cli, file], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    p.stderr.on('data', (d) => (err += String(d)));
    p.on('exit', () => {
      const kb = Number(/MAXRSS (\d+)/.exec(err)?.[1]);
      resolve(Number.isFinite(kb) ? kb / 1024 : undefined);
    });
  });
}

// ---- hostile text --------------------------------------------------------------------------

function time(runs: number, f: () => void): number {
  f();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    t.push(performance.now() - t0);
  }
  return median(t);
}

function hostile(): void {
  const config = { settings: ALL_ON };
  const policy = generatePolicy(MB, 42);
  const real = time(5, () => analyze({ text: policy, config }));
  row('1 MB of policy text, full check (all regimes)', ms(real), 'reference');
  const shapes: Array<[string, string]> = [
    ['@', '@'.repeat(MB)],
    ['a@', 'a@'.repeat(MB / 2)],
    ['a', 'a'.repeat(MB)],
    ['space', ' '.repeat(MB)],
    ['.', '.'.repeat(MB)],
    ['(', '('.repeat(MB)],
    ['newline', '\n'.repeat(MB)],
    ['#', '#'.repeat(MB)],
    ['"# a\\n"', '# a\n'.repeat(MB / 4)],
    ['"A\\n\\n"', 'A\n\n'.repeat(MB / 3)],
    ['"a\\n"', 'a\n'.repeat(MB / 2)],
    ['"- "', '- '.repeat(MB / 2)],
    ['"x.y@"', 'x.y@'.repeat(MB / 4)],
    ['"Art. 6 "', 'Art. 6 '.repeat(MB / 7)],
  ];
  const times = shapes.map(([name, text]) => [name, time(3, () => analyze({ text, config }))] as const).sort((a, b) => b[1] - a[1]);
  const [worstName, worst] = times[0];
  row(`1 MB of one repeated character or string, slowest of ${shapes.length} (${worstName})`, `${ms(worst)} (${(worst / real).toFixed(2)}×)`, '≤ 2× policy text', worst <= 2 * real);
  row('… the next slowest', times.slice(1, 4).map(([n, t]) => `${n} ${(t / real).toFixed(2)}×`).join(', '), 'informative');
}

// ---- report --------------------------------------------------------------------------------

function print(): void {
  const w0 = Math.max(...rows.map((r) => r.what.length));
  const w1 = Math.max(...rows.map((r) => r.value.length));
  const w2 = Math.max(...rows.map((r) => r.target.length));
  console.log(`\nPrivacy Policy Linter server benchmark — node ${process.version}, ${new Date().toISOString()}, load ${os.loadavg()[0].toFixed(1)} on ${os.availableParallelism?.() ?? os.cpus().length} cores`);
  console.log(`${'measure'.padEnd(w0)}  ${'median'.padEnd(w1)}  ${'target'.padEnd(w2)}  result`);
  console.log('-'.repeat(w0 + w1 + w2 + 14));
  for (const r of rows) console.log(`${r.what.padEnd(w0)}  ${r.value.padEnd(w1)}  ${r.target.padEnd(w2)}  ${r.pass === undefined ? '' : r.pass ? 'PASS' : 'FAIL  <<<<<'}`);
  const missed = rows.filter((r) => r.pass === false);
  console.log(missed.length ? `\n!!! ${missed.length} target(s) missed.` : '\nEvery measured target is met.');
}

async function main(): Promise<void> {
  if (!fs.existsSync(SERVER)) throw new Error('dist/server.js is missing: npm run build');
  if (!only || only === 'latency') await latency();
  if (!only || only === 'memory') await memory();
  if (!only || only === 'hostile') hostile();
}

main()
  .catch((e) => console.error('The benchmark itself failed:', e))
  .finally(() => {
    print();
    process.exitCode = 0;
  });
