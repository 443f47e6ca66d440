// Two held-out drafts, written for these tests (not tuned on): a complete notice for consumers of
// several states, and one that leaves out the appeal and the categories of third parties while it
// sells disability data to Texas consumers.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../../index';

const COMPLETE = `# Privacy Notice

Last updated: February 2, 2026

Larkspur Outfitters, Inc. ("Larkspur", "we") sells outdoor gear online and in our stores. This notice explains how we handle personal data about our customers.

## Personal Data We Process

We collect the following categories of personal data: identifiers and contact details (your name, e-mail address, postal address and phone number), account credentials, order and purchase history, payment card details (processed by our payment processor), device and online activity data such as IP address and pages viewed, and inferences about your product preferences.

We do not knowingly collect sensitive data, except precise geolocation when you turn on store pickup alerts in our app, which we process only with your opt-in consent.

## How We Use Personal Data

We use personal data to process and deliver your orders, to run your account, to answer your questions, to send you marketing e-mails you signed up for, to show you ads for our products on other websites, and to detect and prevent fraud. We do not collect, use or sell personal data to train large language models.

## How We Share Personal Data

We share identifiers, device data and purchase history with third parties as described here. The categories of third parties we share personal data with are: advertising partners, analytics providers, payment processors, delivery companies and our professional advisors. We sell identifiers and online activity data to advertising partners, and we use them for targeted advertising.

## Your State Privacy Rights

If you live in Virginia, Colorado, Connecticut, Utah, Texas, Oregon, Montana, Iowa, Delaware, Nebraska, New Hampshire, New Jersey, Tennessee, Minnesota, Maryland, Indiana, Kentucky or Rhode Island, you have the following rights:

- Right to confirm and access: you may ask us to confirm whether we process your personal data and to access it.
- Right to correct: you may ask us to correct inaccuracies in your personal data.
- Right to delete: you may ask us to delete personal data about you.
- Right to portability: you may obtain a copy of your personal data in a portable and readily usable format.
- Right to opt out: you may opt out of targeted advertising and of the sale of your personal data, and of profiling in furtherance of decisions that produce legal or similarly significant effects concerning you.

If you live in Oregon or Minnesota, you may also request a list of the specific third parties to which we have disclosed personal data. If you live in Minnesota, you may question the result of any profiling used to make a decision with legal or similarly significant effects on you, and ask for the reasons behind it.

### How to exercise your rights

To exercise your rights, submit a request through our privacy form at https://larkspur.example/privacy-request or e-mail privacy@larkspur.example. To opt out of sale and targeted advertising, click the "Your Privacy Choices" link in the footer of our website. We treat a Global Privacy Control signal from your browser as a valid request to opt out.

### Appeals

If we decline to act on your request, you may appeal our decision by replying to our response within 60 days. We will tell you in writing what we decided on your appeal and why. If we deny your appeal, you may contact your state Attorney General to submit a complaint.

## Contact Us

If you have questions about this notice, contact us at privacy@larkspur.example or write to Larkspur Outfitters, Inc., 410 Alder Street, Portland, OR 97204.
`;

const INCOMPLETE = `---
regimes: [us-states]
states: [TX, VA, CO]
---
# Privacy Policy

Effective date: January 12, 2026

Brightwell Health Media LLC publishes health newsletters and runs a community for people living with chronic conditions. This policy tells you how we handle your information.

## Information We Collect

We collect your name, e-mail address and mailing address when you subscribe, the pages you read on our site, and the health topics you follow. If you join our community, we collect the information you give in your profile, including any disability or chronic condition you choose to share. We process this disability and health information only with your express consent, which you can withdraw in your account settings.

## How We Use Your Information

We use your information to send you the newsletters you asked for, to tailor articles to the topics you follow, to run the community, and to measure how our site is used.

## Sharing and Sale of Your Information

We sell your contact details and information about a disability you have shared with us, to help partners reach readers who may benefit from their products. We also share the identifiers and browsing data we collect, as described below, for targeted advertising.

## Your Rights

Depending on where you live, you have the right to confirm whether we process your personal data and to access it, to correct inaccurate personal data, to delete your personal data, and to obtain a copy of your personal data in a portable format. You may also opt out of targeted advertising, of the sale of your personal data, and of profiling in furtherance of decisions that produce legal or similarly significant effects.

To exercise any of these rights, e-mail us at rights@brightwell.example or use the form at https://brightwell.example/rights. We honour Global Privacy Control signals as a request to opt out of sale and targeted advertising.

## Contact

Questions about this policy can be sent to privacy@brightwell.example.
`;

