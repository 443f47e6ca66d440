// The Disclosures view's rows: icon and colour by state (the Problems panel's colour for the
// item's severity: a missing item is a warning, never error-red), the inline actions each state
// offers, and the manifest's menus that show them.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/src/engine';
import { toDisclosures } from '../../server/src/lsp/convert';
import { OPEN_ONLY_KEY, rowContext, rowIcon } from '../../client/src/disclosuresRows';
import type { ChecklistItem } from '../../server/src/protocol';

const ROOT = path.join(__dirname, '..', '..', '..');
const DRAFT = '# Privacy Policy\n\nShopCo Ltd, 1 High Street, London, is the controller.\n\n## What we collect\n\nWe collect your name and e-mail address to deliver your orders.\n\n## Contact us\n\nWrite to hello@shopco.example.\n';

function checklist(text: string, settings: Record<string, unknown> = {}): Map<string, ChecklistItem> {
  const doc = TextDocument.create('file:///w/privacy.md', 'markdown', 1, text);
  const analysis = analyze({ text, format: 'markdown', config: { settings } });
  return new Map(toDisclosures(doc, analysis).regimes.flatMap((r) => r.items).map((i) => [i.id, i]));
}

test('a missing item is a warning-coloured open circle with "insert the clause" and "waive"; not error-red', () => {
  const retention = checklist(DRAFT).get('gdpr/retention')!;
  assert.equal(retention.status, 'missing');
  assert.equal(retention.severity, 'warning');
  assert.deepEqual(rowIcon(retention), ['circle-large-outline', 'problemsWarningIcon.foreground']);
  assert.equal(rowContext(retention), 'disclosure;status=missing;clause;waivable;');
});

test('an undecided item is an information-coloured question with "answer" and "waive"', () => {
  const dpo = checklist(DRAFT).get('gdpr/dpo-contact')!;
  assert.equal(dpo.status, 'undecided');
  assert.equal(dpo.severity, 'information');
  assert.deepEqual(rowIcon(dpo), ['question', 'problemsInfoIcon.foreground']);
  assert.match(rowContext(dpo), /;question;/);
  assert.match(rowContext(dpo), /;waivable;/);
  assert.doesNotMatch(rowContext(dpo), /;clause;/); // its clause waits for the answer
});

test('disclosed items go to their evidence; decided and waived ones offer nothing more', () => {
  const items = checklist(`---\ndpo: false\n---\n${DRAFT}\n<!-- privacy-policy-disable gdpr/retention: a one-off survey, data deleted on the day -->\n`);
  const identity = items.get('gdpr/controller-identity')!;
  assert.equal(identity.status, 'disclosed');
  assert.deepEqual(rowIcon(identity), ['pass', 'testing.iconPassed']);
  assert.equal(rowContext(identity), 'disclosure;status=disclosed;evidence;');
  assert.equal(rowContext(items.get('gdpr/dpo-contact')!), 'disclosure;status=not-applicable;');
  assert.deepEqual(rowIcon(items.get('gdpr/dpo-contact')!), ['circle-slash', 'disabledForeground']);
  assert.equal(rowContext(items.get('gdpr/retention')!), 'disclosure;status=waived;');
});

test('a severity the rules setting raises is the colour the row takes', () => {
  const retention = checklist(DRAFT, { rules: { 'gdpr/retention': 'error' } }).get('gdpr/retention')!;
  assert.deepEqual(rowIcon(retention), ['circle-large-outline', 'problemsErrorIcon.foreground']);
});

test('the manifest shows each row action on exactly the rows that offer it, and toggles the open-items filter', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    contributes: { commands: Array<{ command: string; icon?: string }>; menus: Record<string, Array<{ command: string; when?: string; group?: string }>> };
  };
  const { commands, menus } = pkg.contributes;
  const ids = new Set(commands.map((c) => c.command));
  const inline = menus['view/item/context'].filter((m) => m.group?.startsWith('inline'));
  const items = [...checklist(DRAFT).values()];
  const flagOf = (cmd: string) => inline.find((m) => m.command === cmd)?.when?.match(/viewItem =~ \/(;[a-z]+;)\//)?.[1];
  const expected: Record<string, (i: ChecklistItem) => boolean> = {
    'privacyPolicy.disclosures.goToEvidence': (i) => i.evidence.length > 0,
    'privacyPolicy.disclosures.insertClause': (i) => i.status === 'missing' && !!i.hasClause,
    'privacyPolicy.disclosures.answer': (i) => !!i.hasQuestion,
    'privacyPolicy.disclosures.waive': (i) => i.status === 'missing' || i.status === 'undecided',
  };
  for (const [cmd, offers] of Object.entries(expected)) {
    assert.ok(ids.has(cmd), `${cmd} is contributed`);
    assert.ok(commands.find((c) => c.command === cmd)?.icon, `${cmd} has an icon for the inline button`);
    const flag = flagOf(cmd);
    assert.ok(flag, `${cmd} is an inline action`);
    for (const i of items) assert.equal(rowContext(i).includes(flag), offers(i), `${cmd} on ${i.id} (${i.status})`);
    assert.ok(items.some(offers), `${cmd} is offered somewhere in the sample draft`);
  }
  const title = menus['view/title'];
  assert.ok(title.some((m) => m.command === 'privacyPolicy.disclosures.showOpenOnly' && m.when?.includes(`!${OPEN_ONLY_KEY}`)));
  assert.ok(title.some((m) => m.command === 'privacyPolicy.disclosures.showAll' && m.when?.includes(` ${OPEN_ONLY_KEY}`)));
});
