// Node file-system services shared by the CLI and the Node language server (below both).

// Reads `.privacy-policy.json` (the processing profile and organisation details) from disk,
// for the CLI and the Node language server. The CLI walks paths with ProjectFileLocator; the
// Node server walks URIs with ProjectFileFinder (projectFileFinder.ts, shared with the web
// worker) and reads each candidate with `readProjectFileUri`. The file is data: parsed as JSON,
// never executed. Results are cached per folder until a watched-file change clears them.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { PROJECT_FILE_MAX_BYTES, PROJECT_FILE_NAME, projectFileFromText, type ProjectFile, type ProjectFileReader } from './projectFileFinder';
import { uriToPath } from './uri';

export { PROJECT_FILE_NAME };
export type { ProjectFile };

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

/** The Node server's reader for file: URIs (server.ts asks the client for the others). */
export const readProjectFileUri: ProjectFileReader = (uri) => {
  const file = uriToPath(uri);
  return Promise.resolve(file ? readIfPresent(file) : undefined);
};

function readIfPresent(file: string): ProjectFile | undefined {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return undefined;
  }
  if (!stat.isFile()) return undefined;
  if (stat.size > PROJECT_FILE_MAX_BYTES) return projectFileFromText(file, '', stat.size);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    return { path: file, message: `${file}: could not be read (${(e as Error).message}); the file was ignored and defaults are used.` };
  }
  return projectFileFromText(file, text, stat.size);
}
