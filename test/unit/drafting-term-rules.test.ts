// The three defined-term rules: what each reports and the traps it must not fall into (each
// false alarm found on real policies kept here in our own words), and the planted-defect and
// clean control drafts in test/fixtures/drafting/.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, Finding } from '../../server/src/engine';

const NOW = new Date('2026-06-01T00:00:00Z');
const FIXTURES = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'drafting');
const findings = (text: string, code: string): Finding[] => analyze({ text, config: { now: NOW } }).report.findings.filter((f) => f.code === code);
const flagged = (text: string, code: string) => findings(text, code).map((f) => text.slice(f.start, f.end));

const UNDEFINED = 'drafting/undefined-term';
const UNUSED = 'drafting/unused-definition';
const INCONSISTENT = 'drafting/inconsistent-term';

/** A short draft that uses defined terms, around `body`. */
const draft = (body: string) =>
  `# Privacy Policy\n\nLast updated: 1 May 2026\n\nQuayside Apps Ltd (“Quayside”, “we”) publishes a tide-table app (the “App”). In this policy, “Personal Data” means information about an identifiable person. The App shows tides.\n\n${body}\n`;

// ---- undefined-term -------------------------------------------------------------------------

test('undefined term: a capitalised phrase after a possessive that nothing defines, once, with its other uses related', () => {
  const text = draft('We keep your Account Information safe. We check your Account Information every year. Account information is kept in Ireland.');
  const fs = findings(text, UNDEFINED);
  assert.deepEqual(fs.map((f) => text.slice(f.start, f.end)), ['Account Information']);
  assert.equal(fs[0].severity, 'warning');
  assert.match(fs[0].message, /“Account Information” is capitalised like a defined term, but no sentence defines it/);
  assert.ok(fs[0].message.length <= 160, fs[0].message);
  assert.equal(fs[0].related.length, 1);
});

test('undefined term: the Platform and our Partners, when the draft uses defined terms', () => {
  assert.deepEqual(flagged(draft('We host the Platform in Frankfurt. We share tide alerts with our Partners. A partner may send offers.'), UNDEFINED), ['Platform', 'Partners']);
});

test('undefined term: “Your”/“Our” opening a sentence counts as a possessive; a run-in heading does not', () => {
  // A possessive is as telling at the start of a sentence as inside one.
  assert.deepEqual(flagged(draft('We store tides you save. Your Member Profile is created when you sign up.'), UNDEFINED), ['Member Profile']);
  // "Your Tide Alerts. We send …" and "Your Messages with Us. …": a paragraph's run-in title, not a term.
  assert.deepEqual(flagged(draft('Your Tide Alerts. We send an alert before high water.\n\nYour Messages with Us. We keep what you write to us for a year.'), UNDEFINED), []);
});

test('not undefined: a draft that gives its undefined capitalised terms the meaning of another document', () => {
  const plain = 'We host the Platform in Frankfurt and keep tide alerts there for a week.';
  const body = `${plain} Capitalised terms that are not defined in this policy have the meanings given to them in our Terms of Use.`;
  assert.deepEqual(flagged(draft(body), UNDEFINED), []);
  // Without that sentence the same phrase is reported.
  assert.deepEqual(flagged(draft(plain), UNDEFINED), ['Platform']);
});

test('undefined term: at most three other uses are related (each is a row in the Problems panel)', () => {
  const text = draft('We run the Platform for sailors and anglers. You may use the Platform without charge, log in to the Platform with your e-mail, rate the Platform in the store, or leave the Platform whenever you wish.');
  const fs = findings(text, UNDEFINED);
  assert.equal(fs.length, 1);
  assert.equal(fs[0].related.length, 3);
});

test('not undefined: a defined term, its plural or singular, and the words of a defined term', () => {
  assert.deepEqual(flagged(draft('Open the App to see tides. Our Apps are free. We protect your Personal Data.'), UNDEFINED), []);
});

test('not undefined: the law’s own words, proper names, products and organisations', () => {
  const body = 'We share data with the Data Protection Officer and our Service Provider. We use Google Analytics and the Apple App Store. Our Controller is named above. You may write to the European Commission or to the Information Commissioner. We follow the Standard Contractual Clauses. Your Personal Information is also protected.';
  assert.deepEqual(flagged(draft(body), UNDEFINED), []);
});

