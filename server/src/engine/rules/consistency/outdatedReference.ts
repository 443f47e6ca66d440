// Bodies and mechanisms that no longer exist: the Article 29 Working Party (replaced by the
// EDPB on 25 May 2018), the EU–US Privacy Shield (invalidated by the Court of Justice in
// Schrems II, 16 July 2020), Safe Harbor (invalidated in Schrems I, 6 October 2015),
// Directive 95/46/EC (repealed by the GDPR) and the UK Data Protection Act 1998.
import { Anchor, matchesNear } from '../../extract/scan';
import type { CheckRule, RawFinding } from '../framework/ruleTypes';
import { gdpr } from '../../law/legalRefs';
import { getEntities } from '../../extract';
import { replaceFix, sentenceNormAt } from './shared';
import { clipQuote } from '../../text/quote';

interface Outdated {
  re: RegExp;
  /**
   * The words every match contains, and how far they can be from its start: the expression
   * (optional words in front, so tried at every word) runs only near them. The bounds are the
   * expression's longest match; see matchesNear.
   */
  near: Anchor;
  /** In the same sentence, these words show the text already knows it is history. */
  aware: RegExp;
  current: string;
  message: (written: string) => string;
  replacement?: (written: string) => string;
}

const HISTORY = /invalidat|no longer|struck down|schrems|annul|replaced|successor|superseded|formerly|former\b|predecessor|repealed|until (?:it was|its)|previously/;
const EDPB_MEMBERS = 'https://www.edpb.europa.eu/about-edpb/about-edpb/members_en';

const OUTDATED: Outdated[] = [
  {
    re: /\b(?:the )?art(?:icle|\.)? ?29 (?:data protection )?working party(?: \(wp ?29\))?|\bwp ?29\b/g,
    near: { re: /29/g, before: 12, span: 54, behind: 1 },
    aware: /european data protection board|\bedpb\b/,
    current: 'European Data Protection Board',
    message: (w) => `“${w}” no longer exists: name its successor since 2018, the European Data Protection Board (EDPB, Art. 68 GDPR).`,
    replacement: (w) => (/^the /i.test(w) ? 'the European Data Protection Board' : 'European Data Protection Board'),
  },
  {
    re: /\b(?:(?:eu|e\.u\.|swiss|u\.s\.|us|uk)[ -]{0,3}(?:u\.s\.|us|eu|swiss)?[ -]{0,3}(?:and [a-z.-]{2,12} )?)?privacy shield(?: frameworks?| principles| program(?:me)?)?/g,
    near: { re: /privacy shield/g, before: 33, span: 60, behind: 1 },
    aware: /data privacy framework|\bdpf\b/,
    current: 'EU-U.S. Data Privacy Framework',
    message: (w) => `“${w}” was invalidated in 2020 (Schrems II): name the EU-U.S. Data Privacy Framework or the safeguard actually used.`,
    replacement: () => 'EU-U.S. Data Privacy Framework',
  },
  {
    re: /\b(?:(?:eu|e\.u\.|swiss|u\.s\.|us)[ -]{0,3}(?:u\.s\.|us|eu|swiss)?[ -]{0,3})safe harbou?r(?: framework| principles| privacy principles| program(?:me)?| agreement)?|\bsafe harbou?r (?:framework|privacy principles|principles)/g,
    near: { re: /safe harbo/g, before: 16, span: 49, behind: 1 },
    aware: /coppa|child|kid|caru|esrb|privo|data privacy framework/,
    current: 'EU-U.S. Data Privacy Framework',
    message: (w) => `“${w}” was invalidated in 2015 (Schrems I): name the safeguard actually used for transfers to the US.`,
    replacement: () => 'EU-U.S. Data Privacy Framework',
  },
  {
    re: /\b(?:eu )?(?:data protection )?directive 95\/46(?:\/ec)?/g,
    near: { re: /directive 95\/46/g, before: 19, span: 39, behind: 1 },
    aware: /2016\/679|gdpr|general data protection regulation/,
    current: 'Regulation (EU) 2016/679 (GDPR)',
    message: (w) => `“${w}” was repealed by the GDPR in 2018 (Art. 94 GDPR): refer to Regulation (EU) 2016/679.`,
    replacement: () => 'Regulation (EU) 2016/679 (GDPR)',
  },
  {
    re: /\b(?:uk )?data protection act 1998/g,
    near: { re: /data protection act 1998/g, before: 3, span: 29, behind: 1 },
    aware: /data protection act 2018|uk gdpr/,
    current: 'UK GDPR and the Data Protection Act 2018',
    message: (w) => `“${w}” was repealed: refer to the UK GDPR and the Data Protection Act 2018.`,
    replacement: () => 'UK GDPR and the Data Protection Act 2018',
  },
];

