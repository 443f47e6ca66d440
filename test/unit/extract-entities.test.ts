// Extraction: controller name, short names, contact details and their roles, policy dates.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildDocumentModel } from '../../server/src/engine';
import { extractEntities, getEntities } from '../../server/src/engine/extract';

const SEEDS = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'seeds');
const seed = (prefix: string) => fs.readFileSync(path.join(SEEDS, fs.readdirSync(SEEDS).find((n) => n.startsWith(prefix))!), 'utf8');
const entities = (text: string, org = {}) => extractEntities(buildDocumentModel(text), org);

test('controller name, legal form and short names from the defining parenthesis', () => {
  const e = entities(seed('000'));
  assert.equal(e.controller?.legalName, 'Seqster PDM, Inc.');
  assert.equal(e.controller?.core, 'Seqster PDM');
  assert.equal(e.controller?.legalForm, 'Inc.');
  assert.deepEqual(e.controller?.shortNames, ['Seqster']);
  assert.equal(e.domain, 'seqster.com');
});

test('a name defined without its form takes the form from the legal name written later (SeqOps … SeqOps AB)', () => {
  const e = entities(seed('001'));
  assert.equal(e.controller?.core, 'SeqOps');
  assert.equal(e.controller?.legalName, 'SeqOps AB');
  assert.equal(e.domain, 'seqops.io');
  assert.deepEqual(e.emails.map((m) => m.address), ['helpdesk@seqops.io']);
  assert.equal(e.postalAddresses[0].postcode, '65216');
  assert.ok(e.postalAddresses[0].glued, '652 16Karlstad is glued');
});

test('"hereinafter" definitions and "[email protected]" leave no e-mail behind (004)', () => {
  const e = entities(seed('004'));
  assert.equal(e.controller?.legalName, 'Sepior ApS');
  assert.equal(e.emails.length, 0);
  assert.equal(e.dates[0].written, '22 February 2017');
});

const ROLES_DRAFT = `# Privacy Policy of Brightfield Analytics GmbH

Brightfield Analytics GmbH (“Brightfield”, “we”, “us”) runs https://www.brightfield-analytics.de.

## Who We Are

Brightfield Analytics GmbH, Torstraße 140, 10119 Berlin, Germany. You can reach us at hello@brightfield-analytics.de.

## Data Protection Officer

Our Data Protection Officer can be contacted at dpo@brightfield-analytics.de.

## Representative in the United Kingdom

Our representative under Art. 27 UK GDPR is Northgate Privacy Representatives Ltd, 12 King Street, Manchester M2 4LQ, United Kingdom, email brightfield@northgate-reps.co.uk.

## Your Rights

To exercise your rights, write to privacy@brightfield-analytics.de.
`;

test('roles: DPO, representative and general contact are told apart', () => {
  const e = entities(ROLES_DRAFT);
  const role = (a: string) => e.emails.find((m) => m.address === a)?.role;
  assert.equal(role('hello@brightfield-analytics.de'), 'general');
  assert.equal(role('dpo@brightfield-analytics.de'), 'dpo');
  assert.equal(role('brightfield@northgate-reps.co.uk'), 'representative');
  assert.equal(role('privacy@brightfield-analytics.de'), 'privacy');
  assert.equal(e.controller?.legalName, 'Brightfield Analytics GmbH');
  assert.equal(e.domain, 'brightfield-analytics.de');
  assert.equal(e.contact.dpoEmail, 'dpo@brightfield-analytics.de');
  assert.equal(e.contact.representativeEmail, 'brightfield@northgate-reps.co.uk');
  const reps = e.postalAddresses.filter((a) => a.role === 'representative');
  assert.deepEqual(reps.map((a) => a.postcode), ['M24LQ']);
});

test('a supervisory authority’s contact details are the authority’s, not ours', () => {
  const e = entities('# Privacy\n\nYou may complain to the Information Commissioner’s Office at casework@ico.org.uk or by telephone on 0303 123 1113.\n');
  assert.equal(e.emails[0].role, 'authority');
  assert.equal(e.phones[0].role, 'authority');
});

test('a declared organisation wins: its name and domain are used', () => {
  const e = entities('# Privacy Policy\n\nWe are Acme.\n', { name: 'Acme Widgets Ltd', website: 'https://shop.acme-widgets.co.uk/' });
  assert.equal(e.controller?.source, 'declared');
  assert.equal(e.controller?.core, 'Acme Widgets');
  assert.equal(e.controller?.legalForm, 'Ltd');
  assert.equal(e.domain, 'acme-widgets.co.uk');
});