test('not undefined: document and page titles, teams, headings, sentence starts and title-case lines', () => {
  const body = '## Your Account Settings\n\nSee our Terms of Service and the Cookie Policy. Contact our Customer Service team. Change this in your Privacy Settings page. The Platform Team answers within a day.\n\nRead The Tide Tables For Every Harbour Here';
  assert.deepEqual(flagged(draft(body), UNDEFINED), []);
});

test('not undefined: a brand before a drafting noun (“the Steamboat Account”) when the brand is never an ordinary word', () => {
  assert.deepEqual(flagged(draft('Sign in with your Steamboat Account to sync tides.'), UNDEFINED), []);
});

test('not undefined: a phrase defined in another document (“the Website Content (as defined in our Terms)”)', () => {
  assert.deepEqual(flagged(draft('You may use the Website Content (as defined in our Terms) for personal purposes. Website content changes.'), UNDEFINED), []);
});

test('not undefined: “Sale of …” and other phrases joined by “of”; names joined by “and” that are not drafting nouns', () => {
  assert.deepEqual(flagged(draft('You may opt out of the Sale of Personal Information. Visit the Personalization and Data tab. Data about personalization is kept.'), UNDEFINED), []);
});

test('a draft with no defined terms: capitals alone are not enough, unless the phrase recurs three times', () => {
  const plain = '# Privacy Policy\n\nWe run the Platform for sailors. We keep logs for a month. Contact us at help@tideapp.test.\n';
  assert.deepEqual(flagged(plain, UNDEFINED), []);
  const thrice = '# Privacy Policy\n\nWe run the Platform for sailors. The Platform keeps logs for a month, and the Platform is hosted in Ireland by us on the Platform servers we rent.\n';
  assert.deepEqual(flagged(thrice, UNDEFINED), ['Platform']);
});

// ---- unused-definition ----------------------------------------------------------------------

test('unused definition: a capitalised term defined and never used again', () => {
  const text = draft('We send tide alerts (“Alerts”) by push message. We keep your Personal Data for a year.');
  const fs = findings(text, UNUSED);
  assert.deepEqual(fs.map((f) => text.slice(f.start, f.end)), ['Alerts']);
  assert.equal(fs[0].severity, 'information');
  assert.match(fs[0].message, /“Alerts” is defined here but never used/);
});

test('not unused: a party’s name beside “we”, a term in lower case, a term written again in another case', () => {
  const body = 'We use profiling (“profiling”) rarely. You may opt in (“Opt-In”) to alerts; an opt-in can be withdrawn. We keep your Personal Data for a year.';
  assert.deepEqual(flagged(draft(body), UNUSED), []);
});

test('unused: an abbreviation defined and never used again; not when it is used', () => {
  assert.deepEqual(flagged(draft('The General Data Protection Regulation (“GDPR”) applies to your Personal Data.'), UNUSED), ['GDPR']);
  assert.deepEqual(flagged(draft('The General Data Protection Regulation (“GDPR”) applies. The GDPR protects your Personal Data.'), UNUSED), []);
});

test('not unused: alternatives defined together when one is used; all unused gives one finding', () => {
  assert.deepEqual(flagged(draft('Small images (“Clear GIFs” or “Web Beacons”) count visits. Web Beacons do not store Personal Data.'), UNUSED), []);
  assert.deepEqual(flagged(draft('Small images (“Clear GIFs” or “Web Beacons”) count visits. They store no Personal Data.'), UNUSED), ['Clear GIFs']);
});

test('not unused: a quoted button or setting, a right’s other name', () => {
  assert.deepEqual(flagged(draft('Switch on “Limit Ad Tracking” in iOS. You may ask for erasure (the “Right to Delete”). We keep Personal Data for a year.'), UNUSED), []);
});

// ---- inconsistent-term ----------------------------------------------------------------------

test('inconsistent term: another wording of a defined data term, with a quick fix to the defined term', () => {
  const text = draft('We never sell your personal information. We keep Personal Data for a year.');
  const fs = findings(text, INCONSISTENT);
  assert.deepEqual(fs.map((f) => text.slice(f.start, f.end)), ['personal information']);
  assert.equal(fs[0].severity, 'hint');
  assert.match(fs[0].message, /“personal information” where the policy defines “Personal Data” \(line 5\): use the defined term/);
  assert.equal(fs[0].related[0].message, '“Personal Data” is defined here');
  assert.equal(fs[0].fixes[0].edits[0].newText, 'Personal Data');
});

