// The command-line checker as an npm package: `npm pack` ships the bundled CLI and nothing else
// (no dependency: everything is bundled), and `npx --package <tarball> privacy-policy-lint` runs
// it, offline, on a draft.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..', '..', '..');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const NPX = process.platform === 'win32' ? 'npx.cmd' : 'npx';

test('npm pack ships the CLI bundle, the README, the licence and the changelog, and no dependency', () => {
  const r = spawnSync(NPM, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const [pack] = JSON.parse(r.stdout) as Array<{ files: Array<{ path: string }> }>;
  assert.deepEqual(pack.files.map((f) => f.path).sort(), ['CHANGELOG.md', 'LICENSE', 'README.md', 'dist/cli.js', 'package.json']);
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string>; dependencies?: object };
  assert.equal(manifest.bin['privacy-policy-lint'], './dist/cli.js');
  assert.equal(manifest.dependencies, undefined, 'the bundles carry their dependencies; installing the CLI fetches nothing');
});

test('npx runs the packed CLI offline on a draft', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-npx-'));
  try {
    const packed = spawnSync(NPM, ['pack', '--pack-destination', dir, '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(packed.status, 0, packed.stderr);
    const tarball = path.join(dir, packed.stdout.trim().split('\n').pop()!);
    fs.writeFileSync(path.join(dir, 'privacy.md'), '# Privacy Policy\n\nWe keep your order records for two years.\n');
    const env = { ...process.env, npm_config_offline: 'true', npm_config_cache: path.join(dir, 'cache'), npm_config_update_notifier: 'false' };
    const r = spawnSync(NPX, ['--yes', '--package', tarball, 'privacy-policy-lint', '--format', 'json', 'privacy.md'], { cwd: dir, encoding: 'utf8', env });
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { files: Array<{ disclosures: Array<{ id: string; status: string }> }> };
    assert.equal(out.files[0].disclosures.find((d) => d.id === 'gdpr/retention')?.status, 'disclosed');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
