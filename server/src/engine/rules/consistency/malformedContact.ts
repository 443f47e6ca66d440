// Contact details that cannot work as written: an e-mail address or web address that is not
// valid, one that runs into the next word, a broken "http://", a postcode glued to its town.
import { getEntities } from '../../extract';
import type { CheckRule, RawFinding } from '../framework/ruleTypes';
import { gdpr, gdprArticleUrl } from '../../law/legalRefs';
import { clipQuote } from '../../text/quote';

export const malformedContact: CheckRule = {
  kind: 'check',
  id: 'consistency/malformed-contact',
  family: 'consistency',
  title: 'Malformed contact detail',
  refs: gdpr('13(1)(a)'),
  defaultSeverity: 'warning',
  docUrl: gdprArticleUrl(13),
  explanation:
    'Contact details are only given if they work (Art. 13(1)(a)): an address with a typing slip, or one glued to the next word, will bounce or lead nowhere when the reader copies it. Correct the address, or separate it from the word it runs into.',
  run(ctx) {
    const ent = getEntities(ctx);
    const doc = ctx.doc;
    const out: RawFinding[] = [];
    const space = (at: number) => [{ title: 'Insert a space', kind: 'quickfix' as const, edits: [{ start: at, end: at, newText: ' ' }], isPreferred: true }];
    for (const e of ent.emails) {
      if (e.glued) {
        const glue = doc.text.slice(e.glued.start, e.glued.end).replace(/^\./, '');
        out.push({ start: e.start, end: e.glued.end, message: `E-mail address ${clipQuote(e.address, 60)} runs into the next word (“${clipQuote(glue, 20)}”): separate them.`, fixes: space(e.glued.start) });
      } else if (e.problem) {
        out.push({ start: e.start, end: e.end, message: `${clipQuote(e.address, 60)} cannot be a valid e-mail address: ${e.problem}.` });
      }
    }
    for (const u of ent.urls) {
      if (u.glued) {
        out.push({ start: u.start, end: u.glued.end, message: `Web address ${clipQuote(u.url, 60)} runs into the next word (“${clipQuote(doc.text.slice(u.glued.start, u.glued.end), 20)}”): separate them.`, fixes: space(u.glued.start) });
      } else if (u.problem) {
        out.push({ start: u.start, end: u.end, message: `${clipQuote(u.url, 60)} cannot be a valid web address: ${u.problem}.` });
      }
    }
    for (const b of ent.brokenSchemes) {
      const fixed = /^https/i.test(b.written) ? 'https://' : 'http://';
      out.push({
        start: b.start,
        end: b.end,
        message: `“${clipQuote(b.written, 20)}” is not a valid start of a web address: write “${fixed}”.`,
        fixes: [{ title: `Replace with ${fixed}`, kind: 'quickfix', edits: [{ start: b.start, end: b.end, newText: fixed }], isPreferred: true }],
      });
    }
    for (const a of ent.postalAddresses) {
      if (!a.glued) continue;
      out.push({
        start: a.postcodeStart,
        end: a.postcodeEnd,
        message: `Postcode glued to the town (“${clipQuote(doc.text.slice(a.postcodeStart, a.postcodeEnd))}”): write a space between them.`,
        fixes: space(a.glued.at),
      });
    }
    return out;
  },
};