function check(text: string, settings: Record<string, unknown> = {}) {
  return analyze({ text, config: { settings } }).report;
}

test('held-out (a): a complete multi-state notice gets no missing-disclosure warning from us-states', () => {
  const report = check(COMPLETE, { regimes: ['us-states'] });
  const bad = report.findings.filter((f) => f.code.startsWith('us-states/') && (f.severity === 'warning' || f.severity === 'error'));
  assert.deepEqual(bad.map((f) => `${f.code}: ${f.message}`), []);
  // Every common item is found, not merely left undecided.
  const notFound = report.disclosures.filter((d) => d.id.startsWith('us-states/') && !d.found && d.required !== 'not-applicable').map((d) => d.id);
  assert.deepEqual(notFound, []);
});

// What the law requires of draft (b), and so which three items are missing:
// - the appeal process: every state's notice must say how to appeal (Va. Code § 59.1-578(C)(3),
//   Tex. Bus. & Com. Code § 541.102(a)(3));
// - the categories of third parties: the draft says it sells and shares data but never says to
//   whom by category ("partners" is no category of recipient): § 59.1-578(C)(5), § 541.102(a)(5);
// - the sensitive-data item that the sale triggers: data about a disability are sensitive data;
//   the draft does ask consent before processing them (so the consent item, Va. Code
//   § 59.1-578(A)(5), is met), but it sells them and its profile names Texas, so Texas's notice,
//   "NOTICE: We may sell your sensitive personal data.", is owed word for word and absent
//   (§ 541.102(b)). Maryland is not among its states, so its ban (Md. Code, Com. Law
//   § 14-4607(a)(2)) is not reported.
test('held-out (b): no appeal, no third-party categories, a sale of disability data: exactly those three missing, rights found', () => {
  const report = check(INCOMPLETE);
  assert.deepEqual(report.regimes, ['us-states']);
  const missing = report.disclosures.filter((d) => d.id.startsWith('us-states/') && d.status === 'missing' && d.required !== 'not-applicable').map((d) => d.id).sort();
  assert.deepEqual(missing, ['us-states/appeal', 'us-states/sensitive-data-sale-notice', 'us-states/third-party-categories']);
  const byId = new Map(report.disclosures.map((d) => [d.id, d]));
  for (const right of ['right-access', 'right-correct', 'right-delete', 'right-portability', 'right-opt-out', 'right-opt-out-profiling', 'request-methods']) {
    assert.equal(byId.get(`us-states/${right}`)?.status, 'disclosed', right);
  }
  assert.equal(byId.get('us-states/sensitive-data-sale-notice')?.required, 'always');
  assert.equal(byId.get('us-states/sensitive-data')?.status, 'disclosed');
  // Reported as warnings (missing disclosures), not as undecided information.
  const warned = report.findings.filter((f) => f.code.startsWith('us-states/') && f.severity === 'warning').map((f) => f.code).sort();
  assert.deepEqual(warned, missing);
  assert.ok(!report.findings.some((f) => f.code === 'us-states/maryland-sensitive-sale'));
});

test('held-out (b) with Maryland among its states: the sale of disability data is an error', () => {
  const text = INCOMPLETE.replace('states: [TX, VA, CO]', 'states: [TX, VA, CO, Maryland]');
  const f = check(text).findings.filter((x) => x.code === 'us-states/maryland-sensitive-sale');
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'error');
  assert.match(text.slice(f[0].start, f[0].end), /disability/);
});
