// Finds `.privacy-policy.json` for a document the language server checks: the nearest one in
// the document's folder or a parent folder, up to the workspace folder. No Node here: it works
// on URIs, not paths, so that one walk serves both servers. The Node server reads the
// candidates from disk (projectFile.ts); the web worker asks the client, which reads them
// through VS Code's workspace file system (any scheme: file, vscode-vfs on github.dev, …;
// lsp/projectFileThroughClient.ts). Results are cached per folder until a watched-file change
// clears them. The file is data: parsed, never executed.

import { parseProjectFile } from '../engine';

export const PROJECT_FILE_NAME = '.privacy-policy.json';
export const PROJECT_FILE_MAX_BYTES = 1024 * 1024;

export interface ProjectFile {
  /** How messages name the file: a path for file: URIs, else the URI. */
  path: string;
  value?: unknown;
  message?: string;
  /** The file's text, so that problems in it can name their line. */
  text?: string;
  /** Its URI (set by the finder). */
  uri?: string;
}

/** Reads one candidate (a URI): undefined when there is no such file. Never throws. */
export type ProjectFileReader = (uri: string) => Promise<ProjectFile | undefined>;

/** Turns a candidate's text into a ProjectFile: size limit first, then the parser's verdict. */
export function projectFileFromText(name: string, text: string, size: number): ProjectFile {
  if (size > PROJECT_FILE_MAX_BYTES) return { path: name, message: `${name}: larger than 1 MB, far larger than any configuration; the file was ignored and defaults are used.` };
  try {
    return { path: name, ...parseProjectFile(text, name) };
  } catch (e) {
    return { path: name, message: `${name}: could not be read (${(e as Error).message}); the file was ignored and defaults are used.` };
  }
}

/** The URI of the folder holding `uri` (`file:///a/b/c.md` → `file:///a/b`, `file:///c.md` → `file://`); undefined above the root or without a path. */
export function parentUri(uri: string): string | undefined {
  const cut = uri.replace(/[?#].*$/s, '');
  const authorityEnd = cut.indexOf('/', cut.indexOf('//') >= 0 ? cut.indexOf('//') + 2 : 0);
  const slash = cut.lastIndexOf('/');
  if (authorityEnd < 0 || slash < authorityEnd) return undefined;
  return cut.slice(0, slash);
}

export class ProjectFileFinder {
  private readonly cache = new Map<string, Promise<ProjectFile | undefined>>();

  constructor(private readonly read: ProjectFileReader) {}

  /** The project file that applies to the document `uri`; the walk stops at `stopAt` (a workspace folder URI). */
  find(uri: string, stopAt?: string): Promise<ProjectFile | undefined> {
    const dir = parentUri(uri);
    return dir === undefined ? Promise.resolve(undefined) : this.inFolder(dir, stopAt?.replace(/\/+$/, ''), 64);
  }

  private inFolder(dir: string, stopAt: string | undefined, depthLeft: number): Promise<ProjectFile | undefined> {
    let p = this.cache.get(dir);
    if (!p) {
      p = (async () => {
        const uri = `${dir}/${PROJECT_FILE_NAME}`;
        const found = await this.read(uri).catch(() => undefined);
        if (found) return { ...found, uri };
        const parent = parentUri(dir);
        if (parent === undefined || dir === stopAt || depthLeft <= 1) return undefined;
        return this.inFolder(parent, stopAt, depthLeft - 1);
      })();
      this.cache.set(dir, p);
    }
    return p;
  }

  clear(): void {
    this.cache.clear();
  }
}

/** A URI as a person reads it (percent-escapes decoded where they are well formed). */
export function decodedUri(uri: string): string {
  try {
    return decodeURIComponent(uri);
  } catch {
    return uri;
  }
}
