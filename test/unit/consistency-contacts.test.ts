// Contact details: two addresses for one purpose, foreign domains, malformed details, and the
// declared organisation details winning over the text.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, ConfigSources, Finding } from '../../server/src/engine';

const NOW = new Date('2026-06-01T00:00:00Z');
function check(text: string, config: ConfigSources = {}): Finding[] {
  return analyze({ text, config: { now: NOW, ...config } }).report.findings.filter((f) => f.code.startsWith('consistency/') && !f.code.endsWith('-date'));
}
const of = (fs: Finding[], code: string) => fs.filter((f) => f.code === code);
const apply = (text: string, f: Finding, i = 0) => {
  const edits = [...f.fixes[i].edits].sort((a, b) => b.start - a.start);
  let t = text;
  for (const e of edits) t = t.slice(0, e.start) + e.newText + t.slice(e.end);
  return t;
};

const HEAD = 'Last updated: 1 May 2026\n\nAcme Robotics Ltd (“Acme”, “we”, “us”) makes robots.\n\n';

test('email-domain: with the controller’s domain known from the text, a leftover domain is reported once', () => {
  const text = `${HEAD}Questions? Write to info@acme-robotics.com.\n\nOr write to info@acme-old.io.\n\nAgain: info@acme-robotics.com.\n`;
  const fs = check(text);
  assert.deepEqual(fs.map((f) => f.code), ['consistency/email-domain']);
  const f = fs[0];
  assert.match(f.message, /not the controller’s acme-robotics\.com \(from the addresses the policy uses\)/);
  assert.equal(f.related.length, 2);
  assert.equal(text.slice(f.start, f.end), 'info@acme-old.io');
  assert.equal(apply(text, f).includes('info@acme-old.io'), false);
});

test('contact-email: two addresses on two domains with no known controller domain', () => {
  const text = 'Last updated: 1 May 2026\n\nWe are a small shop.\n\nContact us at privacy@northwind.example.org for questions.\n\nPrivacy requests: privacy@southwind-mail.net.\n\nFor anything about your data, privacy@northwind.example.org.\n';
  const fs = of(check(text), 'consistency/contact-email');
  assert.equal(fs.length, 1);
  assert.equal(text.slice(fs[0].start, fs[0].end), 'privacy@southwind-mail.net');
  // Both addresses are named, the most used one as the one to keep; the related places list each occurrence.
  assert.match(fs[0].message, /Two e-mail addresses for privacy questions and requests: use one \(privacy@northwind\.example\.org is the most used\), or say what privacy@southwind-mail\.net is for/);
  assert.equal(fs[0].related.length, 3);
  assert.equal(fs[0].fixes[0].edits[0].newText, 'privacy@northwind.example.org');
});

test('contact-email: a near-identical mailbox on our domain is a slip', () => {
  const text = `${HEAD}Privacy questions: privacy@acme-robotics.com.\n\nTo exercise your rights write to privacyy@acme-robotics.com.\n\nOr privacy@acme-robotics.com.\n`;
  const fs = of(check(text), 'consistency/contact-email');
  assert.equal(fs.length, 1);
  assert.equal(text.slice(fs[0].start, fs[0].end), 'privacyy@acme-robotics.com');
});

test('contact-email: separate mailboxes for separate purposes, a DPO and an EU representative are not inconsistent', () => {
  const text = `${HEAD}General questions: hello@acme-robotics.com.\n\nPrivacy requests: privacy@acme-robotics.com. Legal notices: legal@acme-robotics.com.\n\nOur Data Protection Officer: dpo@acme-robotics.com.\n\nOur EU representative under Art. 27 GDPR is EuroRep GmbH, acme@eurorep-services.eu.\n\nTo opt out of Google's ad personalisation, contact Google at privacy@google.com.\n`;
  assert.deepEqual(check(text).map((f) => f.message), []);
});

test('email-domain: a contact address off the controller’s domain is reported; a fix offers ours', () => {
  const text = `${HEAD}Visit https://www.acme-robotics.com.\n\nPrivacy requests: privacy@acme-robotics.com.\n\nYou can also contact us at privacy@gmail.com.\n`;
  const fs = of(check(text), 'consistency/email-domain');
  assert.equal(fs.length, 1);
  assert.equal(text.slice(fs[0].start, fs[0].end), 'privacy@gmail.com');
  assert.match(fs[0].message, /privacy@gmail\.com is on gmail\.com, not the controller’s acme-robotics\.com/);
  assert.equal(fs[0].fixes[0].edits[0].newText, 'privacy@acme-robotics.com');
});

