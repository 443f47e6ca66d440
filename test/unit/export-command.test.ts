// Where "Export Disclosure Report" is offered: the palette, the Disclosures view's title bar and the
// walkthrough's last step, all one command (the client picks the draft; see client/src/exportReport.ts).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { reportPathFor } from '../../server/src/engine/report/marker';

const ROOT = path.join(__dirname, '..', '..', '..');
interface Manifest {
  contributes: {
    commands: Array<{ command: string; icon?: string }>;
    menus: Record<string, Array<{ command: string; when?: string; group?: string }>>;
    walkthroughs: Array<{ steps: Array<{ id: string; description: string; completionEvents?: string[] }> }>;
  };
}
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;

test('the export command is in the palette, on the Disclosures view\'s title bar with an icon, and in the walkthrough', () => {
  const { commands, menus, walkthroughs } = manifest.contributes;
  const cmd = commands.find((c) => c.command === 'privacyPolicy.exportReport');
  assert.ok(cmd, 'a contributed command');
  assert.ok(cmd.icon, 'an icon for the title bar');
  assert.ok(!(menus.commandPalette ?? []).some((m) => m.command === cmd.command && m.when === 'false'), 'not hidden from the palette');
  const title = (menus['view/title'] ?? []).find((m) => m.command === cmd.command);
  assert.ok(title, 'a view/title entry');
  assert.equal(title.when, 'view == privacyPolicy.disclosures');
  assert.equal(title.group, 'navigation', 'shown as a button, not in the … menu');
  const step = walkthroughs[0].steps.find((s) => s.description.includes('(command:privacyPolicy.exportReport)'));
  assert.ok(step, 'a walkthrough step links the command');
  assert.deepEqual(step.completionEvents, ['onCommand:privacyPolicy.exportReport']);
});

test('the report is saved beside the draft as <draft>.report.md, never over the draft', () => {
  assert.equal(reportPathFor('/w/drafts/privacy.md'), '/w/drafts/privacy.report.md');
  assert.equal(reportPathFor('/w/drafts/acme.policy.md'), '/w/drafts/acme.policy.report.md');
  assert.equal(reportPathFor('/w/privacy-policy.txt'), '/w/privacy-policy.report.md');
  assert.equal(reportPathFor('/w/PRIVACY'), '/w/PRIVACY.report.md');
  assert.equal(reportPathFor('/w/.privacy'), '/w/.privacy.report.md', 'a dot file keeps its name');
  // A draft that is itself named like a report gets a report of its own, not itself.
  assert.equal(reportPathFor('/w/x.report.md'), '/w/x.report.report.md');
  for (const p of ['/w/', '', '/w/..']) assert.equal(reportPathFor(p), undefined, p);
});
