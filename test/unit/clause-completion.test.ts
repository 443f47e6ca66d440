// Clause completion: typing `pp-` (or asking on an empty line) offers the clauses, the draft's
// missing required items first, its own laws before the others, filled with its own details.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, clauseCompletions, completionStart } from '../../server/src/engine';
import { expandSnippet } from '../../server/src/engine/clauses/template';

const GDPR_DRAFT = [
  '# Privacy Policy',
  '',
  'Northwind Ltd ("Northwind", "we", "us") sells tea at northwind.example.',
  '',
  '## Your rights',
  '',
  'You may ask us for a copy of the personal data we hold about you.',
  '',
  '## Contact us',
  '',
  'Write to privacy@northwind.example.',
  '',
  'pp-',
].join('\n');

const sorted = <T extends { sortText: string }>(items: T[]): T[] => [...items].sort((a, b) => (a.sortText < b.sortText ? -1 : a.sortText > b.sortText ? 1 : 0));

test('after "pp-": the missing required GDPR items first, then the rest of GDPR, CCPA and the other laws last', () => {
  const a = analyze({ text: GDPR_DRAFT });
  const c = clauseCompletions(a, GDPR_DRAFT.length, false)!;
  assert.ok(c, 'suggestions after pp-');
  assert.equal(GDPR_DRAFT.slice(c.start, c.end), 'pp-', 'the typed prefix is replaced');
  const items = sorted(c.items);
  const missing = a.report.disclosures.filter((d) => d.status === 'missing' && d.required === 'always' && d.id.startsWith('gdpr/')).map((d) => d.id.slice(5));
  assert.ok(missing.includes('retention') && missing.length >= 5);
  const head = items.slice(0, missing.length);
  for (const i of head) assert.equal(i.state, 'missing', `${i.label} among the first ${missing.length}`);
  assert.ok(head.some((i) => i.label === 'pp-gdpr-retention'));
  // The disclosed right of access comes after every missing item; no CCPA clause before the last GDPR one.
  const rank = (label: string) => items.findIndex((i) => i.label === label);
  assert.ok(rank('pp-gdpr-access') > rank('pp-gdpr-retention'));
  const lastGdpr = Math.max(...items.map((i, k) => (i.label.startsWith('pp-gdpr-') ? k : -1)));
  const firstCcpa = items.findIndex((i) => i.label.startsWith('pp-ccpa-'));
  assert.ok(firstCcpa > lastGdpr, `CCPA first at ${firstCcpa}, GDPR last at ${lastGdpr}`);
  assert.equal(items[firstCcpa].state, 'other-law');
  assert.match(items.find((i) => i.label === 'pp-gdpr-retention')!.detail, /^GDPR: missing/);
});

test('a CCPA draft: CCPA’s missing items first, GDPR after them', () => {
  const text = '# Privacy Policy\n\nWe sell tea.\n\npp-';
  const a = analyze({ text, config: { settings: { regimes: ['ccpa'] } } });
  const items = sorted(clauseCompletions(a, text.length, false)!.items);
  assert.ok(items[0].label.startsWith('pp-ccpa-'), items[0].label);
  assert.equal(items[0].state, 'missing');
  assert.ok(items.findIndex((i) => i.label.startsWith('pp-gdpr-')) > items.findIndex((i) => i.label.startsWith('pp-ccpa-')));
});

test('the suggestion inserts what the quick fix inserts: the draft’s own e-mail filled, blanks as tab stops', () => {
  const text = GDPR_DRAFT.replace('## Contact us\n\nWrite to privacy@northwind.example.', 'Questions: privacy@northwind.example.');
  const a = analyze({ text });
  const items = clauseCompletions(a, text.length, false)!.items;
  const transfers = items.find((i) => i.label === 'pp-gdpr-transfers')!;
  const { text: expanded, stops } = expandSnippet(transfers.snippet);
  assert.match(expanded, /available from us at privacy@northwind\.example\./);
  assert.ok(expanded.startsWith('We transfer personal data to [country or countries]'));
  assert.equal(expanded.slice(stops.get(1)!.start, stops.get(1)!.end), '[country or countries]');
});

test('section suggestions get a heading in the draft’s style and case', () => {
  const a = analyze({ text: GDPR_DRAFT });
  const rights = clauseCompletions(a, GDPR_DRAFT.length, false)!.items.find((i) => i.label === 'pp-section-rights')!;
  assert.match(expandSnippet(rights.snippet).text, /^## Your rights\n\n/);
  assert.equal(rights.title, 'Your rights');
});

test('where suggestions are offered: after pp- (also in a list item), on an empty line only when asked; never mid-sentence', () => {
  const t = 'Intro text here.\n- pp-gd\n\nWe keep data - for a while\n';
  assert.equal(completionStart(t, t.indexOf('pp-gd') + 5, false), t.indexOf('pp-gd'));
  const dash = t.indexOf(' - for') + 2;
  assert.equal(completionStart(t, dash, false), undefined, 'a dash in a sentence');
  const empty = t.indexOf('\n\n') + 1;
  assert.equal(completionStart(t, empty, false), undefined, 'an empty line and a typed character: nothing');
  assert.equal(completionStart(t, empty, true), empty, 'an empty line when the drafter asks');
  assert.equal(completionStart(t, 5, true), undefined, 'asked mid-line: nothing');
  assert.equal(completionStart('x'.repeat(200) + 'pp-', 203, false), undefined, 'a very long line is no bare prefix');
  assert.equal(completionStart(t, 1e9, true), undefined);
});

test('asked on an empty line under a heading: that section’s clauses first (the rights under "Your rights"), missing ones leading', () => {
  const text = GDPR_DRAFT.replace('\npp-', '');
  const at = text.indexOf('## Your rights\n\n') + '## Your rights\n\n'.length;
  const withLine = `${text.slice(0, at)}\n${text.slice(at)}`; // an empty line right under the heading
  const a = analyze({ text: withLine });
  const items = sorted(clauseCompletions(a, at, true)!.items);
  const rights = ['pp-gdpr-rectification', 'pp-gdpr-erasure', 'pp-gdpr-restriction', 'pp-gdpr-portability', 'pp-gdpr-complaint'];
  for (const r of rights) assert.ok(items.findIndex((i) => i.label === r) < items.findIndex((i) => i.label === 'pp-gdpr-retention'), `${r} before retention under "Your rights"`);
  assert.equal(items[0].state, 'missing');
  assert.ok(items[0].label.startsWith('pp-gdpr-') && rights.includes(items[0].label), items[0].label);
  // Under the contact section, the contact clause leads; after a typed pp- the heading plays no part.
  const contactAt = withLine.indexOf('Write to privacy');
  const contactText = `${withLine.slice(0, contactAt)}\n${withLine.slice(contactAt)}`;
  const c = sorted(clauseCompletions(analyze({ text: contactText }), contactAt, true)!.items);
  const rank = (l: string) => c.findIndex((i) => i.label === l);
  assert.ok(rank('pp-gdpr-contact') < rank('pp-gdpr-retention'), 'the (disclosed) contact clause before the missing retention clause under "Contact us"');
});
