// Node file-system services shared by the CLI and the Node language server (below both).

// Finds and reads `.privacy-policy.json` (the processing profile and organisation details)
// for a document: the nearest one in the document's folder or a parent folder. The file is
// data: parsed as JSON, never executed. Results are cached per folder until a watched-file
// change clears them.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseProjectFile } from '../engine';

export const PROJECT_FILE_NAME = '.privacy-policy.json';
const MAX_BYTES = 1024 * 1024;

export interface ProjectFile {
  path: string;
  value?: unknown;
  message?: string;
}

export class ProjectFileLocator {
  private readonly cache = new Map<string, ProjectFile | null>();

  /** The project file that applies to `filePath`, if any; `stopAt` bounds the walk (workspace root). */
  find(filePath: string, stopAt?: string): ProjectFile | undefined {
    let dir = path.dirname(filePath);
    const visited: string[] = [];
    for (let i = 0; i < 64; i++) {
      const cached = this.cache.get(dir);
      if (cached !== undefined) {
        for (const v of visited) this.cache.set(v, cached);
        return cached ?? undefined;
      }
      visited.push(dir);
      const candidate = path.join(dir, PROJECT_FILE_NAME);
      const found = readIfPresent(candidate);
      if (found) {
        for (const v of visited) this.cache.set(v, found);
        return found;
      }
      const parent = path.dirname(dir);
      if (parent === dir || (stopAt && path.relative(stopAt, dir) === '')) break;
      dir = parent;
    }
    for (const v of visited) this.cache.set(v, null);
    return undefined;
  }

  clear(): void {
    this.cache.clear();
  }
}

function readIfPresent(file: string): ProjectFile | undefined {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return undefined;
  }
  if (!stat.isFile()) return undefined;
  if (stat.size > MAX_BYTES) return { path: file, message: `${file} is larger than 1 MB; it was ignored.` };
  try {
    const parsed = parseProjectFile(fs.readFileSync(file, 'utf8'), file);
    return { path: file, ...parsed };
  } catch (e) {
    return { path: file, message: `${file} could not be read (${(e as Error).message}); it was ignored.` };
  }
}
