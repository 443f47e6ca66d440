// One-line messages and their explanations elsewhere (issue #16, "Messages"): a diagnostic's
// message is a margin note of about 160 characters that names what is missing or wrong and the
// article; the why, what to add and an example are in the hover over it, the rule's page, the
// CLI's --verbose text and SARIF's fullDescription.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRuleDocs, ALL_REGIMES, analyze, catalogFor, explanationText, hoverAt, packById, ruleExplanation } from '../../server/src/engine';
import type { Finding } from '../../server/src/engine';
import { shortRef } from '../../server/src/engine/law/legalRefs';
import { formatSarif, formatText } from '../../server/src/cli/formats';
import { findingsHoverAt } from '../../server/src/engine/features/explanation';
import { ruleDocHref, setRuleDocsBase } from '../../server/src/lsp/convert';

const ROOT = path.join(__dirname, '..', '..', '..');
const NOW = new Date('2026-12-01T12:00:00Z');
const ALL = { settings: { regimes: [...ALL_REGIMES] } };

function read(dir: string, filter: (name: string) => boolean): Array<{ name: string; text: string }> {
  return fs.readdirSync(dir).filter(filter).sort().map((name) => ({ name, text: fs.readFileSync(path.join(dir, name), 'utf8') }));
}
const SEEDS = read(path.join(ROOT, 'test', 'fixtures', 'seeds'), (n) => n.endsWith('.txt'));
/** The project's own drafts: the example a user opens first and the editor suites' drafts. */
const DRAFTS = [...read(path.join(ROOT, 'examples'), (n) => /\.(md|txt)$/.test(n)), ...read(path.join(ROOT, 'test', 'vscode', 'fixtures'), (n) => /\.(md|txt)$/.test(n))];

