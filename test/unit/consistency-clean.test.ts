// A clean draft of ours, as a careful drafter would write it: a DPO with its own address, an
// EU representative on another domain, Google Analytics and Facebook named, capitalised
// headings, rights cited with their articles. The Problems panel must stay quiet.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/engine';

export const CLEAN_DRAFT = `# Privacy Policy of Brightfield Analytics GmbH

Last updated: 3 March 2026

Brightfield Analytics GmbH (“Brightfield”, “we”, “us” or “our”) runs the Brightfield dashboard at https://www.brightfield-analytics.de. This policy explains how we process personal data when you use our Website and Services.

## Who We Are

The controller is Brightfield Analytics GmbH, Torstraße 140, 10119 Berlin, Germany. You can reach us at hello@brightfield-analytics.de or by telephone on +49 30 1234 5678.

## Data Protection Officer

Our Data Protection Officer can be contacted at dpo@brightfield-analytics.de or by post at our address above, marked “Data Protection Officer”.

## Representative in the United Kingdom

Our representative under Art. 27 UK GDPR is Northgate Privacy Representatives Ltd, 12 King Street, Manchester M2 4LQ, United Kingdom, email brightfield@northgate-reps.co.uk.

## What We Collect and Why

We collect your name, e-mail address and company name when you register, to provide the Services (Art. 6(1)(b) GDPR). We use Google Analytics, a service of Google Ireland Limited, to understand how the Website is used, on the basis of your consent (Art. 6(1)(a) GDPR). Our Facebook page is operated jointly with Meta Platforms Ireland Limited.

## Transfers

Where a processor transfers data to the United States, we rely on the EU-U.S. Data Privacy Framework or on standard contractual clauses (Art. 46(2)(c) GDPR).

## Your Rights

- Right of access (Art. 15 GDPR)
- Right to rectification (Art. 16 GDPR)
- Right to erasure (Art. 17 GDPR)
- Right to restriction of processing (Art. 18 GDPR)
- Right to data portability (Art. 20 GDPR)
- Right to object (Art. 21 GDPR)
- Right to withdraw consent at any time (Art. 7(3) GDPR); we tell you about it as Art. 13(2)(c) GDPR requires.
- Right to lodge a complaint with a supervisory authority (Art. 77 GDPR), for example the Berlin Commissioner for Data Protection and Freedom of Information.

To exercise your rights, write to privacy@brightfield-analytics.de. We answer within one month.

## Retention

We keep account data for as long as your account exists and delete it within 30 days of closure.

## Changes

We will post any changes on this page and update the date above. Brightfield's earlier versions are available on request.
`;

test('a clean draft of ours produces no consistency finding', () => {
  const r = analyze({ text: CLEAN_DRAFT, config: { settings: { regimes: ['gdpr', 'ccpa'] }, now: new Date('2026-06-01T00:00:00Z') } }).report;
  const found = r.findings.filter((f) => f.code.startsWith('consistency/'));
  assert.deepEqual(found.map((f) => `${f.code}: ${f.message}`), []);
  assert.deepEqual(r.configurationMessages, []);
});

test('the clean draft with its details declared still produces no consistency finding', () => {
  const r = analyze({
    text: CLEAN_DRAFT,
    config: {
      now: new Date('2026-06-01T00:00:00Z'),
      projectFile: {
        organization: {
          name: 'Brightfield Analytics GmbH',
          website: 'https://www.brightfield-analytics.de',
          email: 'hello@brightfield-analytics.de',
          privacyEmail: 'privacy@brightfield-analytics.de',
          phone: '+49 30 1234 5678',
          address: 'Torstraße 140, 10119 Berlin, Germany',
        },
      },
    },
  }).report;
  const found = r.findings.filter((f) => f.code.startsWith('consistency/'));
  assert.deepEqual(found.map((f) => `${f.code}: ${f.message}`), []);
});