test('inconsistent term: a multi-word term in lower case; a one-word term in lower case after our/your only', () => {
  assert.deepEqual(flagged(draft('We delete personal data after a year. Our app is free. Download the app from a store.'), INCONSISTENT), ['personal data', 'app']);
});

test('inconsistent term: a use before the sentence that defines the term (a hint with the definition related)', () => {
  const filler = 'We publish tide tables for every port on the coast, updated each morning from the harbour masters’ readings, and we keep them for a year so that sailors can compare seasons. '.repeat(2);
  const text = `# Privacy Policy\n\nLast updated: 1 May 2026\n\nThe Harbour Map shows tides.\n\n${filler}\n\nWe publish a chart of berths (the “Harbour Map”). The Harbour Map is free.\n`;
  const fs = findings(text, INCONSISTENT);
  assert.equal(fs.length, 1);
  assert.match(fs[0].message, /“Harbour Map” is used before its definition on line 9/);
  assert.equal(text.slice(fs[0].start, fs[0].end), 'Harbour Map');
});

test('not inconsistent: a definitions section placed last, plural and singular forms, a US-law section’s own words, quoted mentions', () => {
  const text = '# Privacy Policy\n\nLast updated: 1 May 2026\n\nWe protect Personal Data. Each Partner signs a contract with us.\n\n## California residents\n\nCalifornia law calls it personal information; you may ask what we hold.\n\nThe words "personal information" appear in some laws.\n\n## Definitions\n\n- **Personal Data** means information about an identifiable person.\n- **Partners** means the companies that sell tickets in the app.\n';
  assert.deepEqual(flagged(text, INCONSISTENT), []);
});

// ---- planted-defect and control drafts ------------------------------------------------------

const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length - 1;

test('the planted-defect draft: each defect on its line, nothing else from the term rules', () => {
  const text = fs.readFileSync(path.join(FIXTURES, 'terms-defects.policy.md'), 'utf8');
  const all = analyze({ text, config: { now: NOW } }).report.findings.filter((f) => f.code.startsWith('drafting/') && /term|definition/.test(f.code));
  const got = all.map((f) => `${f.code}@${f.line}:${text.slice(f.start, f.end)}`).sort();
  assert.deepEqual(got, [
    `${INCONSISTENT}@${lineOf(text, 'your personal information')}:personal information`,
    `${UNDEFINED}@${lineOf(text, 'your Account Information')}:Account Information`,
    `${UNUSED}@${lineOf(text, '**Partner Offers**')}:Partner Offers`,
  ].sort());
});

test('the clean control draft gets no term finding', () => {
  const text = fs.readFileSync(path.join(FIXTURES, 'terms-clean.policy.md'), 'utf8');
  const all = analyze({ text, config: { now: NOW } }).report.findings.filter((f) => f.code.startsWith('drafting/'));
  assert.deepEqual(all.map((f) => `${f.code}: ${f.message}`), []);
});

// ---- false alarms found on real policies, kept in our own words ------------------------------

test('corpus traps, unused: a plural in -ies used in the singular; an alternative name; a party named in “the term … shall mean”', () => {
  assert.deepEqual(flagged(draft('Some places have no adequacy decision (“Unsafe Territories”). Norway is not an Unsafe Territory. We keep Personal Data in Norway.'), UNUSED), []);
  assert.deepEqual(flagged(draft('“Tide Alerts” or “Alerts” are messages about high water. We send Tide Alerts daily about your Personal Data.'), UNUSED), []);
  assert.deepEqual(flagged(draft('The terms "we", "us" and "Team Quayside" shall mean Quayside Apps Ltd. We keep Personal Data for a year.'), UNUSED), []);
});

