// The JSON schema of .privacy-policy.json: the committed file is what the registry generates, the
// manifest points VS Code at it, and its keys and values are the ones the engine accepts.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { projectFileSchema } from '../../server/src/engine/configSchema';
import { analyze } from '../../server/src/engine';

const ROOT = path.join(__dirname, '..', '..', '..');

test('the committed schema is the generated one (npm run gen:schema), and the manifest contributes it', () => {
  const committed: unknown = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', 'privacy-policy.schema.json'), 'utf8'));
  assert.deepEqual(committed, projectFileSchema());
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes: { jsonValidation: unknown } };
  assert.deepEqual(pkg.contributes.jsonValidation, [{ fileMatch: '.privacy-policy.json', url: './schemas/privacy-policy.schema.json' }]);
});

test('every key and value the schema offers is accepted by the engine without a message', () => {
  const schema = projectFileSchema() as { properties: Record<string, { items?: { enum?: string[] }; propertyNames?: { enum: string[] } }> };
  const p = schema.properties;
  const file = {
    regimes: p.regimes.items!.enum,
    rules: Object.fromEntries(p.rules.propertyNames!.enum.map((id) => [id, 'warning'])),
    dpo: true,
    basis: p.basis.items!.enum,
    transfers: false,
    indirectSources: false,
    automatedDecisions: false,
    children: false,
    sells: false,
    organization: { name: 'Northwind Ltd', website: 'northwind.example.org', email: 'hello@northwind.example.org', privacyEmail: 'privacy@northwind.example.org', phone: '+44 20 7946 0000', address: '1 High Street, London' },
  };
  const r = analyze({ text: '# Privacy Policy\n', config: { projectFile: file } }).report;
  assert.deepEqual(r.configurationMessages, []);
});
