// Each pack's scope words are recognised by the scope module: a section headed with one of them,
// or a sentence that invokes it ("Under the UK GDPR, you may…"), is addressed to the pack's
// audience, so that its passages count for the pack and not for a law of the other audience.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { buildDocumentModel, PACKS } from '../../server/src/engine';
import { headingScopes, scopeOf } from '../../server/src/engine/rules/framework/scope';
import type { RuleContext } from '../../server/src/engine/rules/framework/ruleTypes';

function context(text: string): RuleContext {
  const doc = buildDocumentModel(text, 'markdown');
  const memo = new Map<string, unknown>();
  return {
    doc,
    options: {} as RuleContext['options'],
    token: { isCancellationRequested: false } as RuleContext['token'],
    memo: <T>(key: string, compute: () => T): T => {
      if (!memo.has(key)) memo.set(key, compute());
      return memo.get(key) as T;
    },
  };
}

/** The scope of a section headed with the word, else of a sentence invoking it. */
function scopesOf(word: string): string[] {
  const heading = headingScopes(buildDocumentModel(`# Privacy Notice\n\nIntro.\n\n## Rights of ${word.toUpperCase()} residents\n\nYou may ask for a copy.\n`, 'markdown'));
  const ctx = context(`# Privacy Notice\n\nUnder the ${word}, you may ask for a copy of your data.\n`);
  const sentence = ctx.doc.sentences.find((s) => s.norm.includes('copy'))!;
  return [heading[heading.length - 1], scopeOf(ctx, sentence)];
}

for (const pack of PACKS) {
  test(`${pack.id}: every scope word addresses the pack's audience (${pack.audience})`, () => {
    for (const word of pack.scopeWords) assert.ok(scopesOf(word).includes(pack.audience), `${pack.id}: "${word}" → ${scopesOf(word).join(', ')}`);
  });
}

test('the UK GDPR words scope a heading, and a sentence addressing UK readers or invoking the UK GDPR', () => {
  for (const word of ['uk', 'united kingdom', 'uk gdpr']) assert.equal(scopesOf(word)[0], 'eu', word);
  for (const text of ['If you live in the UK, you may ask for a copy of your data.', 'If you live in the United Kingdom, you may ask for a copy of your data.', 'Under the UK GDPR, you may ask for a copy of your data.']) {
    const ctx = context(`# Privacy Notice\n\n${text}\n`);
    assert.equal(scopeOf(ctx, ctx.doc.sentences.find((s) => s.norm.includes('copy'))!), 'eu', text);
  }
});
