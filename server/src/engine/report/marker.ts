// The first line of every exported report: hidden in the Markdown preview, it tells the server, the
// CLI and the client that a file is a report we wrote (not a draft to check; safe to overwrite with
// a newer report). No imports, so the client bundles it without the engine.

export const REPORT_MARKER = '<!-- privacy-policy-linter: disclosure report -->';

/** Is this text a report we exported (and not a draft)? */
export function isDisclosureReport(text: string): boolean {
  return text.startsWith(REPORT_MARKER) || text.startsWith(`\ufeff${REPORT_MARKER}`);
}

/**
 * The path of a draft's report, beside it: `/a/privacy.md` → `/a/privacy.report.md`,
 * `/a/privacy.policy.md` → `/a/privacy.policy.report.md`. Undefined for a path with no file name.
 * Never the draft's own path.
 */
export function reportPathFor(draftPath: string): string | undefined {
  const slash = draftPath.lastIndexOf('/');
  const name = draftPath.slice(slash + 1);
  if (name.length === 0 || name === '.' || name === '..') return undefined;
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const out = `${draftPath.slice(0, slash + 1)}${stem}.report.md`;
  return out === draftPath ? undefined : out;
}
