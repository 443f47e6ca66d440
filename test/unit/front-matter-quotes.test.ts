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
  const a = analyze({ text, format: 'markdown' });
  const r = a.report;
  assert.equal(r.disclosures.length > 0, true, 'the draft is still checked');
  const found = r.findings.filter((f) => f.code === 'meta/front-matter');
  assert.deepEqual(found.map((f) => [f.line, f.message]), [[1, 'The value of "dpo" is nested more than 16 levels deep, far deeper than any processing profile; it was not read.']]);
  assert.equal(a.options.profile.dpo, undefined, 'the unread value decides nothing');
  const deep = `---\ndpo: ${'['.repeat(5000)}${']'.repeat(5000)}\n---\n# Privacy Policy\n`;
  assert.ok(analyze({ text: deep, format: 'markdown' }).report.disclosures.length > 0);
});