function findingsOf(docs: Array<{ text: string }>): Finding[] {
  return docs.flatMap((d) => analyze({ text: d.text, config: { ...ALL, now: NOW } }).report.findings);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** Abbreviations in cites and Latin that end with a period inside a sentence. */
const ABBREVIATIONS = /\b(Art|Arts|Cal|Civ|Bus|Prof|Conn|Gen|Stat|Minn|Va|Tex|Com|Md|subd|No|para|e\.g|i\.e|U\.S|P\.A|s)\./g;

function oneSentence(message: string): boolean {
  const bare = message.replace(ABBREVIATIONS, '$1').replace(/“[^”]*”|"[^"]*"/g, 'Q');
  return !/[.!?]\s+[A-Z]/.test(bare);
}

for (const [name, docs] of [['the five seeds', SEEDS], ['the project drafts (examples/, test/vscode/fixtures/)', DRAFTS]] as const) {
  test(`messages on ${name}, every law on: median at most 160 characters, none over 300, one sentence each`, (t) => {
    assert.ok(docs.length > 0, `${name} were read`);
    const fs = findingsOf(docs);
    assert.ok(fs.length > 20, `${fs.length} findings`);
    const lengths = fs.map((f) => f.message.length);
    const longest = fs.reduce((a, b) => (b.message.length > a.message.length ? b : a));
    t.diagnostic(`${name}: ${fs.length} findings, median ${median(lengths)} characters, longest ${longest.message.length} (${longest.code})`);
    assert.ok(median(lengths) <= 160, `median ${median(lengths)}`);
    for (const f of fs) {
      assert.ok(f.message.length <= 300, `${f.code}: ${f.message.length} characters: ${f.message}`);
      assert.ok(oneSentence(f.message), `${f.code} is one sentence: ${f.message}`);
      assert.ok(!/[\r\n]/.test(f.message), `${f.code} is on one line`);
    }
  });
}

test('every catalog item of every law has its one-line message, and the message of a missing item names its article', () => {
  for (const regime of ALL_REGIMES) {
    const pack = packById(regime)!;
    const names = catalogFor(regime).map((r) => r.id.slice(regime.length + 1));
    assert.deepEqual(Object.keys(pack.messages ?? {}).sort(), [...names].sort(), `${regime}: one message per item, no stray ones`);
  }
  // An empty draft misses every item that is always required.
  const r = analyze({ text: '# Privacy Policy\n\nWe care about your privacy.\n', config: { ...ALL, now: NOW } }).report;
  const missing = r.findings.filter((f) => r.disclosures.some((d) => d.id === f.code && d.status === 'missing'));
  assert.ok(missing.length > 40, `${missing.length} missing items`);
  for (const f of missing) {
    const rule = catalogFor(f.code.slice(0, f.code.indexOf('/'))).find((x) => x.id === f.code)!;
    assert.ok(f.message.includes(`(${shortRef(rule.refs)})`), `${f.code} cites ${shortRef(rule.refs)}: ${f.message}`);
    assert.ok(f.message.length <= 170, `${f.code}: ${f.message}`);
  }
});

test('a missing right names both the information duty and the right’s own article; retention the example’s wording', () => {
  const r = analyze({ text: '# Privacy Policy\n\n## Your rights\n\nYou may ask us for a copy of your data.\n', config: { settings: { regimes: ['gdpr'] }, now: NOW } }).report;
  const msg = (id: string) => r.findings.find((f) => f.code === id)!.message;
  assert.equal(msg('gdpr/right-erasure'), 'Right to erasure not mentioned: tell people they may have their data erased (GDPR Art. 13(2)(b), Art. 17).');
  assert.equal(msg('gdpr/retention'), 'No retention period: say how long data are kept or the criteria (GDPR Art. 13(2)(a)).');
});

test('an undecided item says on what it depends, and what to do, in one line', () => {
  const r = analyze({ text: '# Privacy Policy\n\nWe use your e-mail address to send you receipts.\n', config: { settings: { regimes: ['gdpr', 'ccpa'] }, now: NOW } }).report;
  const msg = (id: string) => r.findings.find((f) => f.code === id)!.message;
  // A condition too long for the line stays in the explanation (the hover, --verbose).
  assert.equal(msg('gdpr/dpo-contact'), 'Possibly required: contact details of the data protection officer (GDPR Art. 13(1)(b), Art. 37); add it, or declare it does not apply.');
  assert.match(msg('gdpr/right-withdraw-consent'), /^Possibly required if processing relies on consent: right to withdraw consent \(GDPR Art\. 13\(2\)\(c\), Art\. 7\(3\)\)/);
  assert.match(msg('ccpa/right-opt-out'), /^Possibly required if personal information is sold or shared: .*\(CCPA § 1798\.120\)/);
});

test('an insufficient item says what falls short and cites the article; the quote of a long blank is clipped', () => {
  const long = '[the retention period of each category of personal data, which the legal team will confirm after the audit]';
  const text = `# Privacy notice\n\nNorthwind Analytics Ltd is the controller.\n\n## How long we keep data\n\nWe keep your account data until you close your account, and for ${long} after that.\n`;
  const f = analyze({ text, config: { settings: { regimes: ['gdpr'] }, now: NOW } }).report.findings.find((x) => x.code === 'gdpr/retention')!;
  assert.equal(text.slice(f.start, f.end), long, 'the finding sits on the whole blank');
  assert.match(f.message, /^Fill in the blank “\[the retention period of each category…”: until it is filled, the text does not disclose this \(GDPR Art\. 13\(2\)\(a\)\)\.$/);
  const vague = analyze({ text: '# Privacy notice\n\nNorthwind Analytics Ltd is the controller.\n\nWe keep your data only as long as necessary.\n', config: { settings: { regimes: ['gdpr'] }, now: NOW } }).report;
  assert.equal(vague.findings.find((x) => x.code === 'gdpr/retention')!.message, 'Retention "as long as necessary" alone is not enough (WP260): give the period, or the criteria that decide it (GDPR Art. 13(2)(a)).');
});

test('the why moved from the message into the explanation: the stale date and the Working Party', () => {
  const text = '# Privacy Policy\n\nLast updated: 1 March 2023\n\nWe follow the guidance of the Article 29 Working Party.\n';
  const r = analyze({ text, config: { settings: { regimes: ['gdpr', 'ccpa'] }, now: NOW } }).report;
  const stale = r.findings.find((f) => f.code === 'consistency/stale-date')!;
  assert.ok(stale.message.length <= 160, stale.message);
  assert.match(ruleExplanation('consistency/stale-date')!.why, /change the date to the date of the review/);
  const wp = r.findings.find((f) => f.code === 'consistency/outdated-reference')!;
  assert.match(wp.message, /European Data Protection Board \(EDPB, Art\. 68 GDPR\)/);
  assert.match(ruleExplanation('consistency/outdated-reference')!.why, /6 October 2015 \(Schrems I\).*16 July 2020 \(Schrems II\)/);
});

test('the hover over a missing item’s heading explains it: why, what to add, the example clause and its snippet', () => {
  const text = '# Privacy Policy\n\n## How long we keep data\n\nWe care about your data.\n';
  const a = analyze({ text, config: { settings: { regimes: ['gdpr'] }, now: NOW } });
  const f = a.report.findings.find((x) => x.code === 'gdpr/retention')!;
  assert.equal(text.slice(f.start, f.end), 'How long we keep data');
  const h = hoverAt(a, f.start + 2)!;
  assert.ok(h, 'a hover over the finding');
  assert.match(h.markdown, /^\*\*Storage period\*\* — GDPR Art\. 13\(2\)\(a\), Art\. 14\(2\)\(a\) `gdpr\/retention`/);
  assert.ok(h.markdown.includes(ruleExplanation('gdpr/retention')!.why), 'why');
  assert.match(h.markdown, /\*What to add:\* State how long each category of data is kept/);
  assert.match(h.markdown, /\*Example\* \(snippet `pp-gdpr-retention`\):\n\n> We keep personal data .*\[retention period/);
  assert.ok(h.start <= f.start + 2 && f.start + 2 < h.end);
  // The message stays short: the long text is only here.
  assert.ok(f.message.length < 100 && !f.message.includes('WP260'));
});

test('a heading that anchors many items explains the first three in full and names the others', () => {
  const text = '# Privacy Policy\n\nWe care about your data.\n';
  const a = analyze({ text, config: { settings: { regimes: ['gdpr'] }, now: NOW } });
  const here = a.report.findings.filter((f) => f.start === 2);
  assert.ok(here.length > 3, `${here.length} findings on the title`);
  const h = hoverAt(a, 3)!;
  assert.equal((h.markdown.match(/^\*\*[^*\n]+\*\* — /gm) ?? []).length, 3, 'three explanations in full');
  assert.match(h.markdown, /Also here: \*\*/);
  for (const f of here) assert.ok(h.markdown.includes(`\`${f.code}\``), `${f.code} is named`);
});

test('over a wrong article, the hover explains the finding first, then the article cited', () => {
  const text = '# Privacy Policy\n\nLast updated: 1 May 2026\n\n## Your rights\n\n- Right to erasure (Art. 16 GDPR): you may ask us to delete your data.\n';
  const a = analyze({ text, config: { settings: { regimes: ['gdpr'] }, now: NOW } });
  const h = hoverAt(a, text.indexOf('Art. 16') + 2)!;
  assert.match(h.markdown, /^\*\*Article cited for the wrong subject\*\*/);
  assert.match(h.markdown, /---\n\n\*\*Art\. 16 GDPR — Right to rectification\*\*/);
});

test('--verbose text prints the explanation under a rule’s first finding, and points back to it after', () => {
  const text = '# Privacy Policy\n\nWrite to ____ or ______ with questions.\n';
  const report = analyze({ text, config: { settings: { regimes: ['gdpr'] }, now: NOW } }).report;
  const plain = formatText([{ path: 'draft.md', text, report }]);
  const verbose = formatText([{ path: 'draft.md', text, report }], true).split('\n');
  assert.ok(!plain.includes('Why:'), 'plain text has no explanation');
  const first = verbose.findIndex((l) => l.includes(' consistency/placeholder '));
  assert.equal(verbose[first + 1], '    Placeholder or template leftover (GDPR Art. 12(1)).');
  assert.match(verbose[first + 2], /^ {4}Why: A published policy must be complete/);
  const second = verbose.findIndex((l, i) => i > first && l.includes(' consistency/placeholder '));
  assert.equal(verbose[second + 1], '    (consistency/placeholder: explained above)');
  const retention = verbose.findIndex((l) => l.includes(' gdpr/retention '));
  assert.match(verbose.slice(retention + 1, retention + 6).join('\n'), /What to add: State how long[\s\S]*Example \(snippet pp-gdpr-retention\): We keep personal data/);
});

test('SARIF: message.text is the one-line message, fullDescription and help the explanation', () => {
  const text = '# Privacy Policy\n\nWe care about your data.\n';
  const report = analyze({ text, config: { settings: { regimes: ['gdpr'] }, now: NOW } }).report;
  const log = JSON.parse(formatSarif([{ path: 'draft.md', text, report }], ROOT)) as { runs: Array<{ tool: { driver: { rules: Array<{ id: string; fullDescription: { text: string }; help: { text: string; markdown: string } }> } }; results: Array<{ ruleId: string; message: { text: string } }> }> };
  const run = log.runs[0];
  const rule = run.tool.driver.rules.find((r) => r.id === 'gdpr/retention')!;
  assert.equal(rule.fullDescription.text, explanationText(ruleExplanation('gdpr/retention')!));
  assert.match(rule.fullDescription.text, /What to add: .*Example/s);
  assert.match(rule.help.markdown, /\*What to add:\*/);
  const result = run.results.find((r) => r.ruleId === 'gdpr/retention')!;
  assert.equal(result.message.text, report.findings.find((f) => f.code === 'gdpr/retention')!.message);
  assert.ok(result.message.text.length < rule.fullDescription.text.length / 3);
});

test('codeDescription: the rule’s page in the extension when the client says where, else the law; every page is up to date', () => {
  setRuleDocsBase(undefined);
  assert.equal(ruleDocHref('gdpr/retention', 'https://law.example/art13'), 'https://law.example/art13');
  setRuleDocsBase('file:///home/me/.vscode/extensions/ppl-0.1.0/docs/rules/');
  assert.equal(ruleDocHref('gdpr/retention', 'https://law.example/art13'), 'file:///home/me/.vscode/extensions/ppl-0.1.0/docs/rules/gdpr/retention.md');
  setRuleDocsBase('not a uri');
  assert.equal(ruleDocHref('gdpr/retention', 'https://law.example/art13'), 'https://law.example/art13', 'a malformed base is ignored');
  setRuleDocsBase(undefined);
  // The committed pages are the generated ones (npm run gen:rule-docs), one per rule.
  const pages = allRuleDocs();
  assert.ok(pages.length > 90);
  for (const p of pages) {
    const file = path.join(ROOT, 'docs', 'rules', p.path);
    assert.ok(fs.existsSync(file), `${p.path} exists (run npm run gen:rule-docs)`);
    assert.equal(fs.readFileSync(file, 'utf8'), p.content, `${p.path} is up to date (run npm run gen:rule-docs)`);
  }
  const retention = pages.find((p) => p.path === 'gdpr/retention.md')!.content;
  assert.match(retention, /^# Storage period\n/);
  assert.match(retention, /the checker says: “No retention period: say how long data are kept or the criteria \(GDPR Art\. 13\(2\)\(a\)\)\.”/);
  assert.match(retention, /## What to add\n\nState how long/);
});

test('the hover and --verbose say why an undecided item may be required, and how to settle it', () => {
  const text = '# Privacy Policy\n\nWe use your e-mail address to send you receipts.\n';
  const a = analyze({ text, config: { settings: { regimes: ['gdpr'] }, now: NOW } });
  const f = a.report.findings.find((x) => x.code === 'gdpr/dpo-contact')!;
  assert.equal(f.severity, 'information');
  // (The title anchors many items; the hover of this one finding alone:)
  const h = findingsHoverAt([f], f.start + 1, a.report.disclosures)!;
  assert.match(h.markdown, /\*Required only if a data protection officer is designated \(Art\. 37\)\. If it does not apply, declare that in the processing profile/);
  const verbose = formatText([{ path: 'draft.md', text, report: a.report }], true);
  assert.match(verbose, /\n {4}Required only if a data protection officer is designated \(Art\. 37\)\. If it does not apply/);
});

test('over a heading with warnings and undecided items, the warnings are explained first', () => {
  const text = '# Privacy Policy\n\nWe care about your data.\n';
  const a = analyze({ text, config: { settings: { regimes: ['gdpr'] }, now: NOW } });
  const h = hoverAt(a, 3)!;
  const first = /`([a-z-]+\/[a-z-]+)`/.exec(h.markdown)![1];
  assert.equal(a.report.findings.find((f) => f.code === first && f.start === 2)!.severity, 'warning', first);
});
