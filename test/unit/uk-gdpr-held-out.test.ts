// A held-out UK privacy notice, written for the project in the style of a small UK company: checked
// against the UK GDPR pack, the items UK law shapes (complaint to the ICO, transfers out of the
// UK) and the usual ones are found, and every finding of the pack cites the UK GDPR. The same
// notice with its UK safeguards replaced by EU ones shows what the pack asks for instead.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, catalogFor, fixesFor, hoverAt } from '../../server/src/engine';

const uk = (text: string, extra: Record<string, unknown> = {}) =>
  analyze({ text, format: 'markdown', config: { settings: { regimes: ['uk-gdpr'], ...extra }, now: new Date('2026-12-06T00:00:00Z') } }).report;

const NOTICE = `# Privacy Notice: Hollybrook Garden Supplies

Last updated: 3 November 2026

Hollybrook Garden Supplies Ltd is a company registered in England and Wales (company number 09876543) with its registered office at 12 Mill Lane, Frome, BA11 2XY ("Hollybrook", "we", "us"). We are the controller of the personal data described in this notice under the UK GDPR and the Data Protection Act 2018.

## What personal data we collect

When you order from our website we collect your name, delivery and billing address, e-mail address, telephone number and order history. If you pay by card, our payment provider handles your card details; we see only the last four digits. When you browse our website we collect your IP address, device type and the pages you visit.

## How we use it and our lawful basis

We use your contact and order details to take, deliver and invoice your orders. Our lawful basis is the performance of our contract with you (Article 6(1)(b) UK GDPR).

We keep accounting records because tax law requires it. Our lawful basis is compliance with a legal obligation (Article 6(1)(c) UK GDPR).

We send our seasonal newsletter only if you ask for it. Our lawful basis is your consent (Article 6(1)(a) UK GDPR). You can withdraw your consent at any time by clicking the unsubscribe link in any newsletter or by e-mailing us; this does not affect the newsletters we sent before.

We analyse how visitors use our website to improve it and to detect fraudulent orders. We rely on our legitimate interests in running a secure and useful shop (Article 6(1)(f) UK GDPR).

## Do you have to give us your data?

You must give us your name, address and e-mail address to place an order: without them we cannot deliver your goods or send you a receipt. Signing up for the newsletter is voluntary.

## Who we share it with

We share your data with our courier (to deliver parcels), our payment provider, our website host and our accountants. We disclose data to HM Revenue & Customs or the police where the law requires us to.

## Transfers outside the UK

Our website host stores data on servers in the United States. We protect these transfers with the International Data Transfer Agreement issued by the Information Commissioner. You can request a copy of the agreement by e-mailing privacy@hollybrook.co.uk.

## How long we keep your data

We keep order and invoice records for six years after the end of the financial year in which the order was placed, because UK tax law requires it. We keep newsletter subscriber details until you unsubscribe. Website analytics data is deleted after 14 months.

## Your rights

Under the UK GDPR you have the right to ask for a copy of the personal data we hold about you, to have inaccurate data corrected, and to have your data erased. You can also ask us to restrict how we use your data, object to our use of it based on legitimate interests or for direct marketing, and ask for the data you gave us in a portable, machine-readable format.

We do not make decisions about you based solely on automated processing.

If you are unhappy with how we have handled your personal data, please contact us first. You also have the right to lodge a complaint with the Information Commissioner's Office (ICO), the UK supervisory authority, at ico.org.uk.

## Contact us

E-mail privacy@hollybrook.co.uk or write to Data Protection, Hollybrook Garden Supplies Ltd, 12 Mill Lane, Frome, BA11 2XY. We have not appointed a data protection officer.
`;

const TARGET_ITEMS = ['right-complaint', 'international-transfers', 'retention', 'legal-basis', 'right-withdraw-consent', 'right-erasure'];

test('held-out UK notice: complaint (ICO), transfers (outside the UK), retention, legal basis, withdrawal and erasure items are found', () => {
  const r = uk(NOTICE);
  assert.deepEqual(r.regimes, ['uk-gdpr']);
  assert.equal(r.disclosures.length, 21);
  assert.ok(r.disclosures.every((d) => d.id.startsWith('uk-gdpr/')));
  for (const name of TARGET_ITEMS) {
    const d = r.disclosures.find((x) => x.id === `uk-gdpr/${name}`)!;
    assert.equal(d.status, 'disclosed', `${name}: ${d.status} ${d.shortfall?.message ?? ''}`);
  }
  const complaint = r.disclosures.find((d) => d.id === 'uk-gdpr/right-complaint')!;
  assert.ok(complaint.evidence.some((e) => /Information Commissioner/.test(e.text)));
  const transfers = r.disclosures.find((d) => d.id === 'uk-gdpr/international-transfers')!;
  assert.ok(transfers.evidence.some((e) => /United States/.test(e.text)));
});

// Two wordings the shared GDPR detectors first missed, and now read for both packs: "You must give
// us … to place an order" (statutory requirement) and "to have inaccurate data corrected"
// (rectification).
test('held-out UK notice: statutory requirement and rectification are found', () => {
  const r = uk(NOTICE);
  for (const name of ['statutory-requirement', 'right-rectification']) {
    assert.equal(r.disclosures.find((x) => x.id === `uk-gdpr/${name}`)!.found, true, name);
  }
});

test('held-out UK notice: every uk-gdpr/ finding cites the UK GDPR', () => {
  const r = uk(NOTICE);
  const missing = r.disclosures.filter((d) => d.status === 'missing' && d.required === 'always').map((d) => d.id);
  assert.deepEqual(missing, []);
  const own = r.findings.filter((f) => f.code.startsWith('uk-gdpr/'));
  for (const f of own) assert.match(f.message, /UK GDPR/, f.code);
});

