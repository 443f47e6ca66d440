// privacy-policy-lint: the engine from a terminal or CI.
//   privacy-policy-lint [options] <file|dir|->...
// Exit status: 0 nothing at error severity, 1 something is, 2 usage or I/O error, or a problem
// in .privacy-policy.json.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, ALL_REGIMES, isDisclosureReport, RegimeId } from '../engine';
import { ProjectFileLocator } from '../files/projectFile';
import { formatJson, formatMarkdown, formatSarif, formatText, FileResult } from './formats';

const USAGE = `Usage: privacy-policy-lint [options] <file|dir|->...

Checks privacy-policy drafts (Markdown or plain text) for missing legally required
disclosures (GDPR Art. 13/14 by default) and inconsistencies.

Options:
  --format FORMAT            text (default), json, sarif, or markdown: the client-ready
                             disclosure report (files named relative to this folder).
  --regime LIST              Regimes to check, comma-separated: ${ALL_REGIMES.join(', ')}
                             (default: gdpr, or the .privacy-policy.json / front matter).
  --date YYYY-MM-DD          Treat this as today's date (reproducible date checks).
  --quiet                    Report errors only.
  --verbose                  Text format: print each rule's explanation (why, what to add,
                             an example) under its first finding in each file.
  --help                     Show this help.

A directory means its .md, .txt and .policy files, recursively. "-" reads standard input.
Exit status: 0 when nothing is at error severity, 1 when something is, 2 for a usage or I/O
error or a .privacy-policy.json that cannot be used as written (the drafts are still checked).`;

class UsageError extends Error {}

interface CliOptions {
  format: 'text' | 'json' | 'sarif' | 'markdown';
  regimes?: RegimeId[];
  quiet: boolean;
  verbose: boolean;
  now?: Date;
  inputs: string[];
}

