// The import graph of the extension's own code: no file imports itself through a cycle, and no
// inner layer imports an outer one (the engine knows nothing of LSP or the CLI; the text model
// knows nothing of rules; a rule knows nothing of the registry that lists it). Adding a law adds a
// pack folder at its layer; this test says where a new import breaks the layering.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..', '..', '..');

/** Inner (0) to outer. A file may import files of its own layer or of inner layers only. */
const LAYERS: Array<[number, RegExp]> = [
  [0, /^server\/src\/engine\/(text\/|types\.ts$|cancellation\.ts$|commands\.ts$)/],
  [1, /^server\/src\/engine\/model\//],
  [2, /^server\/src\/engine\/(extract|law|clauses)\/|^server\/src\/engine\/suppression\.ts$/],
  [3, /^server\/src\/engine\/rules\/framework\//],
  [4, /^server\/src\/engine\/rules\/(consistency|drafting|meta)\/|^server\/src\/engine\/regimes\/pack\.ts$/],
  [5, /^server\/src\/engine\/regimes\/[^/]+\//], // the packs, one folder per law
  [6, /^server\/src\/engine\/regimes\/[^/]+\.ts$/], // the packs' registry and the regime suggestion
  [7, /^server\/src\/engine\/registry\.ts$/],
  [8, /^server\/src\/engine\/config(Schema)?\.ts$/],
  [9, /^server\/src\/engine\/check\.ts$/],
  [10, /^server\/src\/engine\/(fixes|report|features)\//],
  [11, /^server\/src\/engine\/index\.ts$/],
  [12, /^server\/src\/(protocol\.ts$|files\/)/],
  [13, /^server\/src\/(lsp|cli)\//],
  [14, /^server\/src\/[^/]+\.ts$/], // the server's entry points
  [15, /^client\/src\//],
];

function layerOf(file: string): number {
  const hit = LAYERS.find(([, re]) => re.test(file));
  if (!hit) throw new Error(`${file} is in no layer: add its folder to LAYERS`);
  return hit[0];
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) {
      if (e.name !== 'cases') out.push(...sourceFiles(rel));
    } else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') && e.name !== 'caseHelpers.ts') out.push(rel);
  }
  return out;
}

/** The project files a file imports (relative imports and re-exports, type-only ones too). */
function importsOf(file: string): string[] {
  const src = fs.readFileSync(path.join(ROOT, file), 'utf8');
  const out: string[] = [];
  for (const m of src.matchAll(/^(?:import|export)\b[^;]*?\bfrom '(\.[^']*)'|^import '(\.[^']*)'/gm)) {
    const spec = m[1] ?? m[2];
    if (spec.endsWith('.json')) continue;
    const base = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
    const candidates = [`${base}.ts`, `${base}/index.ts`];
    const target = candidates.find((c) => fs.existsSync(path.join(ROOT, c)));
    assert.ok(target, `${file} imports ${spec}, which is no file`);
    out.push(target);
  }
  return out;
}

const FILES = [...sourceFiles('server/src'), ...sourceFiles('client/src')];
const GRAPH = new Map(FILES.map((f) => [f, importsOf(f)]));

test('the import graph was read (a broken reader passes nothing)', () => {
  assert.ok(FILES.length > 100, `${FILES.length} files`);
  assert.ok([...GRAPH.values()].reduce((n, l) => n + l.length, 0) > 300);
  assert.ok(GRAPH.get('server/src/engine/check.ts')!.includes('server/src/engine/registry.ts'));
});

test('no inner layer imports an outer one', () => {
  const wrong: string[] = [];
  for (const [file, imports] of GRAPH) {
    for (const target of imports) {
      if (layerOf(target) > layerOf(file)) wrong.push(`${file} (layer ${layerOf(file)}) imports ${target} (layer ${layerOf(target)})`);
    }
  }
  assert.deepEqual(wrong, []);
});

test('the engine imports neither vscode nor the language server', () => {
  const wrong = FILES.filter((f) => f.startsWith('server/src/engine/')).filter((f) => /from '(vscode|vscode-languageserver[^']*)'/.test(fs.readFileSync(path.join(ROOT, f), 'utf8')));
  assert.deepEqual(wrong, []);
});

test('the import graph has no cycle', () => {
  // Tarjan's strongly connected components: any component of more than one file is a cycle.
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string): void => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of GRAPH.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (GRAPH.get(v) ?? []).includes(v)) cycles.push(component.sort());
    }
  };
  for (const f of FILES) if (!idx.has(f)) visit(f);
  assert.deepEqual(cycles, []);
});
