// The folder the editor opens in a test run: a throw-away copy of the seeds (renamed
// *.policy.txt so the editor gives them the privacy-policy language, as a user's file would
// be named) and of the drafts written for these suites. Tests may edit it freely.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO } from './paths';

export const SEEDS_DIR = path.join(REPO, 'test', 'fixtures', 'seeds');
export const DRAFTS_DIR = path.join(REPO, 'test', 'vscode', 'fixtures');

/** Seed file names as they appear in the workspace, e.g. `seeds/000_5789603eac954692.policy.txt`. */
export function seedNames(): string[] {
  return fs
    .readdirSync(SEEDS_DIR)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n) => `seeds/${n.replace(/\.txt$/, '.policy.txt')}`);
}

export function makeWorkspace(root: string): string {
  const ws = path.join(root, 'workspace');
  fs.mkdirSync(path.join(ws, 'seeds'), { recursive: true });
  for (const n of fs.readdirSync(SEEDS_DIR).filter((x) => x.endsWith('.txt'))) {
    fs.copyFileSync(path.join(SEEDS_DIR, n), path.join(ws, 'seeds', n.replace(/\.txt$/, '.policy.txt')));
  }
  fs.cpSync(DRAFTS_DIR, path.join(ws, 'drafts'), { recursive: true });
  return ws;
}
