// Writes snippets/privacy-policy.code-snippets.json from the clause library.
// Run with `npm run gen:snippets`; test/unit/clauses-snippets.test.ts fails when the file is stale.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { snippetsFileContent } from '../server/src/engine/clauses/snippets';

const out = path.join(process.cwd(), 'snippets', 'privacy-policy.code-snippets.json');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, snippetsFileContent());
console.log(`Wrote ${path.relative(process.cwd(), out)}`);
