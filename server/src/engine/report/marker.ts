// The first line of every exported report: hidden in the Markdown preview, it tells the server, the
// CLI and the client that a file is a report we wrote (not a draft to check; safe to overwrite with
// a newer report). No imports, so the client bundles it without the engine.

export const REPORT_MARKER = '<!-- privacy-policy-linter: disclosure report -->';

/** Is this text a report we exported (and not a draft)? */
export function isDisclosureReport(text: string): boolean {
  return text.startsWith(REPORT_MARKER) || text.startsWith(`\ufeff${REPORT_MARKER}`);
}
