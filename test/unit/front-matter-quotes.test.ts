// Front matter values as a drafter writes them: quoted names with '#' and commas, and input built
// to break a parser (deep nesting).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/engine';
import { parseFrontMatter } from '../../server/src/engine/model/frontMatter';

test('a quoted value keeps its "#" and commas; a comment after it is still a comment', () => {
  const { data, problems } = parseFrontMatter(['name: "Acme #1 GmbH"   # the legal name', "aliases: ['Acme, Inc.', \"Acme #1\", plain]", 'site: example.org # ours'].join('\n'));
  assert.deepEqual(problems, []);
  assert.equal(data.name, 'Acme #1 GmbH');
  assert.deepEqual(data.aliases, ['Acme, Inc.', 'Acme #1', 'plain']);
  assert.equal(data.site, 'example.org');
});

test('5,000 nested brackets neither overflow the stack nor hide the draft', () => {
  const text = `---\ndpo: ${'['.repeat(5000)}\n---\n# Privacy Policy\n\nNorthwind Ltd is the controller.\n`;
  const r = analyze({ text, format: 'markdown' }).report;
  assert.equal(r.disclosures.length > 0, true, 'the draft is still checked');
  assert.ok(r.configurationMessages.some((m) => /"dpo" must be true or false/.test(m)), r.configurationMessages.join('\n'));
  const deep = `---\ndpo: ${'['.repeat(5000)}${']'.repeat(5000)}\n---\n# Privacy Policy\n`;
  assert.ok(analyze({ text: deep, format: 'markdown' }).report.disclosures.length > 0);
});
