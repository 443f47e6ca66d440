// Writes schemas/privacy-policy.schema.json, the JSON schema of `.privacy-policy.json` (completion
// and validation in VS Code through contributes.jsonValidation), from the rule registry, so that the
// rule ids and regimes it offers are exactly the engine's. A unit test checks that the committed file
// is what this script generates: `npm run gen:schema` after adding a rule.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { projectFileSchema } from '../server/src/engine/configSchema';

const out = path.join(__dirname, '..', 'schemas', 'privacy-policy.schema.json');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, `${JSON.stringify(projectFileSchema(), null, 2)}\n`);
console.log(`Wrote ${path.relative(process.cwd(), out)}`);
