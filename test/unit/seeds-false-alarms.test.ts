// The two seed false alarms of issue #16, each as a rule about language tested on sentences of our
// own, then on the seed itself:
// - a legal name with its legal form followed by a postal address is the controller's identity
//   (seed 001: "SeqOps AB, Tynäsgatan 12, …" on its own line);
// - a heading addressed to California residents brings the CCPA suggestion (seed 000: "Your
//   California Privacy Rights").
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/engine';

const SEEDS = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'seeds');
const seed = (prefix: string) => fs.readFileSync(path.join(SEEDS, fs.readdirSync(SEEDS).find((n) => n.startsWith(prefix))!), 'utf8');
const gdpr = (text: string) => analyze({ text, config: { settings: { regimes: ['gdpr'] } } });
const identity = (text: string) => gdpr(text).report.disclosures.find((d) => d.id === 'gdpr/controller-identity')!;

const BODY = '# Privacy notice\n\nWe use your name and e-mail address to run your account, because we need them to perform our contract with you.\n\n## Questions\n\nWrite to privacy@brightwave.example with any question about this notice.\n\n';

for (const [line, why] of [
  ['Brightwave GmbH, Lindenweg 7, 80331 München, Germany', 'a German imprint line, without a closing period'],
  ['Brightwave GmbH, Lindenweg 7, 80331 München, Germany.', 'the same line as a sentence'],
  ['Nordlicht AB, Storgatan 4, 411 38 Göteborg, Sweden.', 'a Swedish street word ("-gatan") and a Swedish postcode'],
  ['Brightwave Ltd, 12 Harbour Row, Bristol BS1 5TT', 'an English address with a UK postcode'],
  ['Postal address: Brightwave Inc., 200 Pine Street, San Francisco, CA 94104', 'after a label'],
] as const) {
  test(`a legal name heading its postal address identifies the controller (${why})`, () => {
    const text = BODY + line + '\n';
    const d = identity(text);
    assert.equal(d.status, 'disclosed', line);
    assert.ok(d.evidence.some((e) => e.text.includes(line.replace(/^Postal address: /, '').replace(/\.$/, ''))), d.evidence.map((e) => e.text).join(' | '));
  });
}

test('without the address line the same notice names no controller (the line is what identifies it)', () => {
  assert.equal(identity(BODY).status, 'missing');
});

test('an address line is not taken for a heading', () => {
  const text = BODY + 'Brightwave GmbH, Lindenweg 7, 80331 München, Germany\n';
  const doc = gdpr(text).doc;
  assert.equal(doc.headings.some((h) => h.text.startsWith('Brightwave')), false);
  // A short title-like line is still a heading.
  assert.ok(gdpr('Privacy notice\n\nWe use your e-mail address to send receipts.\n\nYour Rights\n\nYou may ask for a copy of your data.\n').doc.headings.some((h) => h.text === 'Your Rights'));
});

test('a vendor’s legal name and address is not the controller’s identity', () => {
  for (const sentence of [
    'We use an analytics service provided by Trackly Inc., 500 Market Street, San Francisco, CA 94105.',
    'Our newsletter is sent through a service provider: Mailbird GmbH, Lindenweg 9, 80331 München.',
  ]) {
    const text = BODY.replace('## Questions', `## Analytics\n\n${sentence}\n\n## Questions`);
    assert.equal(identity(text).status, 'missing', sentence);
  }
});

test('seed 001: its closing line "SeqOps AB, Tynäsgatan 12, …" identifies the controller by itself', () => {
  const text = seed('001');
  const line = text.split('\n').findIndex((l) => l.startsWith('SeqOps AB, Tynäsgatan 12'));
  assert.equal(line, 80, 'the line is line 81 of the seed');
  // Take away the sentence that defines "we" as SeqOps: the address line is left to identify it.
  const without = text.replace(/SeqOps \(“we,” “us,” or “our”\)/, 'We');
  assert.notEqual(without, text);
  const d = identity(without);
  assert.equal(d.status, 'disclosed');
  assert.ok(d.evidence.some((e) => e.line === line), d.evidence.map((e) => `${e.line}: ${e.text}`).join(' | '));
  assert.equal(identity(text).status, 'disclosed', 'and the whole seed is disclosed too');
});

const suggestions = (text: string) => gdpr(text).report.findings.filter((f) => f.code === 'meta/regime-suggestion').map((f) => [f.fixes[0].command?.args[0], text.slice(f.start, f.end)]);

for (const heading of ['Your California Privacy Rights', 'Notice to Residents of California', 'California Privacy Notice', 'Information for California Consumers']) {
  test(`a heading addressed to California residents brings the CCPA suggestion: "${heading}"`, () => {
    const text = `# Privacy notice\n\nWe use your e-mail address to send receipts.\n\n## ${heading}\n\nYou may ask us which personal information we hold about you.\n`;
    assert.deepEqual(suggestions(text).filter(([id]) => id === 'ccpa'), [['ccpa', heading]]);
  });
}

test('California named otherwise brings no CCPA suggestion', () => {
  const text = '# Privacy notice\n\nWe are a bakery in San Diego, California.\n\n## Our California stores\n\nWe use your e-mail address to send receipts.\n';
  assert.deepEqual(suggestions(text).filter(([id]) => id === 'ccpa'), []);
});

test('seed 000: its "Your California Privacy Rights" heading brings the CCPA suggestion, with the one-line message', () => {
  const text = seed('000');
  const r = gdpr(text).report;
  const ccpa = r.findings.find((f) => f.code === 'meta/regime-suggestion' && f.fixes[0].command?.args[0] === 'ccpa')!;
  assert.ok(ccpa);
  assert.equal(text.slice(ccpa.start, ccpa.end), 'Your California Privacy Rights');
  assert.equal(ccpa.message, 'CCPA/CPRA seems to apply (it addresses California residents or cites the CCPA/CPRA) but is not checked: turn on regime "ccpa".');
});
