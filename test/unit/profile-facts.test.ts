// Quick fixes that answer a possibly-required item's question ("Have you designated a DPO?") by
// recording the fact in the processing profile: the draft's front matter (created if absent,
// everything else kept byte for byte), or the project file the draft uses.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, buildDocumentModel, factFixesFor, frontMatterFactEdit, projectFileFactEdit, RECORD_FACT_COMMAND } from '../../server/src/engine';
import type { Analysis, TextEdit } from '../../server/src/engine';

function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let t = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) t = t.slice(0, e.start) + e.newText + t.slice(e.end);
  return t;
}

const BODY = '# Privacy Policy\n\nShopCo Ltd, 1 High Street, London, is the controller.\n\n## Contact us\n\nWrite to hello@shopco.example.\n';

function dpoFixes(a: Analysis, projectFileUri?: string) {
  const finding = a.report.findings.find((f) => f.code === 'gdpr/dpo-contact');
  assert.ok(finding, 'the DPO item is reported while the fact is undecided');
  return factFixesFor(a, finding, { projectFileUri });
}

function dpo(text: string) {
  return analyze({ text, format: 'markdown' }).report.disclosures.find((d) => d.id === 'gdpr/dpo-contact')!;
}

test('an undecided DPO offers both answers; "No DPO" creates the front matter and the item becomes not applicable', () => {
  assert.equal(dpo(BODY).required, 'conditional');
  const fixes = dpoFixes(analyze({ text: BODY, format: 'markdown' }));
  assert.deepEqual(fixes.map((f) => f.title), ['We have designated a DPO (record `dpo: true` in the front matter)', 'No DPO is designated (record `dpo: false` in the front matter)']);
  const after = applyEdits(BODY, fixes[1].edits);
  assert.equal(after, `---\ndpo: false\n---\n${BODY}`);
  const d = dpo(after);
  assert.equal(d.required, 'not-applicable');
  assert.equal(analyze({ text: after, format: 'markdown' }).report.findings.some((f) => f.code === 'gdpr/dpo-contact' || f.code.startsWith('meta/')), false);
  // "Yes": the item is required, and now a warning rather than a question.
  const yes = applyEdits(BODY, fixes[0].edits);
  assert.equal(dpo(yes).required, 'always');
  assert.equal(analyze({ text: yes, format: 'markdown' }).report.findings.find((f) => f.code === 'gdpr/dpo-contact')?.severity, 'warning');
});

test('an existing block gets one line before its closing fence; its comments and other keys stay as they were', () => {
  const head = '---\ntitle: "Privacy"   # the site generator\'s\nlayout: page\n# reviewed by Legal\nbasis: [contract]\n---\n';
  const text = head + BODY;
  const fixes = dpoFixes(analyze({ text, format: 'markdown' }));
  const after = applyEdits(text, fixes[0].edits);
  assert.equal(after, head.replace('basis: [contract]\n', 'basis: [contract]\ndpo: true\n') + BODY);
  assert.equal(dpo(after).required, 'always');
});

test('a key that is there is answered in place: an unusable value, an empty value, and under `profile` too', () => {
  const cases: Array<[string, string]> = [
    ['---\ndpo: maybe   # ask the client\n---\n', '---\ndpo: false   # ask the client\n---\n'],
    ['---\ndpo:\nlayout: page\n---\n', '---\ndpo: false\nlayout: page\n---\n'],
    ['---\ndpo: perhaps\nprofile:\n  dpo: unsure\n  transfers: true\n---\n', '---\ndpo: false\nprofile:\n  dpo: false\n  transfers: true\n---\n'],
  ];
  for (const [head, expected] of cases) {
    const text = head + BODY;
    const doc = buildDocumentModel(text, 'markdown');
    const after = applyEdits(text, frontMatterFactEdit(doc, 'dpo', false)!);
    assert.equal(after, expected + BODY, head);
    assert.equal(dpo(after).required, 'not-applicable', head);
  }
});

test('line endings and a byte-order mark are kept; a new block uses the draft\'s line endings', () => {
  const crlf = BODY.replace(/\n/g, '\r\n');
  const created = applyEdits(crlf, frontMatterFactEdit(buildDocumentModel(crlf, 'markdown'), 'transfers', true)!);
  assert.equal(created, `---\r\ntransfers: true\r\n---\r\n${crlf}`);
  const bom = '\uFEFF---\r\nlayout: page\r\n---\r\n' + crlf;
  const added = applyEdits(bom, frontMatterFactEdit(buildDocumentModel(bom, 'markdown'), 'transfers', true)!);
  assert.equal(added, '\uFEFF---\r\nlayout: page\r\ntransfers: true\r\n---\r\n' + crlf);
});

test('a block that is not valid YAML, or where the fact holds a list, is not edited (its own finding says why)', () => {
  for (const head of ['---\ntitle: "unclosed\n---\n', '---\ndpo: [yes, no]\n---\n', '---\n{ dpo: maybe }\n---\n']) {
    const text = head + BODY;
    assert.equal(frontMatterFactEdit(buildDocumentModel(text, 'markdown'), 'dpo', true), undefined, head);
  }
});

