// The integration suite runs inside the extension host, a different process: it writes its
// results to a JSON file that the runner reads back and prints.
import * as path from 'node:path';
import { RESULTS } from './paths';

export interface SuiteResults {
  passed: string[];
  failed: { title: string; error: string }[];
}

/** Set by the runner in the extension host's environment; the default serves @vscode/test-electron. */
export function resultsFile(): string {
  return process.env.PPL_VSCODE_RESULTS || path.join(RESULTS, 'integration-results.json');
}
