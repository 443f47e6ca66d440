// Writes docs/rules/<family>/<name>.md, one page per rule, from the registry and the rules'
// explanations (server/src/engine/features/ruleDocs.ts). A diagnostic's code links to its page.
// Run with `npm run gen:rule-docs`; test/unit/messages-explanations.test.ts fails when a page is stale.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRuleDocs } from '../server/src/engine/features/ruleDocs';

const root = path.join(process.cwd(), 'docs', 'rules');
fs.rmSync(root, { recursive: true, force: true });
const pages = allRuleDocs();
for (const p of pages) {
  const out = path.join(root, p.path);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, p.content);
}
console.log(`Wrote ${pages.length} pages under ${path.relative(process.cwd(), root)}`);
