// Measures detection against a labelled corpus: `npm run eval -- <corpus-folder> [more folders]`.
// A corpus folder holds `<id>.txt` policies and `labels.json`:
//   {"regime": "gdpr"|"ccpa", "ids": [...], "policies": {"<id>": {"found": [...]}}}
// An id absent from `found` counts as not disclosed. For each catalog id we print precision,
// recall and F1 of the *missing* class (what the linter reports), F1 of the found class and
// accuracy; then the missing-class macro-F1 over ids with at least 3 missing examples and the
// mean accuracy over all ids. Options: `--misses <id>` lists the disagreeing policies for an id.
// `--ablate` adds the ablation measure where the corpus has `spans.json`: for each policy and each
// item the annotators marked, the marked passages are cut out of a copy; "both" is the share of
// items found in the original and missing in the cut copy (the measure of ../shared/tools/ablate.py,
// run in-process). `--show <id>` lists that item's ablation failures.
// Judged cells: where a reader decided a disagreement with a label by ../shared/docs/judging-guide.md,
// the verdict is kept in `eval/verdicts/*.json` ({"corpus": "<corpus folder name>", "cells":
// {"<policy>|<item>": true | false | null}}; null = ambiguous, left out). With `--judged` the verdicts replace those
// labels (ambiguous cells are not scored); without it the raw labels are scored.
// This script is a measuring tool only: the engine never reads corpora.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../server/src/engine/check';
import type { RegimeId } from '../server/src/engine/types';

interface Labels {
  regime: RegimeId;
  ids: string[];
  policies: Record<string, { found: string[] }>;
}

interface Counts { tp: number; fp: number; fn: number; tn: number }

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

function fmt(x: number): string {
  return Number.isNaN(x) ? '  -  ' : x.toFixed(3);
}

/** The judged cells of a corpus: the verdict files whose "corpus" is the folder's name. */
function verdicts(folder: string): Map<string, boolean | null> {
  const dir = path.join(__dirname, '..', 'eval', 'verdicts');
  const out = new Map<string, boolean | null>();
  if (!fs.existsSync(dir)) return out;
  for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.json'))) {
    const data = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as { corpus: string; cells: Record<string, boolean | null> };
    if (data.corpus === path.basename(folder)) for (const [k, v] of Object.entries(data.cells)) out.set(k, v);
  }
  return out;
}

