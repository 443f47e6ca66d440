// How the exported report names the draft: by its path relative to the workspace folder that holds
// it ("drafts/privacy.md"), or by its file name alone when it is in none; never by a path on the
// drafter's disk (the report is sent to clients). Works on URIs, for the Node and the web server.

export interface ReportNaming {
  documentName: string;
  /** Folders whose prefix the report cuts from every name it prints (see withoutLocalPaths). */
  localRoots: string[];
}

/** `toPath` turns a URI into what messages print (a file path in Node, the decoded URI on the web). */
export function reportNaming(uri: string, workspaceRoots: readonly string[], toPath: (uri: string) => string): ReportNaming {
  const bare = uri.replace(/[?#].*$/s, '');
  const root = [...workspaceRoots]
    .map((r) => r.replace(/\/+$/, ''))
    .filter((r) => sameUriPrefix(bare, `${r}/`))
    .sort((a, b) => b.length - a.length)[0];
  // The workspace folder first, then the draft's folder and each folder above it (a project file
  // is found on that walk), nearest first.
  const folders: string[] = root ? [root] : [];
  for (let dir = bare.slice(0, bare.lastIndexOf('/')); dir.includes('/') && !dir.endsWith(':/') && !dir.endsWith('//'); dir = dir.slice(0, dir.lastIndexOf('/'))) folders.push(dir);
  const localRoots: string[] = [];
  for (const u of folders) {
    localRoots.push(u, safeDecode(u));
    const p = toPath(u);
    if (p) localRoots.push(p);
  }
  const rest = root ? bare.slice(root.length + 1) : bare.slice(bare.lastIndexOf('/') + 1);
  const name = rest.split('/').map(safeDecode).join('/');
  // An untitled document ("untitled:Untitled-1") has no folder: its own name.
  return { documentName: name.length > 0 ? name.replace(/^[a-z][a-z0-9+.-]*:/i, '') : 'the draft', localRoots: [...new Set(localRoots)] };
}

/** Compares percent-decoded and case-folded drive letters, as VS Code and the file system may write them differently. */
function sameUriPrefix(uri: string, prefix: string): boolean {
  const norm = (s: string) => safeDecode(s).replace(/^file:\/\/\/([A-Za-z]):/, (_m, d: string) => `file:///${d.toLowerCase()}:`);
  return norm(uri).startsWith(norm(prefix));
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
