// The TextMate grammar: valid JSON, the expected scope name, every regular expression compiles
// in JavaScript (a proxy for Oniguruma, which is not available here) and matches what it should.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const FILE = path.join(__dirname, '..', '..', '..', 'syntaxes', 'privacy-policy.tmLanguage.json');

interface Rule {
  name?: string;
  match?: string;
  begin?: string;
  end?: string;
  patterns?: Rule[];
  include?: string;
}
interface Grammar {
  scopeName: string;
  patterns: Rule[];
  repository: Record<string, Rule>;
}

const grammar = JSON.parse(fs.readFileSync(FILE, 'utf8')) as Grammar;
const repo = grammar.repository;

/** The regex of a repository rule: `match`, or `begin` for begin/end rules (headings). */
function regexOf(key: string): RegExp {
  const r = repo[key];
  assert.ok(r, `repository has ${key}`);
  const src = r.match ?? r.begin;
  assert.ok(src, `${key} has a match or begin`);
  return new RegExp(src, 'g');
}

/** All matches of a rule in a single line. */
function matches(key: string, line: string): string[] {
  const re = regexOf(key);
  if (repo[key].begin) {
    // Heading rules begin with a (possibly empty) prefix and run to the end of the line.
    const m = re.exec(line);
    return m ? [line.slice(m.index).trim()] : [];
  }
  return [...line.matchAll(re)].map((m) => m[0]);
}

test('grammar is valid JSON with scopeName text.privacy-policy', () => {
  assert.equal(grammar.scopeName, 'text.privacy-policy');
  assert.ok(Array.isArray(grammar.patterns) && grammar.patterns.length > 0);
});

test('every include resolves and every regex compiles in JavaScript', () => {
  const visit = (rules: Rule[] | undefined) => {
    for (const r of rules ?? []) {
      if (r.include) assert.ok(repo[r.include.slice(1)], `include ${r.include} resolves`);
      for (const src of [r.match, r.begin, r.end]) if (src !== undefined) assert.doesNotThrow(() => new RegExp(src), src);
      visit(r.patterns);
    }
  };
  visit(grammar.patterns);
  visit(Object.values(repo));
  // No Oniguruma-only syntax: inline flags, possessive quantifiers, \h, \A, \z, \G.
  for (const [key, r] of Object.entries(repo)) {
    for (const src of [r.match, r.begin, r.end]) {
      if (src) assert.doesNotMatch(src, /\(\?[imx]|\\[hAzZG]|[*+?}]\+/, `${key}: Oniguruma-only syntax`);
    }
  }
});

test('themes colour it: standard scope names', () => {
  assert.match(repo['heading-atx'].name!, /^markup\.heading\./);
  assert.match(repo['heading-numbered'].name!, /^markup\.heading\./);
  assert.match(repo['heading-caps'].name!, /^markup\.heading\./);
  assert.match(repo['article-reference'].name!, /^constant\.other\.reference\./);
  assert.match(repo['email'].name!, /^markup\.underline\.link\./);
  assert.match(repo['url'].name!, /^markup\.underline\.link\./);
  assert.match(repo['phone'].name!, /^constant\./);
  assert.match(repo['defined-term'].name!, /^string\.quoted\./);
  assert.match(repo['placeholder'].name!, /^invalid\.illegal\./);
});

test('headings: Markdown, numbered, ALL CAPS; not numbered sentences or ordinary lines', () => {
  assert.deepEqual(matches('heading-atx', '## Your rights'), ['## Your rights']);
  assert.deepEqual(matches('heading-atx', '#hashtag'), []);
  assert.deepEqual(matches('heading-numbered', '1. Introduction'), ['1. Introduction']);
  assert.deepEqual(matches('heading-numbered', '2.1 What we collect'), ['2.1 What we collect']);
  assert.deepEqual(matches('heading-numbered', 'IV. Your Rights'), ['IV. Your Rights']);
  assert.deepEqual(matches('heading-numbered', '1. We collect your name and e-mail address.'), []);
  assert.deepEqual(matches('heading-caps', 'YOUR RIGHTS'), ['YOUR RIGHTS']);
  assert.deepEqual(matches('heading-caps', 'HOW WE USE YOUR INFORMATION (ART. 13 GDPR)'), ['HOW WE USE YOUR INFORMATION (ART. 13 GDPR)']);
  assert.deepEqual(matches('heading-caps', 'We collect data.'), []);
});

test('article references in every citation form', () => {
  const forms = [
    'Art. 15 GDPR',
    'Article 6(1)(f)',
    'Art. 6 (1) lit. f GDPR',
    'Art. 6 para. 1 sentence 1 lit. a GDPR',
    'Articles 15 to 22',
    'Art. 13 and Art. 14 GDPR',
    'Article 77 of the GDPR',
    'Art. 6(1)(a) and (b)',
    'Arts. 15-22',
    'Article 6 paragraph 1 point (f)',
    'Art. 15 DSGVO',
  ];
  for (const f of forms) {
    const found = matches('article-reference', `As required by ${f}, we tell you.`);
    assert.equal(found.length, 1, f);
    assert.equal(found[0], f, f);
  }
  assert.deepEqual(matches('regulation', 'Regulation (EU) 2016/679 (the General Data Protection Regulation)'), ['Regulation (EU) 2016/679', 'General Data Protection Regulation']);
  assert.deepEqual(matches('article-reference', 'the artist 15 times'), []);
});

test('e-mails, URLs and phone numbers; dates are not phone numbers', () => {
  assert.deepEqual(matches('email', 'Write to privacy@example.co.uk or dpo@example.com.'), ['privacy@example.co.uk', 'dpo@example.com']);
  assert.deepEqual(matches('url', 'See https://example.com/privacy. Or www.example.org/a?b=c, thanks.'), ['https://example.com/privacy', 'www.example.org/a?b=c']);
  assert.deepEqual(matches('url', '(https://example.com/x)'), ['https://example.com/x']);
  assert.deepEqual(matches('phone', 'Call +44 20 7946 0958 or (555) 123-4567 or 555-123-4567 or 0800 123 4567.'), [
    '+44 20 7946 0958',
    '(555) 123-4567',
    '555-123-4567',
    '0800 123 4567',
  ]);
  assert.deepEqual(matches('phone', 'Effective 2018-05-25, version 1.2.3, 15 to 22.'), []);
});

test('defined terms in quotes and placeholders', () => {
  assert.deepEqual(matches('defined-term', 'Seqster Inc. (“Seqster,” “we,” “us”) and the "Services".'), ['“Seqster,”', '“we,”', '“us”', '"Services"']);
  assert.deepEqual(matches('placeholder', 'Signed ____ on [Company Name] at <insert date>, {{ company }}, TODO, TBD, XXX.'), [
    '____',
    '[Company Name]',
    '<insert date>',
    '{{ company }}',
    'TODO',
    'TBD',
    'XXX',
  ]);
  assert.deepEqual(matches('placeholder', 'See [our cookie policy](https://example.com) and footnote [1].'), []);
});

test('regexes stay fast on long adversarial lines', () => {
  const long = '+1 ' + '1'.repeat(5000) + ' Art. ' + '(1)'.repeat(3000) + ' a@' + 'b.'.repeat(3000) + ' "' + 'x'.repeat(5000);
  for (const key of Object.keys(repo)) {
    const r = repo[key];
    if (!r.match && !r.begin) continue;
    const t0 = performance.now();
    matches(key, long);
    assert.ok(performance.now() - t0 < 200, `${key} is slow`);
  }
});