test('e-mail addresses glued to the next word are cut at the case change', () => {
  const e = entities('Contact legal@acme.comIf you prefer, info@acme.com.Request forms are online.\n');
  assert.deepEqual(e.emails.map((m) => [m.address, !!m.glued]), [['legal@acme.com', true], ['info@acme.com', true]]);
  const lower = entities('Write to privacy@acme.comor call us. See 8. privacy@acme.org.9. Next item.\n');
  assert.deepEqual(lower.emails.map((m) => [m.address, !!m.glued, m.problem]), [['privacy@acme.com', true, undefined], ['privacy@acme.org', true, undefined]]);
  const tld = entities('Mail info@acme.company or info@acme.community.\n');
  assert.deepEqual(tld.emails.map((m) => [m.address, !!m.glued]), [['info@acme.company', false], ['info@acme.community', false]]);
});

test('sample addresses in an example are nobody’s contact', () => {
  const e = entities('Acme Ltd (“Acme”, “we”). Contact us at privacy@acme.com. Enter your address in the usual form, e.g. yourname@businessname.com.\n');
  assert.deepEqual(e.emails.map((m) => m.role), ['privacy', 'other']);
});

test('dates: "Last updated", "Effective", ISO and front matter', () => {
  const d = (t: string) => entities(t).dates.map((x) => x.latest.toISOString().slice(0, 10));
  assert.deepEqual(d('Privacy Policy\n\nLast Updated June 21, 2024\n'), ['2024-06-21']);
  assert.deepEqual(d('Privacy Policy\n\nEffective date: 2023-05-01\n'), ['2023-05-01']);
  assert.deepEqual(d('Privacy Policy\n\n(Last revision – 22 February 2017)\n'), ['2017-02-22']);
  assert.deepEqual(d('---\nlastUpdated: 2025-01-31\n---\n# Privacy Policy\n\nText.\n'), ['2025-01-31']);
  assert.deepEqual(d('Privacy Policy\n\nPlease keep your details updated so we can reach you.\n'), []);
});

test('getEntities computes once per check (memo)', () => {
  const doc = buildDocumentModel('We are Acme Ltd (“Acme”, “we”). Mail info@acme.com.\n');
  const memo = new Map<string, unknown>();
  let computed = 0;
  const ctx = {
    doc,
    options: { regimes: [], rules: {}, profile: {}, organization: {}, now: new Date() },
    memo<T>(k: string, f: () => T): T {
      if (!memo.has(k)) {
        computed++;
        memo.set(k, f());
      }
      return memo.get(k) as T;
    },
  } as Parameters<typeof getEntities>[0];
  const a = getEntities(ctx);
  const b = getEntities(ctx);
  assert.equal(a, b);
  assert.equal(computed, 1);
  assert.equal(a.controller?.core, 'Acme');
});

test('extraction stays linear on long hostile input', () => {
  const chunk = 'a'.repeat(60) + '@' + 'b.'.repeat(40) + ' ___ [Company ' + '1 '.repeat(30) + 'Inc Ltd, 12345 ';
  const text = chunk.repeat(1500);
  const t0 = Date.now();
  entities(text);
  assert.ok(Date.now() - t0 < 3000, `took ${Date.now() - t0} ms`);
});

test('registrable domains follow the Public Suffix List: acme.com.pl and rival.com.pl are two organisations', async () => {
  const { registrableDomain } = await import('../../server/src/engine/extract/domains');
  assert.equal(registrableDomain('www.acme.com.pl'), 'acme.com.pl');
  assert.equal(registrableDomain('rival.com.pl'), 'rival.com.pl');
  assert.equal(registrableDomain('mail.acme.co.uk'), 'acme.co.uk');
  assert.equal(registrableDomain('shop.acme.com.br'), 'acme.com.br');
  assert.equal(registrableDomain('localhost'), 'localhost');
});

test('an e-mail on another organisation under the same public suffix is flagged as another domain', async () => {
  const { analyze } = await import('../../server/src/engine');
  const text = '# Privacy Policy\n\nAcme Sp. z o.o. (www.acme.com.pl) is the controller. Contact us at privacy@acme.com.pl or at privacy@rival.com.pl.\n';
  const r = analyze({ text, format: 'markdown' }).report;
  const f = r.findings.find((x) => x.code === 'consistency/email-domain');
  assert.ok(f, r.findings.map((x) => x.code).join(', '));
  assert.equal(text.slice(f.start, f.end), 'privacy@rival.com.pl');
});
