// privacy-policy-lint: the engine from a terminal or CI.
//   privacy-policy-lint [options] <file|dir|->...
// Exit status: 0 nothing at error severity, 1 something is, 2 usage or I/O error.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, ALL_REGIMES, RegimeId } from '../engine';
import { ProjectFileLocator } from '../lsp/projectFile';
import { formatJson, formatSarif, formatText, FileResult } from './formats';

const USAGE = `Usage: privacy-policy-lint [options] <file|dir|->...

Checks privacy-policy drafts (Markdown or plain text) for missing legally required
disclosures (GDPR Art. 13/14 by default) and inconsistencies.

Options:
  --format text|json|sarif   Output format (default: text).
  --regime LIST              Regimes to check, comma-separated: ${ALL_REGIMES.join(', ')}
                             (default: gdpr, or the .privacy-policy.json / front matter).
  --date YYYY-MM-DD          Treat this as today's date (reproducible date checks).
  --quiet                    Report errors only.
  --help                     Show this help.

A directory means its .md, .txt and .policy files, recursively. "-" reads standard input.
Exit status: 0 when nothing is at error severity, 1 when something is, 2 for a usage or I/O error.`;

class UsageError extends Error {}

interface CliOptions {
  format: 'text' | 'json' | 'sarif';
  regimes?: RegimeId[];
  quiet: boolean;
  now?: Date;
  inputs: string[];
}

function parseArgs(argv: string[]): CliOptions | 'help' {
  const o: CliOptions = { format: 'text', quiet: false, inputs: [] };
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
    else if (a === '--format' || a.startsWith('--format=')) {
      const f = value('--format');
      if (f !== 'text' && f !== 'json' && f !== 'sarif') throw new UsageError(`unknown format "${f}" (use text, json or sarif)`);
      o.format = f;
    } else if (a === '--regime' || a.startsWith('--regime=') || a === '--regimes' || a.startsWith('--regimes=')) {
      const list = value('--regime').split(',').map((s) => s.trim().toLowerCase()).filter((s) => s.length > 0);
      for (const r of list) if (!(ALL_REGIMES as readonly string[]).includes(r)) throw new UsageError(`unknown regime "${r}" (known: ${ALL_REGIMES.join(', ')})`);
      if (list.length === 0) throw new UsageError('--regime needs at least one regime');
      o.regimes = list as RegimeId[];
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

function expand(input: string): string[] {
  if (input === '-') return ['-'];
  let stat: fs.Stats;
  try {
    stat = fs.statSync(input);
  } catch {
    throw new IoError(`cannot read "${input}": no such file or folder`);
  }
  if (stat.isFile()) return [input];
  if (!stat.isDirectory()) throw new IoError(`"${input}" is neither a file nor a folder`);
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) walk(p);
      } else if (e.isFile() && POLICY_FILE.test(e.name)) out.push(p);
    }
  };
  walk(input);
  return out;
}

class IoError extends Error {}

function readInput(file: string): string {
  let buf: Buffer;
  try {
    buf = file === '-' ? fs.readFileSync(0) : fs.readFileSync(file);
  } catch (e) {
    throw new IoError(`cannot read "${file}": ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  // A NUL byte in the first 8 KB: not a text document (a PDF, a Word file, an image).
  if (buf.subarray(0, 8192).includes(0)) throw new IoError(`"${file}" is not a text file (it contains NUL bytes); export it as Markdown or plain text first`);
  return buf.toString('utf8');
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
  try {
    const files = opts.inputs.flatMap(expand);
    for (const file of files) {
      const text = readInput(file);
      const project = file === '-' ? undefined : locator.find(path.resolve(file));
      const { report } = analyze({
        text,
        format: /\.(md|markdown)$/i.test(file) ? 'markdown' : /\.txt$/i.test(file) ? 'plaintext' : undefined,
        config: { projectFile: project?.value, projectFileName: project?.path, now: opts.now, forcedRegimes: opts.regimes },
      });
      if (project?.message) report.configurationMessages.unshift(project.message);
      results.push({ path: file === '-' ? '<stdin>' : file, text, report });
    }
  } catch (e) {
    if (e instanceof IoError) {
      process.stderr.write(`privacy-policy-lint: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  for (const r of results) for (const m of r.report.configurationMessages) process.stderr.write(`${r.path}: ${m}\n`);
  const shown = opts.quiet ? results.map((r) => ({ ...r, report: { ...r.report, findings: r.report.findings.filter((f) => f.severity === 'error') } })) : results;
  const out = opts.format === 'json' ? formatJson(shown) : opts.format === 'sarif' ? formatSarif(shown) : formatText(shown);
  if (out.length > 0) process.stdout.write(out.endsWith('\n') ? out : `${out}\n`);
  return results.some((r) => r.report.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