export const outdatedReference: CheckRule = {
  kind: 'check',
  id: 'consistency/outdated-reference',
  family: 'consistency',
  title: 'Outdated body or transfer mechanism',
  refs: gdpr('68', '45', '46'),
  defaultSeverity: 'warning',
  docUrl: 'https://www.edpb.europa.eu/',
  explanation:
    'Policies copied from older templates name bodies and mechanisms that no longer exist (the Article 29 Working Party, Privacy Shield, Safe Harbor, Directive 95/46/EC). Citing them misinforms data subjects about who oversees the rules and how their data is protected in transfers (Art. 13(1)(f)). ' +
    'The Working Party’s role has been held by the European Data Protection Board since 25 May 2018 (Art. 68; its guidelines endorsed the Working Party’s where still relevant), and its list of supervisory authorities is on the EDPB’s site. ' +
    'The Court of Justice invalidated Safe Harbor on 6 October 2015 (Schrems I) and Privacy Shield on 16 July 2020 (Schrems II); the EU-U.S. Data Privacy Framework (adequacy decision of 10 July 2023) covers only recipients certified under it, so otherwise name the safeguard actually used (e.g. standard contractual clauses, Art. 46). ' +
    'Directive 95/46/EC was repealed by the GDPR from 25 May 2018 (Art. 94); the UK’s Data Protection Act 1998 by the Data Protection Act 2018 and, since 1 January 2021, the UK GDPR.',
  run(ctx) {
    const doc = ctx.doc;
    const out: RawFinding[] = [];
    for (const o of OUTDATED) {
      const hits: Array<{ start: number; end: number }> = [];
      for (const { start, end } of matchesNear(doc, o.re, o.near, 'norm')) {
        const sentence = sentenceNormAt(doc, start);
        if (HISTORY.test(sentence) || o.aware.test(sentence)) continue;
        hits.push({ start, end });
      }
      if (hits.length === 0) continue;
      // One finding per body or mechanism, on its first mention; the others are listed with it.
      const first = hits[0];
      const written = doc.text.slice(first.start, first.end);
      const more = hits.length > 1 ? ` (mentioned ${hits.length} times)` : '';
      const fixes = o.replacement ? [replaceFix(`Replace with ${o.replacement(written)}`, [first], o.replacement(written), true)] : [];
      if (o.replacement && hits.length > 1) {
        fixes.push({ title: `Replace all ${hits.length} mentions`, kind: 'quickfix', edits: hits.map((h) => ({ ...h, newText: o.replacement!(doc.text.slice(h.start, h.end)) })) });
      }
      out.push({ ...first, message: `${o.message(clipQuote(written, 50)).replace(/\.$/, '')}${more}.`, fixes, related: hits.slice(1).map((h) => ({ ...h, message: doc.text.slice(h.start, h.end) })) });
    }
    // Links to the former Working Party's pages (cut where a following word was glued on).
    for (const u of getEntities(ctx).urls) {
      if (!/ec\.europa\.eu\/(?:justice\/(?:data-protection\/)?article-29|newsroom\/article29|justice\/policies\/privacy\/workinggroup)/i.test(u.url)) continue;
      out.push({
        start: u.start,
        end: u.end,
        message: 'Link to the former Article 29 Working Party’s pages: the supervisory authorities are now listed on the EDPB’s site.',
        fixes: [replaceFix('Replace with the EDPB’s list of supervisory authorities', [u], EDPB_MEMBERS, true)],
      });
    }
    return out;
  },
};