function evaluate(folder: string, showMisses: string | undefined, judged: boolean): boolean {
  const labelsPath = path.join(folder, 'labels.json');
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) {
    console.error(`Corpus folder not found: ${folder}. Nothing measured.`);
    return false;
  }
  if (!fs.existsSync(labelsPath)) {
    console.error(`No labels.json in ${folder}. Nothing measured.`);
    return false;
  }
  const labels = JSON.parse(fs.readFileSync(labelsPath, 'utf8')) as Labels;
  const regime = labels.regime;
  // Positive class = "missing" (what the linter reports).
  const counts = new Map<string, Counts>(labels.ids.map((id) => [id, { tp: 0, fp: 0, fn: 0, tn: 0 }]));
  const misses = new Map<string, string[]>();
  const judgedCells = verdicts(folder);
  let n = 0;
  let skipped = 0;
  const times: number[] = [];
  for (const [pid, entry] of Object.entries(labels.policies)) {
    const file = path.join(folder, `${pid}.txt`);
    if (!fs.existsSync(file)) {
      skipped++;
      continue;
    }
    const text = fs.readFileSync(file, 'utf8');
    const t0 = process.hrtime.bigint();
    const { report } = analyze({ text, format: 'plaintext', config: { settings: { regimes: [regime] } } });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    n++;
    const foundByEngine = new Map(report.disclosures.map((d) => [d.id.replace(/^[^/]+\//, ''), d]));
    const gold = new Set(entry.found);
    for (const id of labels.ids) {
      const c = counts.get(id)!;
      const d = foundByEngine.get(id);
      const predMissing = !d?.found;
      const verdict = judged ? judgedCells.get(`${pid}|${id}`) : undefined;
      if (verdict === null) continue; // ambiguous: not scored
      const goldMissing = verdict === undefined ? !gold.has(id) : !verdict;
      if (predMissing && goldMissing) c.tp++;
      else if (predMissing && !goldMissing) c.fp++;
      else if (!predMissing && goldMissing) c.fn++;
      else c.tn++;
      if (showMisses === id && predMissing !== goldMissing) {
        const ev = d?.evidence.slice(0, 2).map((e) => e.text.slice(0, 160).replace(/\s+/g, ' ')).join(' | ') ?? '';
        const list = misses.get(id) ?? [];
        list.push(`${pid}: gold ${goldMissing ? 'missing' : 'found'}, engine ${predMissing ? 'missing' : 'found'} ${ev}`);
        misses.set(id, list);
      }
    }
  }
  console.log(`\n${folder}  (${regime}, ${n} policies${skipped ? `, ${skipped} without text skipped` : ''}${judged ? `, ${judgedCells.size} judged cells replace their labels` : ''})`);
  console.log(`${'id'.padEnd(28)} ${'miss'.padStart(4)}  P(miss) R(miss) F1(miss) F1(found)  acc`);
  const macro: number[] = [];
  const accs: number[] = [];
  for (const id of labels.ids) {
    const c = counts.get(id)!;
    const p = c.tp / (c.tp + c.fp);
    const r = c.tp / (c.tp + c.fn);
    const fm = f1(Number.isNaN(p) ? 0 : p, Number.isNaN(r) ? 0 : r);
    const pf = c.tn / (c.tn + c.fn);
    const rf = c.tn / (c.tn + c.fp);
    const ff = f1(Number.isNaN(pf) ? 0 : pf, Number.isNaN(rf) ? 0 : rf);
    const acc = (c.tp + c.tn) / Math.max(1, c.tp + c.tn + c.fp + c.fn);
    const goldMissing = c.tp + c.fn;
    if (goldMissing >= 3) macro.push(fm);
    accs.push(acc);
    console.log(`${id.padEnd(28)} ${String(goldMissing).padStart(4)}  ${fmt(p)}   ${fmt(r)}   ${fmt(fm)}   ${fmt(ff)}   ${fmt(acc)}`);
  }
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
  times.sort((a, b) => a - b);
  console.log(
    `missing-class macro-F1 (${macro.length} ids with >= 3 missing): ${fmt(mean(macro))}   mean accuracy (${accs.length} ids): ${fmt(mean(accs))}` +
      `   median check time: ${times.length ? times[Math.floor(times.length / 2)].toFixed(2) : '-'} ms`,
  );
  for (const [id, list] of misses) {
    console.log(`\nDisagreements for ${id} (${list.length}):`);
    for (const l of list) console.log('  ' + l);
  }
  return true;
}

/** The found items of a regime for a text, as the CLI reports them (plain text, the regime alone). */
function foundItems(text: string, regime: RegimeId): Set<string> {
  const { report } = analyze({ text, format: 'plaintext', config: { settings: { regimes: [regime] } } });
  return new Set(report.disclosures.filter((d) => d.found && d.id.startsWith(`${regime}/`)).map((d) => d.id.slice(regime.length + 1)));
}

/** Removes the UTF-16 ranges from the text; each becomes a blank line (as ablate.py cuts). */
function cut(text: string, ranges: Array<[number, number]>): string {
  const parts: string[] = [];
  let pos = 0;
  for (const [s, e] of [...ranges].sort((a, b) => a[0] - b[0])) {
    parts.push(text.slice(pos, Math.max(pos, s)), '\n\n');
    pos = Math.max(pos, e);
  }
  parts.push(text.slice(pos));
  return parts.join('');
}

function ablate(folder: string, show: string | undefined, judged: boolean): boolean {
  // As ablate.py does with a corpus's adjudications: a marked item judged not disclosed (or ambiguous) is not tested.
  const judgedCells = judged ? verdicts(folder) : new Map<string, boolean | null>();
  const spansPath = path.join(folder, 'spans.json');
  if (!fs.existsSync(spansPath)) {
    console.log(`\n${folder}: no spans.json, no ablation measured.`);
    return true;
  }
  const labels = JSON.parse(fs.readFileSync(path.join(folder, 'labels.json'), 'utf8')) as Labels;
  const spans = (JSON.parse(fs.readFileSync(spansPath, 'utf8')) as { policies: Record<string, Record<string, Array<[number, number]>>> }).policies;
  const per = new Map<string, [number, number, number, number]>(); // n, found in original, missing after cut, both
  const failures: string[] = [];
  for (const pid of Object.keys(spans).sort()) {
    const file = path.join(folder, `${pid}.txt`);
    if (!fs.existsSync(file)) continue;
    const text = fs.readFileSync(file, 'utf8');
    const original = foundItems(text, labels.regime);
    for (const item of Object.keys(spans[pid]).sort()) {
      const ranges = spans[pid][item];
      if (!ranges.length || !labels.policies[pid]?.found.includes(item)) continue;
      const v = judgedCells.get(`${pid}|${item}`);
      if (v === false || v === null) continue;
      const f0 = original.has(item);
      const m1 = !foundItems(cut(text, ranges), labels.regime).has(item);
      const c = per.get(item) ?? [0, 0, 0, 0];
      c[0]++;
      c[1] += f0 ? 1 : 0;
      c[2] += m1 ? 1 : 0;
      c[3] += f0 && m1 ? 1 : 0;
      per.set(item, c);
      if (item === show && !(f0 && m1)) failures.push(`  ${pid}: ${f0 ? 'still found after the cut' : 'not found in the original'}`);
    }
  }
  console.log(`\nAblation, ${folder}`);
  console.log(`${'id'.padEnd(28)} ${'n'.padStart(5)}  found_R ablate_R   both`);
  const tot = [0, 0, 0, 0];
  for (const [item, c] of [...per].sort((a, b) => a[0].localeCompare(b[0]))) {
    c.forEach((x, i) => (tot[i] += x));
    console.log(`${item.padEnd(28)} ${String(c[0]).padStart(5)}  ${fmt(c[1] / c[0])}   ${fmt(c[2] / c[0])}   ${fmt(c[3] / c[0])}`);
  }
  console.log(`found_recall=${fmt(tot[1] / tot[0])} ablation_recall=${fmt(tot[2] / tot[0])} both=${fmt(tot[3] / tot[0])} n=${tot[0]}`);
  if (show) console.log(`\nAblation failures for ${show} (${failures.length}):\n${failures.join('\n')}`);
  return true;
}

const args = process.argv.slice(2);
let showMisses: string | undefined;
let showAblation: string | undefined;
let withAblation = false;
let judged = false;
const folders: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--misses') showMisses = args[++i];
  else if (args[i] === '--ablate') withAblation = true;
  else if (args[i] === '--judged') judged = true;
  else if (args[i] === '--show') showAblation = args[++i];
  else folders.push(args[i]);
}
if (folders.length === 0) {
  console.error('Usage: npm run eval -- <corpus-folder> [<corpus-folder> …] [--misses <id>] [--judged] [--ablate [--show <id>]]');
  process.exit(2);
}
let ok = true;
for (const f of folders) {
  ok = evaluate(path.resolve(f), showMisses, judged) && ok;
  if (ok && withAblation) ablate(path.resolve(f), showAblation, judged);
}
process.exit(ok ? 0 : 1);