function parseArgs(argv: string[]): CliOptions | 'help' {
  const o: CliOptions = { format: 'text', quiet: false, verbose: false, inputs: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (name: string) => {
      const eq = a.indexOf('=');
      if (eq >= 0) return a.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${name} needs a value`);
      return v;
    };
    if (a === '--help' || a === '-h') return 'help';
    else if (a === '--quiet' || a === '-q') o.quiet = true;
    else if (a === '--verbose' || a === '-v') o.verbose = true;
    else if (a === '--format' || a.startsWith('--format=')) {
      const f = value('--format');
      if (f !== 'text' && f !== 'json' && f !== 'sarif' && f !== 'markdown') throw new UsageError(`unknown format "${f}" (use text, json, sarif or markdown)`);
      o.format = f;
    } else if (a === '--regime' || a.startsWith('--regime=') || a === '--regimes' || a.startsWith('--regimes=')) {
      const list = value('--regime').split(',').map((s) => s.trim().toLowerCase()).filter((s) => s.length > 0);
      for (const r of list) if (!ALL_REGIMES.includes(r)) throw new UsageError(`unknown regime "${r}" (known: ${ALL_REGIMES.join(', ')})`);
      if (list.length === 0) throw new UsageError('--regime needs at least one regime');
      o.regimes = list;
    } else if (a === '--date' || a.startsWith('--date=')) {
      const v = value('--date');
      const d = /^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(`${v}T12:00:00Z`) : new Date(NaN);
      if (isNaN(d.getTime())) throw new UsageError(`--date must be YYYY-MM-DD, not "${v}"`);
      o.now = d;
    } else if (a === '-') o.inputs.push(a);
    else if (a.startsWith('-')) throw new UsageError(`unknown option "${a}"`);
    else o.inputs.push(a);
  }
  if (o.inputs.length === 0) throw new UsageError('no file, folder or "-" given');
  return o;
}

const POLICY_FILE = /\.(md|markdown|txt|policy)$/i;
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'out']);

class IoError extends Error {}

/** The cause of a file-system error in a user's words (the code names it for a search). */
function cause(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return `permission denied (${code})`;
    case 'ELOOP':
      return 'too many levels of symbolic links, a symlink loop (ELOOP)';
    case 'EISDIR':
      return 'it is a folder (EISDIR)';
    case 'ENAMETOOLONG':
      return 'the name is too long (ENAMETOOLONG)';
    default:
      return code ?? (e as Error)?.message ?? String(e);
  }
}

/**
 * The files an input names. A folder that cannot be read, or an entry in it, is reported in
 * `problems` and the rest of the tree is still walked: one unreadable subfolder must not hide the
 * readable files.
 */
function expand(input: string, problems: string[]): string[] {
  if (input === '-') return ['-'];
  let stat: fs.Stats;
  try {
    stat = fs.statSync(input);
  } catch (e) {
    problems.push(`cannot read "${input}": ${cause(e)}`);
    return [];
  }
  if (stat.isFile()) return [input];
  if (!stat.isDirectory()) {
    problems.push(`"${input}" is neither a file nor a folder`);
    return [];
  }
  const out: string[] = [];
  const walk = (dir: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      problems.push(`cannot read the folder "${dir}": ${cause(e)}`);
      return;
    }
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) walk(p);
      } else if (e.isFile() && POLICY_FILE.test(e.name)) out.push(p);
    }
  };
  walk(input);
  // As ESLint does for a pattern that matches nothing: an empty selection is an error, not a pass.
  if (out.length === 0) problems.push(`no draft to check in "${input}" (no .md, .markdown, .txt or .policy file in it or its subfolders)`);
  return out;
}

/**
 * The text of a file as an editor opens it: UTF-8 (with or without a byte-order mark), or UTF-16
 * LE/BE with a byte-order mark. Invalid UTF-8 is decoded with replacement characters, and
 * `warning` names the first bad byte. Anything else with NUL bytes is refused as not text.
 */
export function decodeText(buf: Buffer, name: string): { text: string; warning?: string } {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return { text: buf.subarray(2, 2 + ((buf.length - 2) & ~1)).toString('utf16le') };
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    // Big-endian: swap each pair into little-endian order (a copy; an odd last byte is dropped).
    return { text: Buffer.from(buf.subarray(2, 2 + ((buf.length - 2) & ~1))).swap16().toString('utf16le') };
  }
  // A NUL byte in the first 8 KB: not a text document (a PDF, a Word file, an image).
  if (buf.subarray(0, 8192).includes(0)) throw new IoError(`"${name}" is not a text file (it contains NUL bytes); export it as Markdown or plain text first`);
  const text = buf.toString('utf8');
  if (!text.includes('\ufffd')) return { text };
  const bad = firstInvalidUtf8(buf);
  return bad < 0 ? { text } : { text, warning: `"${name}" is not valid UTF-8 (first invalid byte at offset ${bad}); the invalid bytes were read as "\ufffd". Save the file as UTF-8.` };
}

/** The offset of the first byte that breaks UTF-8, or -1. */
function firstInvalidUtf8(b: Buffer): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    const n = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= b.length || (b[i + k] & 0xc0) !== 0x80) return i;
    // Overlong, surrogate and out-of-range forms decode to U+FFFD as well.
    if ((c === 0xe0 && b[i + 1] < 0xa0) || (c === 0xed && b[i + 1] >= 0xa0) || (c === 0xf0 && b[i + 1] < 0x90) || (c === 0xf4 && b[i + 1] >= 0x90)) return i;
    i += n + 1;
  }
  return -1;
}

function readInput(file: string): { text: string; warning?: string } {
  let buf: Buffer;
  try {
    buf = file === '-' ? fs.readFileSync(0) : fs.readFileSync(file);
  } catch (e) {
    throw new IoError(`cannot read "${file}": ${cause(e)}`);
  }
  return decodeText(buf, file === '-' ? '<stdin>' : file);
}

export function main(argv: string[]): number {
  let opts: CliOptions | 'help';
  try {
    opts = parseArgs(argv);
  } catch (e) {
    process.stderr.write(`privacy-policy-lint: ${(e as Error).message}. Try --help.\n`);
    return 2;
  }
  if (opts === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const locator = new ProjectFileLocator();
  const results: FileResult[] = [];
  // I/O problems are reported one line each and the other files are still checked; any of them
  // makes the exit status 2.
  const problems: string[] = [];
  const projectProblems = new Set<string>();
  const files = opts.inputs.flatMap((i) => expand(i, problems));
  for (const file of files) {
    let input: { text: string; warning?: string };
    try {
      input = readInput(file);
    } catch (e) {
      if (!(e instanceof IoError)) throw e;
      problems.push(e.message);
      continue;
    }
    const { text } = input;
    // A report we exported sits beside its draft ("privacy.report.md"): a folder's walk skips it.
    if (isDisclosureReport(text)) {
      if (opts.inputs.includes(file)) process.stderr.write(`privacy-policy-lint: "${file}" is a disclosure report written by this tool, not a draft; it was not checked.\n`);
      continue;
    }
    const project = file === '-' ? undefined : locator.find(path.resolve(file));
    const { report, doc } = analyze({
      text,
      format: /\.(md|markdown)$/i.test(file) ? 'markdown' : /\.txt$/i.test(file) ? 'plaintext' : undefined,
      config: { projectFile: project?.value, projectFileName: project?.path, projectFileText: project?.text, now: opts.now, forcedRegimes: opts.regimes },
    });
    if (project?.message) report.configurationMessages.unshift(project.message);
    // Problems in a .privacy-policy.json belong to that file, not to each draft it applies to.
    if (project) {
      const own = report.configurationMessages.filter((m) => m.startsWith(`${project.path}:`));
      for (const m of own) projectProblems.add(m);
      report.configurationMessages = report.configurationMessages.filter((m) => !own.includes(m));
    }
    if (input.warning) report.configurationMessages.unshift(input.warning);
    results.push({ path: file === '-' ? '<stdin>' : file, text, report, doc });
  }
  for (const p of problems) process.stderr.write(`privacy-policy-lint: ${p}\n`);
  // Each once, naming the file's line (`…/.privacy-policy.json:3:12: …`), as ESLint reports a broken config.
  for (const m of projectProblems) process.stderr.write(`${m}\n`);
  for (const r of results) for (const m of r.report.configurationMessages) process.stderr.write(`${r.path}: ${m}\n`);
  const shown = opts.quiet ? results.map((r) => ({ ...r, report: { ...r.report, findings: r.report.findings.filter((f) => f.severity === 'error') } })) : results;
  if (results.length > 0 || problems.length === 0) {
    const out =
      opts.format === 'json' ? formatJson(shown) : opts.format === 'sarif' ? formatSarif(shown) : opts.format === 'markdown' ? formatMarkdown(shown, opts.now) : formatText(shown, opts.verbose);
    if (out.length > 0) process.stdout.write(out.endsWith('\n') ? out : `${out}\n`);
  }
  // The drafts were checked, but not with the configuration as written: like an I/O problem, that fails the run.
  if (problems.length > 0 || projectProblems.size > 0) return 2;
  return results.some((r) => r.report.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

/** Runs the CLI as a program: a closed pipe ends it quietly, and no stack trace reaches the user. */
export function run(argv: string[]): void {
  // `privacy-policy-lint docs/ | head`: the reader went away; stop without a word, as cat does.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.stderr.write(`privacy-policy-lint: cannot write the output: ${cause(e)}\n`);
    process.exit(2);
  });
  try {
    process.exitCode = main(argv);
  } catch (e) {
    process.stderr.write(`privacy-policy-lint: internal error: ${(e as Error)?.message ?? e}. Please report it with the file that caused it.\n`);
    process.exitCode = 2;
  }
}

if (require.main === module) run(process.argv.slice(2));
