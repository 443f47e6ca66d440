// Whole drafts with known answers, written for the project in the plain style of small app
// developers and in the style of a law firm. A lawyer reads each sentence one way; the checker must
// too: a complete draft gets no "missing" warning, an absent item is reported missing, and consent
// by use is no legal basis.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/engine';

const gdpr = (text: string) => analyze({ text, format: 'markdown', config: { settings: { regimes: ['gdpr'] }, now: new Date('2026-12-06T00:00:00Z') } }).report;

/** An app developer's notice: every Art. 13 item, in the plain words such notices use. */
const APP_COMPLETE = `# Privacy Policy for Pebble Budget

Last updated: 1 October 2026

Pebble Budget is an app made by Lindqvist Apps AB, Storgatan 4, 411 38 Göteborg, Sweden ("we", "us"). We are responsible for your personal data.

## What we collect

Your name, e-mail address and date of birth.

The amounts and categories you enter, and the bank you choose to link.

## What we use it for

To run your account and sync your budgets between your devices.

To answer you when you write to us.

## Why we are allowed to use it

We use your data because we need it to perform our contract with you (Art. 6(1)(b) GDPR). Crash reports are processed on the basis of our legitimate interest in finding and fixing errors in the app (Art. 6(1)(f) GDPR). Where we ask for your consent, for example for reminders, you can withdraw it at any time with effect for the future.

## Where the data comes from

If you link your bank, we receive your account balance and transactions from the bank you choose.

## Do you have to give us your data?

You need to give us your name and e-mail address to create an account; without them we cannot provide the App. Everything else is optional.

## Who gets your data

Our hosting provider and our crash-reporting service process your data on our behalf. We do not sell your data.

## Data outside the EU

Our crash-reporting service stores data on servers in the United States. We rely on the European Commission's standard contractual clauses; you can ask us for a copy.

## How long we keep it

We delete your data 30 days after you close your account. Invoices are kept for seven years because tax law requires it.

## Automated decisions

We do not make decisions about you based solely on automated processing.

## Your rights

You can ask for a copy of your data, have it rectified or erased, ask us to restrict how we use it, object to our use of it, and take it to another service in a machine-readable format. You can also complain to the Data Protection Commission or to the authority where you live.

## Contact

Write to privacy@pebblebudget.se. We have appointed a data protection officer: dpo@pebblebudget.se.
`;

test('a complete app notice gets no "missing" warning', () => {
  const r = gdpr(APP_COMPLETE);
  const missing = r.disclosures.filter((d) => d.status === 'missing' && d.required !== 'not-applicable').map((d) => d.id);
  assert.deepEqual(missing, [], `reported missing: ${missing.join(', ')}`);
  assert.deepEqual(r.findings.filter((f) => f.code.startsWith('gdpr/') && /^Missing disclosure/.test(f.message)).map((f) => f.code), []);
});

test('the plain-words sentences a lawyer reads at a glance each disclose their item', () => {
  const r = gdpr(APP_COMPLETE);
  const status = (id: string) => r.disclosures.find((d) => d.id === `gdpr/${id}`)!.status;
  for (const id of ['right-rectification', 'right-erasure', 'right-complaint', 'statutory-requirement', 'right-withdraw-consent', 'data-categories', 'purposes', 'right-portability', 'data-source', 'legal-basis']) {
    assert.equal(status(id), 'disclosed', id);
  }
});

/** The same notice without a retention statement, without rights of objection and complaint. */
const APP_GAPS = APP_COMPLETE.replace(/## How long we keep it\n\n[^\n]+\n/, '')
  .replace(', object to our use of it,', ',')
  .replace(' You can also complain to the Data Protection Commission or to the authority where you live.', '');

test('items taken out are reported missing, the rest still found', () => {
  const r = gdpr(APP_GAPS);
  const missing = r.disclosures.filter((d) => d.status === 'missing' && d.required === 'always').map((d) => d.id).sort();
  assert.deepEqual(missing, ['gdpr/retention', 'gdpr/right-complaint', 'gdpr/right-objection']);
  for (const id of ['retention', 'right-complaint', 'right-objection']) {
    const f = r.findings.find((x) => x.code === `gdpr/${id}`);
    assert.ok(f && f.severity === 'warning', `gdpr/${id} is a warning`);
  }
});

test('consent by use is no legal basis: the basis is missing and the sentence has a finding of its own', () => {
  const text = `# Privacy Policy

Quill Notes is provided by Ardent Software Ltd. By using our app you agree to the processing of your personal data as described in this policy.

We collect your e-mail address to send you your notes.
`;
  const r = gdpr(text);
  assert.equal(r.disclosures.find((d) => d.id === 'gdpr/legal-basis')!.status, 'missing');
  const f = r.findings.find((x) => x.code === 'gdpr/consent-by-use');
  assert.ok(f, 'consent by use is reported');
  assert.match(text.slice(f.start, f.end), /By using our app you agree/);
});

test('insufficient, not missing: the law-firm hard cases', () => {
  const text = `# Privacy Notice

Harbour Freight Brokers Ltd is the controller of your personal data.

We keep your personal data for as long as necessary for the purposes set out in this notice.

We process your data on the basis of our legitimate interests.

Your data may be transferred to countries outside the European Economic Area.
`;
  const r = gdpr(text);
  const d = (id: string) => r.disclosures.find((x) => x.id === `gdpr/${id}`)!;
  for (const id of ['retention', 'legitimate-interests', 'international-transfers']) {
    assert.equal(d(id).status, 'insufficient', id);
    assert.equal(d(id).found, true, `${id} is addressed`);
    const f = r.findings.find((x) => x.code === `gdpr/${id}`)!;
    assert.ok(f, `${id} has a finding`);
    assert.equal(f.line, d(id).shortfall!.line, `${id}: the finding sits on the sentence that falls short`);
    // The finding says what falls short (the shortfall's own words), not that the item is missing.
    assert.ok(f.message.startsWith(d(id).shortfall!.message.replace(/\.$/, '')), `${id}: ${f.message}`);
    assert.match(f.message, /\(GDPR Art\. \d.*\)\.$/, `${id}: names the article`);
  }
});