test('corpus traps, undefined: “are collectively called”, “refer to … collectively as”, a screen’s section, a brand defined as a party', () => {
  assert.deepEqual(flagged(draft('Our app and website are collectively called the “Services”. We improve our Services.'), UNDEFINED), []);
  assert.deepEqual(flagged(draft('We refer to our apps and pages collectively as “Online Tools”. Our Online Tools show tides.'), UNDEFINED), []);
  assert.deepEqual(flagged(draft('Manage access in the Linked Accounts section of your profile. Linked accounts can be removed.'), UNDEFINED), []);
  assert.deepEqual(flagged('# Privacy Policy\n\nSeaglass Inc. (“Seaglass”) hosts the app (the “App”). Requests go to the Seaglass Subscriber who runs your workspace.\n', UNDEFINED), []);
});

test('corpus traps, inconsistent: another policy’s “privacy policy”, the law’s “third parties”, a sentence-case term, a longer name, a phrase being defined', () => {
  const text = draft('Payments follow the card processor’s terms and privacy policy. We weigh the legitimate interests of third parties. Web storage (“Flash cookies”) is used; flash cookies expire. See the Client Personal Information table. Identifiers (“Personal Identifiers”) and personally identifiable information (“PII”) are listed. We keep Personal Data for a year. We also collect Quayside Personal Data.');
  const t2 = text.replace('(the “App”)', '(the “App”), this policy (the “Privacy Policy”), partner firms (the “Third Parties”)');
  assert.deepEqual(flagged(t2, INCONSISTENT), []);
});

test('corpus traps, inconsistent: a US-law section’s own definition; a use marked “(defined below)”; our service providers; your platform', () => {
  const text = '# Privacy Policy\n\nLast updated: 1 May 2026\n\nWe keep personal information safe. Your Authorized Agent (defined below) may write to us. Our service providers host the app (the “Service”). Connect the Service to your platform.\n\n## California residents\n\nFor purposes of this section, “Personal Information” means information about a California consumer. An agent you appoint (an “Authorized Agent”) may act for you.\n\nWe delete Personal Information on request. The “Platform” means our tide servers.\n';
  assert.deepEqual(flagged(text, INCONSISTENT), []);
});

test('a definitions section goes on past a short item the model takes for a heading (“Country refers to: Norway”)', () => {
  const text = '# Privacy Policy\n\nLast updated: 1 May 2026\n\nWhen you use the Service we collect tide data.\n\n## Definitions\n\nCountry refers to: Norway\n\nService refers to the tide app.\n\n## Data\n\nThe Service runs in Norway, the Country named above.\n';
  assert.deepEqual(flagged(text, INCONSISTENT), []);
});

test('corpus traps, used before the definition: a menu or contents line, “as defined below”, “specified hereinbelow”, a definition a line later', () => {
  const tail = '\n\n## Data\n\nYou open an account on our site (an “Account”). Each Account has a profile. We offer tide tools (the “Services”).\n';
  assert.deepEqual(flagged(`# Privacy Policy\n\nLast updated: 1 May 2026\n\nHome - Services - About Us - Contact\n\nYour Account, as defined below, is private. Users meet the Age Rules specified hereinbelow.\n\nTides are free.${tail}\nChildren must meet the age limits (the “Age Rules”).\n`, INCONSISTENT), []);
  assert.deepEqual(flagged('# Privacy Policy\n\nLast updated: 1 May 2026\n\nWe collect Log Data:\n\n- “Log Data” means the times you open the app.\n', INCONSISTENT), []);
});

test('corpus traps, used before the definition: “(each as defined below)”, a later use after a pointer, a capital that opens a list item, a sentence-case term; another’s “terms of use”', () => {
  const filler = 'We publish tide tables for every port on the coast, updated each morning from the harbour masters’ readings, and we keep them for a year so that sailors can compare seasons. '.repeat(2);
  const text = `# Privacy Policy\n\nLast updated: 1 May 2026\n\nWe hold Berth Data and Crew Data (each as defined below). Skippers meet the Age Rules set out below; a child who does not meet the Age Rules may not sign up.\n\n- Information about your boat is optional.\n\nWe use tide readings for marketing purposes.\n\n${filler}\n\nWe keep berth bookings (“Berth Data”), crew lists (“Crew Data”) and boat details (“Information”). Children must meet the age limits (the “Age Rules”). Promotions (“Marketing purposes”) are optional. Berth Data, Crew Data and Information are private. Partners follow their own terms of use. Our “Terms of Use” apply to the app.\n`;
  assert.deepEqual(flagged(text, INCONSISTENT), []);
});
