// Placeholders and template leftovers, at error severity, with fills from the declared details.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, ConfigSources, Finding } from '../../server/src/engine';

const NOW = new Date('2026-06-01T00:00:00Z');
const placeholders = (text: string, config: ConfigSources = {}): Finding[] =>
  analyze({ text, config: { now: NOW, ...config } }).report.findings.filter((f) => f.code === 'consistency/placeholder');

const spans = (text: string, fs: Finding[]) => fs.map((f) => text.slice(f.start, f.end));

test('blanks, bracketed and angle-bracket prompts, XXX, TBD, TODO, template variables', () => {
  const text = [
    '# Privacy Policy',
    '',
    'Last updated: <insert date>',
    '',
    '[Company Name] (“we”) is the controller. Write to us at _______@______ or call XXX.',
    '',
    'Retention period: TBD. TODO: check with IT. Our DPO is {{dpo_name}}.',
    '',
    'Registered office: ____________.',
  ].join('\n');
  const fs = placeholders(text);
  assert.deepEqual(spans(text, fs), ['<insert date>', '[Company Name]', '_______@______', 'XXX', 'TBD', 'TODO', '{{dpo_name}}', '____________']);
  assert.ok(fs.every((f) => f.severity === 'error'));
  assert.match(fs[2].message, /an e-mail address is missing/);
});

test('lorem ipsum, "[email protected]" and example.com addresses', () => {
  const text = '# Privacy Policy\n\nLorem ipsum dolor sit amet, consectetur adipiscing elit.\n\nE-mail us at [email protected] or privacy@example.com, or visit https://www.yourcompany.com/privacy.\n';
  const fs = placeholders(text);
  assert.deepEqual(spans(text, fs), ['Lorem ipsum dolor sit amet, consectetur adipiscing elit.', '[email protected]', 'privacy@example.com', 'https://www.yourcompany.com/privacy']);
  assert.match(fs[1].message, /address itself was lost when the text was copied/);
});

test('a placeholder is filled from the declared details (preferred) or from the text', () => {
  const text = '# Privacy Policy\n\n[Company Name] is the controller. Write to _______@______ or to privacy@brightfield.de.\n';
  const declared = placeholders(text, { projectFile: { organization: { name: 'Brightfield GmbH', privacyEmail: 'datenschutz@brightfield.de' } } });
  assert.equal(declared[0].fixes[0].edits[0].newText, 'Brightfield GmbH');
  assert.equal(declared[0].fixes[0].isPreferred, true);
  assert.equal(declared[1].fixes[0].edits[0].newText, 'datenschutz@brightfield.de');
  assert.deepEqual(declared[1].fixes[0].edits.map((e) => [e.start, e.end]), [[declared[1].start, declared[1].end]]);
  const fromText = placeholders(text);
  assert.equal(fromText[1].fixes[0].edits[0].newText, 'privacy@brightfield.de');
});

test('Markdown links, HTML, footnotes, horizontal rules, checkboxes and ordinary capitals are not placeholders', () => {
  const text = [
    '# Privacy Policy',
    '',
    'See [our cookie policy](https://brightfield.de/cookies) and [Contact][1].<br>',
    '',
    '___',
    '',
    '- [x] Analytics cookies',
    '- [ ] Marketing cookies',
    '',
    'The GDPR[^1] applies. We use <https://brightfield.de> and <b>bold</b>. Our XXL plan. Sizes M, L and XL.',
    '',
    'Labels read “Sponsored by ___” where a partner paid for content.',
    '',
    '[1]: https://brightfield.de/contact',
  ].join('\n');
  assert.deepEqual(spans(text, placeholders(text)), []);
});
