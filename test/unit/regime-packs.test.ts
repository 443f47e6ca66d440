// The registry of regime packs: each pack is a whole law, coherent on its own, and the rest of the
// product knows laws only through the registry.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, ALL_REGIMES, buildDocumentModel, catalogFor, getRule, PACKS, packById, regimeLabel } from '../../server/src/engine';
import { headingScopes } from '../../server/src/engine/rules/framework/scope';

test('every pack has its id, label, title, summary and link, and its items live in its namespace', () => {
  assert.deepEqual(ALL_REGIMES, PACKS.map((p) => p.id));
  assert.equal(new Set(PACKS.map((p) => p.label)).size, PACKS.length, 'labels are distinct');
  for (const p of PACKS) {
    assert.match(p.id, /^[a-z][a-z-]*$/);
    assert.ok(p.label && p.title && p.summary, `${p.id} names its law`);
    assert.match(p.docUrl, /^https:\/\//, `${p.id} links to the official text`);
    assert.ok(p.catalog.length > 0, `${p.id} has catalog items`);
    for (const r of p.catalog) {
      assert.ok(r.id.startsWith(`${p.id}/`), `${r.id} is in the ${p.id}/ namespace`);
      assert.equal(r.family, p.id);
      assert.equal(getRule(r.id), r, `${r.id} is in the rule registry`);
    }
    for (const c of p.checks ?? []) assert.ok(c.id.startsWith(`${p.id}/`), `${c.id} is in the ${p.id}/ namespace`);
    assert.deepEqual(catalogFor(p.id), p.catalog);
    assert.equal(packById(p.id), p);
    assert.equal(regimeLabel(p.id), p.label);
  }
});

test("a pack's clauses disclose its own items, and its snippets carry its prefix", () => {
  for (const p of PACKS) {
    const ids = new Set(p.catalog.map((r) => r.id));
    for (const c of p.clauses) {
      // A clause may also serve another law's item (the CCPA's "last updated" is CalOPPA's effective date).
      // A section clause (the EU representative) discloses no item; every other one discloses one of its own.
      assert.ok(c.satisfies.length === 0 || c.satisfies.some((id) => ids.has(id)), `${c.id} discloses an item of ${p.id}`);
      for (const id of c.satisfies) assert.ok(getRule(id), `${c.id} satisfies ${id}, a known item`);
      if (c.prefix) assert.ok(c.prefix.startsWith(`pp-${p.id}-`), `${c.prefix} starts with pp-${p.id}-`);
    }
  }
});

test("the scope module recognises every pack's scope words as addressing the pack's readers", () => {
  const wrong: string[] = [];
  for (const p of PACKS) {
    for (const word of p.scopeWords) {
      const doc = buildDocumentModel(`# Privacy notice\n\nWe explain our processing.\n\n## Information for ${word} residents\n\nThe rights below apply.\n`, 'markdown');
      const scope = headingScopes(doc)[2];
      if (scope !== p.audience) wrong.push(`${p.id}: "${word}" scopes a heading as ${scope}, not ${p.audience}`);
    }
  }
  assert.deepEqual(wrong, []);
});

test('a pack that is off is offered where the text shows its law applies, and only then', () => {
  const quiet = analyze({ text: '# Privacy notice\n\nWe run a bakery and keep order records.\n', config: { settings: { regimes: ['gdpr'] } } }).report;
  assert.deepEqual(quiet.findings.filter((f) => f.code === 'meta/regime-suggestion'), []);
  for (const p of PACKS) {
    if (!p.suggestion) continue;
    const others = ALL_REGIMES.filter((r) => r !== p.id);
    // The pack's own suggestion fires on its signal when it is off, never when it is on.
    const offered = (regimes: string[], text: string) =>
      analyze({ text, config: { settings: { regimes } } }).report.findings.some((f) => f.code === 'meta/regime-suggestion' && f.fixes[0]?.command?.args[0] === p.id);
    const text = `# Privacy notice\n\n${SIGNAL_SENTENCES[p.id] ?? ''}\n`;
    assert.ok(SIGNAL_SENTENCES[p.id], `a signal sentence is written for ${p.id}`);
    assert.equal(offered(others, text), true, `${p.id} is offered`);
    assert.equal(offered(ALL_REGIMES.slice(), text), false, `${p.id} is not offered when on`);
  }
});

/** One sentence per pack that shows its law applies, in our own words. */
const SIGNAL_SENTENCES: Record<string, string> = {
  gdpr: 'Under the GDPR, you may ask us for a copy of your data.',
  ccpa: 'California residents have the right to know what we collect.',
  caloppa: 'We comply with the California Online Privacy Protection Act.',
  coppa: 'We do not knowingly collect data from children under 13.',
  'uk-gdpr': 'You may complain to the Information Commissioner’s Office (ICO).',
  'us-states': 'If you live in Virginia, Colorado or Connecticut, you have the rights described below.',
};