test('contact-phone: two numbers one digit apart are reported; toll-free and local numbers are not', () => {
  const slip = `${HEAD}Call us on +44 20 7946 0018.\n\nPhone: +44 20 7946 0019.\n\nPhone: +44 20 7946 0018.\n`;
  const fs = of(check(slip), 'consistency/contact-phone');
  assert.equal(fs.length, 1);
  assert.equal(slip.slice(fs[0].start, fs[0].end), '+44 20 7946 0019');
  const ok = `${HEAD}Call us toll-free at 1-800-555-0199 or locally at (415) 555-0142.\n`;
  assert.deepEqual(of(check(ok), 'consistency/contact-phone'), []);
});

test('postal-address: two addresses for the controller are reported; a processor’s address is not', () => {
  const two = `${HEAD}Write to us at Acme Robotics Ltd, 1 Mill Lane, Leeds LS1 4AP.\n\nOur postal address: Acme Robotics Ltd, 9 Dock Street, Hull HU1 3DA.\n`;
  const fs = of(check(two), 'consistency/postal-address');
  assert.equal(fs.length, 1);
  assert.match(fs[0].message, /Two different postal addresses for general contact \(postcodes LS14AP and HU13DA\)/);
  const processor = `${HEAD}Write to us at Acme Robotics Ltd, 1 Mill Lane, Leeds LS1 4AP.\n\nWe use Google Analytics, provided by Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043.\n`;
  assert.deepEqual(of(check(processor), 'consistency/postal-address'), []);
});

test('malformed-contact: an address without a top-level domain, a glued link, a broken scheme, a glued postcode', () => {
  const text = `${HEAD}Write to privacy@acmerobotics.\n\nSee http://www.acme-robotics.com/privacy.htmlFor more.\n\nOr http//www.acme-robotics.com.\n\nAcme Robotics Ltd, Hauptstraße 5, 10115Berlin, Germany.\n`;
  const fs = of(check(text), 'consistency/malformed-contact');
  const spans = fs.map((f) => text.slice(f.start, f.end));
  assert.deepEqual(spans, ['privacy@acmerobotics', 'http://www.acme-robotics.com/privacy.htmlFor', 'http//', '10115Berlin']);
  assert.match(fs[0].message, /no top-level part/);
  assert.equal(apply(text, fs[3]).includes('10115 Berlin'), true);
  assert.equal(apply(text, fs[2]).includes('Or http://www.acme-robotics.com.'), true);
});

test('malformed-contact: valid addresses and links are quiet', () => {
  const text = `${HEAD}Write to privacy@acme-robotics.co.uk or see [our site](https://www.acme-robotics.co.uk/privacy) and <https://example.org/>.\n`;
  assert.deepEqual(of(check(text), 'consistency/malformed-contact'), []);
});

test('canonical-detail: the declared e-mail wins over the majority of the text', () => {
  const text = `${HEAD}Questions: info@acme-robotics.com.\n\nAgain: info@acme-robotics.com.\n`;
  const fs = check(text, { projectFile: { organization: { email: 'hello@acme-robotics.com' } } });
  const c = of(fs, 'consistency/canonical-detail');
  assert.equal(c.length, 2);
  assert.match(c[0].message, /differs from the declared e-mail \(hello@acme-robotics\.com\)/);
  assert.equal(c[0].fixes[1].edits.length, 2, 'replace all = one edit per occurrence');
  assert.equal(apply(text, c[0], 1).includes('info@'), false);
  assert.deepEqual(of(fs, 'consistency/contact-email'), []);
});

test('canonical-detail: declared phone, website and legal form', () => {
  const text = `${HEAD}Call us on +44 20 7946 0000. See https://acme-robotics.io/privacy.\n\nAcme Robotics Inc. is the controller.\n`;
  const fs = of(check(text, { settings: { organization: { name: 'Acme Robotics Ltd', phone: '+44 20 7946 0018', website: 'https://acme-robotics.com' } } }), 'consistency/canonical-detail');
  const spans = fs.map((f) => text.slice(f.start, f.end));
  assert.ok(spans.includes('+44 20 7946 0000'), spans.join('|'));
  assert.ok(spans.includes('acme-robotics.io'), spans.join('|'));
  assert.ok(spans.includes('Inc.'), spans.join('|'));
});

test('canonical-detail: nothing declared, nothing reported; matching values are quiet', () => {
  const text = `${HEAD}Questions: hello@acme-robotics.com.\n`;
  assert.deepEqual(of(check(text), 'consistency/canonical-detail'), []);
  assert.deepEqual(of(check(text, { projectFile: { organization: { email: 'hello@acme-robotics.com' } } }), 'consistency/canonical-detail'), []);
});

test('every consistency rule can be switched off', () => {
  const text = `${HEAD}Questions: info@acme-robotics.com.\n`;
  const fs = check(text, { projectFile: { organization: { email: 'hello@acme-robotics.com' } }, settings: { rules: { 'consistency/canonical-detail': 'off' } } });
  assert.deepEqual(of(fs, 'consistency/canonical-detail'), []);
});
