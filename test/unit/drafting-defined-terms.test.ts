// The defined-terms index: each form of definition lawyers write, and what counts as a use.
// Sentences written for these tests.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { buildDocumentModel, definedTerms } from '../../server/src/engine';

const terms = (text: string) => definedTerms(buildDocumentModel(text));
const defined = (text: string) => [...terms(text).terms.keys()];

test('“X” means, “X” refers to, “X” shall mean, with straight or curly quotes and in bold', () => {
  assert.deepEqual(defined('"Account" means the profile you create.\n\n“Trip Data” refers to your journeys.\n\n‘Fees’ shall mean the charges.\n\n**“Partner”** means a transport company.\n'), ['Account', 'Trip Data', 'Fees', 'Partner']);
});

test('brackets: ("X"), (the "X"), (collectively, the "X"), (hereinafter "X"), (each a "X"), a party’s names beside “we”', () => {
  const text = 'Harbourlight Ltd (“Harbourlight”, “we”, “us”) runs an app and a website (collectively, the “Services”). Transport firms (hereinafter “Carriers”) sell tickets (each a “Ticket”). Your profile (the “Account”) is private. Ride offers (“Offers”) appear in the app.\n';
  const idx = terms(text);
  assert.deepEqual([...idx.terms.keys()], ['Harbourlight', 'Services', 'Carriers', 'Ticket', 'Account', 'Offers']);
  assert.equal(idx.terms.get('Harbourlight')!.definitions[0].partyName, true, 'a party’s short name beside “we”');
  assert.equal(idx.terms.get('Services')!.definitions[0].partyName, false);
  const d = idx.terms.get('Account')!.definitions[0];
  assert.equal(text.slice(d.start, d.end), 'Account');
  assert.equal(text.slice(d.sentence.start, d.sentence.end), 'Your profile (the “Account”) is private.');
});

test('“In this policy, "X" is …”, “hereinafter referred to as "X"”, “which we call "X"”, “Personal Data means …” unquoted', () => {
  assert.deepEqual(defined('In this policy, "Cookies" are small files a website stores on your device.\n'), ['Cookies']);
  assert.deepEqual(defined('Northgate GmbH, hereinafter referred to as "Northgate", publishes the app.\n'), ['Northgate']);
  assert.deepEqual(defined('We also receive the details of your trips, which we call “Journey Records”.\n'), ['Journey Records']);
  assert.deepEqual(defined('Personal Data means any information about an identifiable person.\n\nAccount Information refers to your name and password.\n'), ['Personal Data', 'Account Information']);
});

test('a definitions section: "X: …", "**X** …", "X – …" items; run-in headings in other sections are not definitions', () => {
  const text = '# Privacy Policy\n\n## Definitions\n\n- Account: the profile you create to sign in.\n- **Device** means the phone or tablet you use.\n- Partner – a company that sells tickets through the app.\n\n## How we share data\n\n- With carriers: we send your ticket details to the carrier.\n- Language: if versions differ, the English one prevails.\n';
  assert.deepEqual(defined(text), ['Account', 'Device', 'Partner']);
});

test('quoted words that define nothing: a quotation, a button, an “also known as”, two labels joined by “and”', () => {
  assert.deepEqual(defined('Tap “Delete my data” in the settings. The phrase "legitimate interest" appears in the law (see our notes). Web beacons (also known as “pixel tags”) count visits. Use the switches (“Ads” and “Tracking”) in the app.\n'), []);
});

test('uses: whole words, case as defined, plural and singular forms, never inside another word or in lower case', () => {
  const text = 'Our website and app (the “Service”) are free. The Services include maps. A Service may change. The service desk and Self-Service kiosks are separate. Our Partners (each a “Partner”, together the “Partners”) sell tickets.\n';
  const idx = terms(text);
  const uses = idx.terms.get('Service')!.uses.map((u) => text.slice(u.start, u.end + u.suffix.length));
  assert.deepEqual(uses, ['Services', 'Service']);
  assert.deepEqual(idx.terms.get('Service')!.uses.map((u) => u.suffix), ['s', '']);
});

test('the long name before a short one in its own definition is not a use (“Acme Ltd (“Acme”)”)', () => {
  const text = 'Acme Ltd (“Acme”) runs the app. Acme stores data in Ireland.\n';
  const uses = terms(text).terms.get('Acme')!.uses;
  assert.deepEqual(uses.map((u) => u.start), [text.indexOf('Acme stores')]);
});

test('the singular of a plural term is a use of it (“a Job Seeker” of “Job Seekers”)', () => {
  const text = 'People looking for work (“Job Seekers”) create profiles. A Job Seeker may delete a profile.\n';
  const u = terms(text).terms.get('Job Seekers')!.uses;
  assert.equal(u.length, 1);
  assert.equal(u[0].singular, true);
  assert.equal(text.slice(u[0].start, u[0].end), 'Job Seeker');
});

test('code fences, comments and the front matter define nothing', () => {
  const text = '---\ntitle: "Policy" means nothing here\n---\n# Policy\n\n<!-- "Draft" means an unfinished text -->\n\n```\n"Sample" means an example\n```\n\nWe collect data.\n';
  assert.deepEqual(defined(text), []);
});

test('a definitions list with middle-dot bullets (as pasted from a web page)', () => {
  assert.deepEqual(defined('Definitions\n\n· Website refers to the site at tides.test.\n· Service refers to the Website.\n'), ['Website', 'Service']);
});

test('“A” or “B” means …: both names are defined, as one group of alternatives', () => {
  const text = '“Tide Alerts” or “Alerts” means the messages we send before high water.\n';
  const idx = terms(text);
  assert.deepEqual([...idx.terms.keys()], ['Tide Alerts', 'Alerts']);
  const [a, b] = [idx.terms.get('Tide Alerts')!.definitions[0], idx.terms.get('Alerts')!.definitions[0]];
  assert.equal(text.slice(a.start, a.end), 'Tide Alerts');
  assert.equal(a.group, b.group);
});
