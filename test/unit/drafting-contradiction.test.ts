// drafting/contradiction: two statements of one draft that cannot both be true. The planted
// draft holds one contradiction per topic at known lines; the clean draft holds the traps
// (negation over both, conditions, other readers, processors, the CCPA's "sale") and must get no
// finding. Each trap below comes with its twin without the hedge, which must fire, so that the
// trap tests what it says. The sentences are written for these tests.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, ALL_REGIMES, Finding } from '../../server/src/engine';

const CODE = 'drafting/contradiction';
const FIXTURES = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'drafting');
const NOW = new Date('2026-06-01T00:00:00Z');

function contradictions(text: string): Finding[] {
  return analyze({ text, config: { now: NOW, settings: { regimes: [...ALL_REGIMES] } } }).report.findings.filter((f) => f.code === CODE);
}

/** A short draft: a title, then the paragraphs (each may start with "## Heading\n\n"). */
function draft(...paragraphs: string[]): string {
  return `# Privacy Policy\n\nLast updated: 1 May 2026\n\n${paragraphs.join('\n\n')}\n`;
}

const lineOf = (text: string, needle: string): number => text.slice(0, text.indexOf(needle)).split('\n').length - 1;

test('planted draft: one contradiction per topic, on the later statement, with the earlier as related location', () => {
  const text = fs.readFileSync(path.join(FIXTURES, 'contradiction-planted.md'), 'utf8');
  const fs_ = contradictions(text);
  // [later line, earlier line, topic words in the message] (1-based lines, as the editor shows them)
  const expected: Array<[number, number, RegExp]> = [
    [39, 13, /selling data/],
    [41, 15, /marketing by others/],
    [45, 19, /transfers abroad/],
    [49, 23, /retention of support messages/],
    [53, 27, /children/],
    [57, 31, /cookies/],
    [61, 35, /automated decisions/],
  ];
  assert.deepEqual(
    fs_.map((f) => [f.line + 1, f.related[0]?.line + 1]),
    expected.map(([l, e]) => [l, e]),
  );
  fs_.forEach((f, i) => {
    assert.match(f.message, expected[i][2]);
    assert.equal(f.severity, 'warning');
    // One sentence, quoting both statements, short enough for a margin note.
    assert.ok(f.message.length <= 170, `${f.message.length}: ${f.message}`);
    assert.equal((f.message.match(/“/g) ?? []).length, 2, f.message);
    assert.match(f.message, new RegExp(`line ${expected[i][1]} says`));
    assert.match(f.related[0].message, /contradicts/);
  });
  assert.match(fs_[0].message, /“we sell your e-mail address” here, but line 13 says “We do not sell your personal information”/);
  assert.match(fs_[3].message, /“Support tickets are deleted 30 days” here, but line 23 says “support tickets for 12 months”/);
});

test('planted draft in other wordings: each of the seven still found on its line', () => {
  const text = fs.readFileSync(path.join(FIXTURES, 'contradiction-planted-variants.md'), 'utf8');
  const fs_ = contradictions(text);
  assert.deepEqual(
    fs_.map((f) => [f.line + 1, f.related[0]?.line + 1, /Contradiction on ([a-z ]+?)(?: of [a-z ]+)?:/.exec(f.message)?.[1]]),
    [
      [25, 9, 'selling data'],
      [27, 11, 'marketing by others'],
      [31, 13, 'transfers abroad'],
      [35, 15, 'retention'],
      [39, 17, 'children'],
      [43, 19, 'cookies'],
      [47, 21, 'automated decisions'],
    ],
  );
});

test('clean control draft: traps on every topic, no contradiction', () => {
  const text = fs.readFileSync(path.join(FIXTURES, 'contradiction-clean.md'), 'utf8');
  assert.deepEqual(contradictions(text).map((f) => `${f.line + 1}: ${f.message}`), []);
});

/** The last paragraph of `fires` contradicts its first; `silent`, the same with the trap, has no finding. */
function trap(name: string, fires: string[], silent: string[]): void {
  test(`trap: ${name}`, () => {
    const text = draft(...fires);
    const found = contradictions(text);
    const body = (p: string) => p.slice(p.lastIndexOf('\n\n') + 2);
    assert.equal(found.length, 1, `the plain twin must fire: ${fires.join(' / ')}`);
    assert.equal(found[0].line, lineOf(text, body(fires[fires.length - 1])));
    assert.equal(found[0].related[0].line, lineOf(text, body(fires[0])));
    assert.deepEqual(contradictions(draft(...silent)).map((f) => f.message), []);
  });
}

const NO_SALE = 'We do not sell your personal information.';
const NO_MARKETING_SHARING = 'We will never share your personal data with third parties for their own marketing purposes.';
const PARTNER_OFFERS = 'We share your e-mail address with partner shops so that they can send you their own offers.';

// A negation whose scope covers the other statement.
trap('one negation covers the sale and the sharing',
  [NO_SALE, 'We sell your contact details to a marketing agency.'],
  [NO_SALE, 'We neither sell your contact details to a marketing agency nor rent them out.']);
