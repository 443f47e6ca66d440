// Writes snippets/privacy-policy.code-snippets from the clause library. The `.code-snippets`
// extension lets the manifest contribute it without a language: each snippet names its
// scopes (markdown, plaintext): "snippets": [{ "path": "./snippets/privacy-policy.code-snippets" }].
// Run with `npm run gen:snippets`; test/unit/clauses-library.test.ts fails when the file is stale.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allSnippetsFileContent } from '../server/src/engine/regimes';

const out = path.join(process.cwd(), 'snippets', 'privacy-policy.code-snippets');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, allSnippetsFileContent());
console.log(`Wrote ${path.relative(process.cwd(), out)}`);
