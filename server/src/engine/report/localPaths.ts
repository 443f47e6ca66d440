// The exported report leaves the drafter's machine (it goes to a client, or into a file): it must
// not show where the drafter keeps files. Names under a known folder (the workspace folder, the
// CLI's current folder) become relative; any other absolute path keeps only its file name.

/**
 * `s` with each known root's prefix cut, and every other absolute path cut to its last part.
 * Roots apply in the order given: put the folder names should be relative to first (the workspace
 * folder), then the draft's folder and its parents (a project file found above the draft).
 */
export function withoutLocalPaths(s: string, roots: readonly string[]): string {
  let out = s;
  for (const root of roots.filter((r) => r.length > 1)) {
    const dir = /[\\/]$/.test(root) ? root : `${root}${root.includes('\\') && !root.includes('/') ? '\\' : '/'}`;
    out = out.split(dir).join('');
  }
  return out
    .split(/(\s+)/)
    .map((token) => (isWhitespace(token) ? token : lastPartOfAbsolute(token)))
    .join('');
}

function isWhitespace(t: string): boolean {
  return t.length > 0 && t.trim().length === 0;
}

/**
 * A token that starts (after an opening quote or bracket) with an absolute path, a file URI or a
 * Windows drive, with its folders dropped: `"/home/ana/x/.privacy-policy.json:3:4:` →
 * `".privacy-policy.json:3:4:`. Anything else is returned as it is.
 */
function lastPartOfAbsolute(token: string): string {
  let lead = 0;
  while (lead < token.length && '"\'“‘(<['.includes(token[lead])) lead++;
  const rest = token.slice(lead);
  const absolute = rest.startsWith('file:/') || (rest.startsWith('/') && rest.length > 1 && rest[1] !== '/') || /^[A-Za-z]:[\\/]/.test(rest) || rest.startsWith('\\\\');
  if (!absolute) return token;
  const cut = Math.max(rest.lastIndexOf('/'), rest.lastIndexOf('\\'));
  return token.slice(0, lead) + rest.slice(cut + 1);
}