test('the same notice with EU safeguards and an EU authority: transfers and complaint insufficient, and the messages say why in UK terms', () => {
  const eu = NOTICE.replace('the International Data Transfer Agreement issued by the Information Commissioner', 'the standard contractual clauses adopted by the European Commission')
    .replace('Transfers outside the UK', 'International transfers')
    .replace("the Information Commissioner's Office (ICO), the UK supervisory authority, at ico.org.uk", 'the Irish Data Protection Commission, our lead supervisory authority in the EU');
  const r = uk(eu);
  const transfers = r.disclosures.find((d) => d.id === 'uk-gdpr/international-transfers')!;
  assert.equal(transfers.status, 'insufficient');
  assert.match(transfers.shortfall!.message, /UK Addendum/);
  assert.match(transfers.shortfall!.message, /21 March 2024/);
  const complaint = r.disclosures.find((d) => d.id === 'uk-gdpr/right-complaint')!;
  assert.equal(complaint.status, 'insufficient');
  assert.match(complaint.shortfall!.message, /Information Commissioner/);
  const findings = r.findings.filter((f) => f.code.startsWith('uk-gdpr/'));
  assert.ok(findings.length >= 2);
  for (const f of findings) assert.match(f.message, /UK GDPR/, f.code);
  const t = findings.find((f) => f.code === 'uk-gdpr/international-transfers')!;
  assert.equal(t.severity, 'information');
});

test('a bare draft: each UK GDPR item is reported missing with a message citing the UK GDPR and an insert-clause fix that then discloses it', () => {
  const text = '# Privacy Notice\n\nThis notice explains how we use personal data.\n';
  const a = analyze({ text, format: 'markdown', config: { settings: { regimes: ['uk-gdpr'] } } });
  const r = a.report;
  const ids = catalogFor('uk-gdpr').map((x) => x.id);
  assert.equal(ids.length, 21);
  const notDetected: string[] = [];
  for (const id of ids) {
    const f = r.findings.find((x) => x.code === id);
    assert.ok(f, `${id} is reported in the bare draft`);
    assert.match(f.message, /UK GDPR/, id);
    const fix = fixesFor(a, f).find((x) => x.title.startsWith('Insert standard clause'));
    assert.ok(fix, `${id} has an insert-clause fix`);
    let after = text;
    for (const e of [...fix.edits].sort((a, b) => b.start - a.start)) after = after.slice(0, e.start) + e.newText + after.slice(e.end);
    if (!uk(after).disclosures.find((x) => x.id === id)!.found) notDetected.push(id);
  }
  assert.deepEqual(notDetected, []);
});

test('the inserted complaint clause names the ICO and its website', () => {
  const a = analyze({ text: '# Privacy Notice\n\nThis notice explains how we use personal data.\n', format: 'markdown', config: { settings: { regimes: ['uk-gdpr'] } } });
  const fix = fixesFor(a, a.report.findings.find((x) => x.code === 'uk-gdpr/right-complaint')!).find((x) => x.title.startsWith('Insert standard clause'))!;
  const inserted = fix.edits.map((e) => e.newText).join('');
  assert.match(inserted, /Information Commissioner’s Office \(ICO\)/);
  assert.match(inserted, /ico\.org\.uk/);
});

test('the pack is offered when a GDPR-only check meets a notice that names the ICO', () => {
  const r = analyze({ text: NOTICE, format: 'markdown', config: { settings: { regimes: ['gdpr'] } } }).report;
  const s = r.findings.filter((f) => f.code === 'meta/regime-suggestion' && /UK GDPR/.test(f.message));
  assert.equal(s.length, 1);
  assert.match(s[0].message, /regime "uk-gdpr"/);
  const on = uk(NOTICE);
  assert.ok(!on.findings.some((f) => f.code === 'meta/regime-suggestion' && /UK GDPR/.test(f.message)));
});

test('the profile chooses the pack: regimes: [uk-gdpr] in the front matter', () => {
  const text = `---\nregimes: [uk-gdpr]\n---\n${NOTICE}`;
  const r = analyze({ text, format: 'markdown' }).report;
  assert.deepEqual(r.regimes, ['uk-gdpr']);
});

test('hovers: a UK GDPR citation names the UK GDPR and links its UK text; an evidence sentence cites the UK GDPR item', () => {
  const a = analyze({ text: NOTICE, format: 'markdown', config: { settings: { regimes: ['uk-gdpr'] } } });
  const cite = NOTICE.indexOf('Article 6(1)(b) UK GDPR');
  const h = hoverAt(a, cite + 2)!;
  assert.match(h.markdown, /\*\*Art\. 6\(1\)\(b\) UK GDPR/);
  assert.match(h.markdown, /https:\/\/www\.legislation\.gov\.uk\/eur\/2016\/679\/article\/6/);
  const ev = hoverAt(a, NOTICE.indexOf('You also have the right to lodge a complaint') + 5)!;
  assert.match(ev.markdown, /Right to lodge a complaint with the Information Commissioner\*\* \(UK GDPR Art\. 13\(2\)\(d\), Art\. 14\(2\)\(e\); DPA 2018 s\. 165\)/);
  // An EU citation keeps its EU hover.
  const eu = analyze({ text: '# Notice\n\nWe rely on Art. 6(1)(f) GDPR.\n', format: 'markdown' });
  const e = hoverAt(eu, '# Notice\n\nWe rely on Art'.length - 2)!;
  assert.match(e.markdown, /\*\*Art\. 6\(1\)\(f\) GDPR/);
  assert.doesNotMatch(e.markdown, /legislation\.gov\.uk/);
});