trap('a list under a negating introduction',
  [NO_MARKETING_SHARING, PARTNER_OFFERS],
  [NO_MARKETING_SHARING, 'We promise that we will never do the following:', `- ${PARTNER_OFFERS.replace(/^We/, 'we')}`]);
trap('a question answered no',
  [NO_SALE, 'We sell your e-mail address to a publisher.'],
  [NO_SALE, 'Do we sell your e-mail address to a publisher? We do not.']);

// Conditions and exceptions.
trap('"unless" and "only if"',
  [NO_SALE, 'We sell your contact details to selected publishers.'],
  [NO_SALE, 'We sell your contact details to selected publishers only if you ask us to.']);
trap('"if you consent"',
  [NO_MARKETING_SHARING, PARTNER_OFFERS],
  [NO_MARKETING_SHARING, `If you consent in your settings, ${PARTNER_OFFERS.replace(/^We/, 'we')}`]);
trap('a denial with an exception',
  [NO_SALE, 'We sell your contact details to a marketing agency.'],
  ['We do not sell your personal information except to our successor.', 'We sell your contact details to a marketing agency.']);
trap('"other than"',
  ['We make no automated decisions about you.', 'Our system automatically rejects loan applications with a low score.'],
  ['We make no automated decisions about you other than fraud checks.', 'Our system automatically rejects loan applications with a low score.']);
trap('collection from children with their parents\' consent',
  ['Our app is not directed at children under 13.', 'We collect voice recordings from children who use the story mode.'],
  ['Our app is not directed at children under 13.', 'We collect voice recordings from children only with the consent of their parents.']);

// Different data, parties or readers.
trap('an EU section and a US section',
  ['## For users in the EEA\n\nYour personal data is never transferred outside the European Economic Area.', '## Hosting\n\nOur servers are located in the United States.'],
  ['## For users in the EEA\n\nYour personal data is never transferred outside the European Economic Area.', '## For users in the United States\n\nOur servers for these customers are located in the United States.']);
trap('a processor acting for us is not a third party (GDPR Art. 4(10))',
  [NO_MARKETING_SHARING, 'We share your name with our publishing partner so that it can offer you its own services.'],
  [NO_MARKETING_SHARING, 'We share your name with our payment processor so that it can offer you its own services.']);
trap('a denial about the data collected on one site, against data bought elsewhere',
  [NO_SALE, 'We sell contact lists compiled from public directories.'],
  ['We do not sell the personal information collected on this website.', 'We sell contact lists compiled from public directories.']);
trap('"such information" points at a narrower set',
  [NO_SALE, 'We sell personal information about consumers to insurers.'],
  ['Visitors to our events give us their business cards. We do not sell such personal information.', 'We sell personal information about consumers to insurers.']);
trap('children under 13 against minors of 13 to 17',
  ['Our shop is not directed at children under 13.', 'Children under 13 can create an account to save their wish lists.'],
  ['Our shop is not directed at children under 13.', 'Minors aged 13 to 17 can create an account to save their wish lists.']);
trap('a kind of cookie denied, another kind named',
  ['We do not use advertising cookies.', 'We use DoubleClick to show you our adverts on other sites.'],
  ['We do not use advertising cookies.', 'We use Google Analytics to count visits to our shop.']);
trap('a person reviews the decision',
  ['We make no automated decisions about you.', 'Our system automatically declines credit applications from new customers.'],
  ['We make no automated decisions about you.', 'Our system automatically flags credit applications, and a member of our credit team decides each one.']);
trap('retention of other data',
  ['We keep server logs for 30 days.', 'Server logs are deleted after 90 days.'],
  ['We keep server logs for 30 days.', 'Payment records are deleted after 90 days.']);
trap('retention from another starting point',
  ['We keep account data for 2 years after your last login.', 'We keep account data for 30 days after your last login.'],
  ['We keep account data for 2 years after your last login.', 'We delete account data 30 days after you close your account.']);
trap('the same period in other units',
  ['We keep support tickets for 12 months.', 'Support tickets are deleted after 6 months.'],
  ['We keep support tickets for 12 months.', 'Support tickets are deleted after one year.']);

// "Sell" in the CCPA's sense against "sell" in the ordinary sense, and one statute against another.
trap('a sale as the CCPA defines it',
  [NO_SALE, '## Our partners\n\nWe sell identifiers to advertising networks.'],
  [NO_SALE, '## California privacy rights\n\nSharing identifiers with advertising partners may be considered a "sale" under the CCPA. We sell identifiers to advertising networks in this sense.']);
trap('two statutes, two definitions of a sale',
  ['We do not sell your personal information as sales are defined in the Nevada statutes.', 'As sales are defined in the Nevada statutes, we sell your personal information to data brokers.'],
  ['We do not sell your personal information as sales are defined in the Nevada statutes.', 'Under the CCPA, sharing for advertising counts as a sale. We sell your personal information to the following categories of third parties: advertising networks.']);