test('with no front matter but a project file, the answer goes to .privacy-policy.json through the editor', () => {
  const a = analyze({ text: BODY, format: 'markdown', config: { projectFile: { regimes: ['gdpr'] } } });
  const fixes = dpoFixes(a, 'file:///w/.privacy-policy.json');
  assert.equal(fixes.length, 2);
  assert.deepEqual(fixes[1].edits, []);
  assert.equal(fixes[1].title, 'No DPO is designated (record "dpo": false in .privacy-policy.json)');
  assert.deepEqual(fixes[1].command?.args, ['file:///w/.privacy-policy.json', 'dpo', false]);
  assert.equal(fixes[1].command?.id, RECORD_FACT_COMMAND);
  // The draft's own front matter wins over the project file, so it is where the answer goes.
  const withBlock = '---\nlayout: page\n---\n' + BODY;
  const own = dpoFixes(analyze({ text: withBlock, format: 'markdown', config: { projectFile: {} } }), 'file:///w/.privacy-policy.json');
  assert.equal(own[0].command, undefined);
  assert.equal(own[0].edits.length, 1);
});

test('no answer is offered once the fact is declared, the item is decided by the text, or it is waived', () => {
  assert.deepEqual(dpoFixesOrNone(`---\ndpo: true\n---\n${BODY}`), []);
  assert.deepEqual(dpoFixesOrNone(`${BODY}\nWe have not appointed a data protection officer.\n`), []);
  assert.deepEqual(dpoFixesOrNone(`${BODY}\n<!-- privacy-policy-disable gdpr/dpo-contact: a sole trader, Art. 37 does not apply -->\n`), []);
});

function dpoFixesOrNone(text: string): string[] {
  const a = analyze({ text, format: 'markdown' });
  return a.report.findings.filter((f) => f.code === 'gdpr/dpo-contact').flatMap((f) => factFixesFor(a, f).map((x) => x.title));
}

test('other facts: transfers (EEA or UK by the law), automated decisions, data sources, children, selling', () => {
  const a = analyze({ text: BODY, format: 'markdown', config: { settings: { regimes: ['gdpr', 'uk-gdpr', 'coppa', 'ccpa'] } } });
  const titles = (code: string) => {
    const f = a.report.findings.find((x) => x.code === code);
    return f ? factFixesFor(a, f).map((x) => x.title.replace(/ \(record.*$/, '')) : [];
  };
  assert.deepEqual(titles('gdpr/international-transfers'), ['Personal data are transferred outside the EEA', 'No personal data leave the EEA']);
  assert.deepEqual(titles('uk-gdpr/international-transfers'), ['Personal data are transferred outside the UK', 'No personal data leave the UK']);
  assert.equal(titles('gdpr/automated-decision-making').length, 2);
  assert.equal(titles('gdpr/data-source').length, 2);
  assert.deepEqual(titles('coppa/children'), ['The service is directed to children under 13', 'The service is not directed to children under 13']);
  assert.deepEqual(titles('ccpa/right-opt-out'), ['We sell or share personal information', 'We do not sell or share personal information']);
  // Items no fact decides get none.
  assert.deepEqual(titles('gdpr/retention'), []);
  const after = applyEdits(BODY, frontMatterFactEdit(buildDocumentModel(BODY, 'markdown'), 'children', false)!);
  const children = analyze({ text: after, format: 'markdown', config: { settings: { regimes: ['coppa'] } } }).report.disclosures.find((d) => d.id === 'coppa/children')!;
  assert.equal(children.required, 'not-applicable');
});

test('.privacy-policy.json: a value replaced in place, at the top level and under "profile"', () => {
  const text = '{\n  "regimes": ["gdpr"],\n  "dpo": "maybe",\n  "profile": { "dpo": null }\n}\n';
  const edits = projectFileFactEdit(text, 'dpo', true);
  assert.ok(Array.isArray(edits));
  assert.equal(applyEdits(text, edits), '{\n  "regimes": ["gdpr"],\n  "dpo": true,\n  "profile": { "dpo": true }\n}\n');
});

test('.privacy-policy.json: a new fact is added first, in the file\'s indentation', () => {
  const cases: Array<[string, string]> = [
    ['{\n    "regimes": ["gdpr"]\n}\n', '{\n    "transfers": false,\n    "regimes": ["gdpr"]\n}\n'],
    ['{\r\n\t"regimes": ["gdpr"]\r\n}', '{\r\n\t"transfers": false,\r\n\t"regimes": ["gdpr"]\r\n}'],
    ['{ "regimes": ["gdpr"] }', '{ "transfers": false, "regimes": ["gdpr"] }'],
    ['{}\n', '{\n  "transfers": false\n}\n'],
    ['\uFEFF{\n  "dpo": true\n}\n', '\uFEFF{\n  "transfers": false,\n  "dpo": true\n}\n'],
  ];
  for (const [text, expected] of cases) {
    const edits = projectFileFactEdit(text, 'transfers', false);
    assert.ok(Array.isArray(edits), text);
    const after = applyEdits(text, edits);
    assert.equal(after, expected, JSON.stringify(text));
    assert.equal((JSON.parse(after.replace(/^\uFEFF/, '')) as { transfers: boolean }).transfers, false);
  }
});

test('.privacy-policy.json that cannot be edited this way is left alone, with a reason', () => {
  assert.match(projectFileFactEdit('{ "dpo": tru }', 'dpo', true) as string, /not valid JSON/);
  assert.match(projectFileFactEdit('[1, 2]', 'dpo', true) as string, /does not hold an object/);
  assert.match(projectFileFactEdit('{ "dpo": [true] }', 'dpo', true) as string, /holds a list or an object/);
});
