// Writes schemas/privacy-policy.schema.json, the JSON schema of `.privacy-policy.json` (completion
// and validation in VS Code through contributes.jsonValidation), from the rule registry, so that the
// rule ids and regimes it offers are exactly the engine's. A unit test checks that the committed file
// is what this script generates: `npm run gen:schema` after adding a rule.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { projectFileSchema, regimesSettingItems } from '../server/src/engine/configSchema';

const root = path.join(__dirname, '..');
const out = path.join(root, 'schemas', 'privacy-policy.schema.json');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, `${JSON.stringify(projectFileSchema(), null, 2)}\n`);
console.log(`Wrote ${path.relative(process.cwd(), out)}`);

// The manifest's privacyPolicy.regimes setting lists the registry's packs, in its order.
const manifestPath = path.join(root, 'package.json');
// Only the part this script writes is typed; everything else is kept as read.
interface Manifest {
  contributes: { configuration: { properties: Record<string, { items?: unknown }> } };
}
const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as Manifest;
manifest.contributes.configuration.properties['privacyPolicy.regimes'].items = regimesSettingItems();
fs.writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`Updated the regimes setting in ${path.relative(process.cwd(), manifestPath)}`);