test('a business sold, or data that are no longer personal, is no sale', () => {
  const earlier = 'We do not sell your personal information.';
  for (const later of [
    'If our company is sold, your data would pass to the buyer.',
    'We sell aggregated data about reading trends to publishers.',
    'In a merger, we may transfer or sell your personal information to the acquirer.',
  ]) assert.deepEqual(contradictions(draft(earlier, later)).map((f) => f.message), [], later);
});

test('rights described are no claims: "the right not to be subject to automated decisions", "whether we sell"', () => {
  const text = draft(
    'You have the right not to be subject to a decision based solely on automated processing.',
    'Our system automatically declines credit applications from new customers.',
    'You have the right to know whether we sell your personal information to data brokers.',
    'We do not sell your personal information.',
  );
  const found = contradictions(text);
  // Only the real pair: the decline (affirmation) has no denial before it; the denial of sale has no sale.
  assert.deepEqual(found.map((f) => f.message), []);
});

test('at most five findings per topic; each later statement is reported once', () => {
  const sales = Array.from({ length: 8 }, (_, i) => `We sell your contact details to publisher number ${i + 1}.`);
  const found = contradictions(draft('We do not sell your personal information.', ...sales));
  assert.equal(found.length, 5);
  assert.ok(found.every((f) => f.related[0].line === 4));
});

test('a long draft of repeated statements is checked quickly', () => {
  const para = 'We do not sell your personal information. We keep server logs for 30 days. Our website does not use cookies. ';
  const text = draft(para.repeat(4000), 'We sell your e-mail address to brokers.');
  const t0 = Date.now();
  const found = contradictions(text);
  // Comparing each claim with every earlier one took 40 s here; by kind of claim it takes about one.
  assert.ok(Date.now() - t0 < 10_000);
  assert.equal(found.length, 1);
});

// False alarms found on the dev corpora and fixed, each reworded for this test (no corpus text).
// Every pair was reported by an earlier version of the rule.
const FIXED_FALSE_ALARMS: Array<[string, string, string]> = [
  // [why it is no contradiction, earlier, later]
  ['the denial is about selling for marketing only', 'We do not sell or share personal information with third parties for marketing purposes.', 'We sell your e-mail address to data brokers.'],
  ['the denial covers the data of one product', 'We do not sell your personal information collected in connection with the Harbour app.', 'We sell your e-mail address to data brokers.'],
  ['the denial covers data that came one way', 'We do not sell information that is uploaded through our calendar integration.', 'We sell your e-mail address to data brokers.'],
  ['selling for their marketing is denied, not sharing', 'We do not sell your personal data to third parties to use for their own marketing purposes.', 'We share your e-mail address with partner shops so that they can send you their own offers.'],
  ['a restriction placed on the firms that work for us', 'We hand the mailing to two printing firms. These firms are not allowed to share this information or to use it for their own purposes.', 'We share your e-mail address with partner shops so that they can send you their own offers.'],
  ['"this information" is a narrower set', 'We do not share this information with third parties for their own marketing purposes.', 'We share your e-mail address with partner shops so that they can send you their own offers.'],
  ['a right listed, not a practice', 'Under the GDPR you may:\n\n- Not be subject to a decision based solely on automated processing.', 'Our system automatically declines credit applications from new customers.'],
  ['an exception: "without either your consent or…"', 'We do not make automated decisions with significant effects without either your explicit consent or a contract.', 'Our system automatically declines credit applications from new customers.'],
  ['the right described in other words', 'Each of you has the right granted by law not to be subject to a decision based solely on automated processing.', 'Our system automatically declines credit applications from new customers.'],
  ['"in general" hedges the denial', 'In general, we do not knowingly collect personal information from minors under 14.', 'Children under 13 can create an account, and we collect their name and age.'],
  ['a child giving a parent\'s address is not described as using an account', 'This website is not intended for use by anyone under 18.', 'A child may provide the e-mail address of a parent to reset a forgotten password.'],
  ['data licensed from others, not to them', 'We do not sell your personal information.', 'We license contact information from list vendors.'],
  ['a sale upon consent', 'We do not sell your personal information.', 'Upon receipt of your consent, we may sell your contact details to event organisers.'],
  ['a table header asking the question', 'We do not sell your personal information.', 'Category | Source | Have we sold personal data to third parties | Recipients'],
  ['a right to a list, not a statement of sharing', 'We never share your personal data with third parties for their own marketing purposes.', 'On request we will provide a list of the personal information we disclosed to third parties for their direct marketing purposes.'],
  ['a tool named as someone else\'s', 'Our website does not use cookies.', 'Publishers who sign up for our services or use Outbrain reports give us their billing details.'],
  ['an item of what a request tells you', 'We do not sell your personal information.', 'Whether we sell your personal information to third parties;'],
  ['a tool others implement', 'Our website does not use cookies.', 'We also enable our authors to implement Google Analytics on their own pages.'],
];

for (const [why, earlier, later] of FIXED_FALSE_ALARMS) {
  test(`fixed false alarm: ${why}`, () => {
    assert.deepEqual(contradictions(draft(earlier, later)).map((f) => f.message), []);
  });
}
