// Where the real-VS Code harness keeps things. Everything it downloads or creates lives in
// git-ignored folders of the repository: `.vscode-test/` (code-server, per-run profiles) and
// `test-results/` (screenshots, logs).
import * as path from 'node:path';

/** The repository root (this file runs from out/test/vscode/harness/). */
export const REPO = path.resolve(__dirname, '..', '..', '..', '..');
export const CACHE = path.join(REPO, '.vscode-test');
export const RESULTS = path.join(REPO, 'test-results');
/** The extension's own activation times, written by the integration suite, read by `npm run bench`. */
export const ACTIVATION_FILE = path.join(RESULTS, 'activation.json');

/** 4.100.3 (= VS Code 1.100.3) is the newest code-server that runs on Node 20. */
export const CODE_SERVER_VERSION = '4.100.3';
export const CODE_SERVER_DIR = path.join(CACHE, 'code-server');
export const CODE_SERVER_BIN = path.join(CODE_SERVER_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

/** The packaged extension, written by `npm run package`. */
export const VSIX = path.join(REPO, 'privacy-policy-linter.vsix');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
