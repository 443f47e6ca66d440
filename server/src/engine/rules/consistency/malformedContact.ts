// Contact details that cannot work as written: an e-mail address or web address that is not
// valid, one that runs into the next word, a broken "http://", a postcode glued to its town.
import { getEntities } from '../../extract';
import type { CheckRule, RawFinding } from '../framework/ruleTypes';
import { gdpr, gdprArticleUrl } from '../../law/legalRefs';

export const malformedContact: CheckRule = {
  kind: 'check',
  id: 'consistency/malformed-contact',
  family: 'consistency',
  title: 'Malformed contact detail',
  refs: gdpr('13(1)(a)'),
  defaultSeverity: 'warning',
  docUrl: gdprArticleUrl(13),
  explanation:
    'Contact details are only given if they work (Art. 13(1)(a)): an address with a typing slip, or one glued to the next word, will bounce or lead nowhere when the reader copies it.',
  run(ctx) {
    const ent = getEntities(ctx);
    const doc = ctx.doc;
    const out: RawFinding[] = [];
    const space = (at: number) => [{ title: 'Insert a space', kind: 'quickfix' as const, edits: [{ start: at, end: at, newText: ' ' }], isPreferred: true }];
    for (const e of ent.emails) {
      if (e.glued) {
        const glue = doc.text.slice(e.glued.start, e.glued.end).replace(/^\./, '');
        out.push({ start: e.start, end: e.glued.end, message: `The e-mail address ${e.address} runs into the next word (“${glue}”); copied as written, it will not work. Separate them.`, fixes: space(e.glued.start) });
      } else if (e.problem) {
        out.push({ start: e.start, end: e.end, message: `${e.address} cannot be a valid e-mail address: ${e.problem}. Check the address.` });
      }
    }
    for (const u of ent.urls) {
      if (u.glued) {
        out.push({ start: u.start, end: u.glued.end, message: `The web address ${u.url} runs into the next word (“${doc.text.slice(u.glued.start, u.glued.end)}”); as written the link is broken. Separate them.`, fixes: space(u.glued.start) });
      } else if (u.problem) {
        out.push({ start: u.start, end: u.end, message: `${u.url} cannot be a valid web address: ${u.problem}. Check the address.` });
      }
    }
    for (const b of ent.brokenSchemes) {
      const fixed = /^https/i.test(b.written) ? 'https://' : 'http://';
      out.push({
        start: b.start,
        end: b.end,
        message: `“${b.written}” is not a valid start of a web address; it should read “${fixed}”.`,
        fixes: [{ title: `Replace with ${fixed}`, kind: 'quickfix', edits: [{ start: b.start, end: b.end, newText: fixed }], isPreferred: true }],
      });
    }
    for (const a of ent.postalAddresses) {
      if (!a.glued) continue;
      out.push({
        start: a.postcodeStart,
        end: a.postcodeEnd,
        message: `The postcode is glued to the town (“${doc.text.slice(a.postcodeStart, a.postcodeEnd)}”). Write a space between them so the address can be used as written.`,
        fixes: space(a.glued.at),
      });
    }
    return out;
  },
};
