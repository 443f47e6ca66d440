// The categories of third parties with whom personal data is shared: Va. Code § 59.1-578(C)(5),
// Tex. Bus. & Com. Code § 541.102(a)(5), Minn. Stat. § 325M.16, subd. 1(a)(5).
import { notRightsListItem, usItem } from './define';

/** Kinds of recipient a notice names: two of them in one sentence about sharing name categories. */
const KIND = String.raw`(service providers|vendors|processors|advertising (partners|networks|companies)|ad networks|analytics (providers|partners|companies)|data brokers|marketing partners|affiliates|affiliated companies|business partners|social (media )?networks|payment processors|government (agencies|authorities)|law enforcement|professional advisers|professional advisors)`;

export default usItem({
  name: 'third-party-categories',
  title: 'Categories of third parties',
  refs: [['VA', '59.1-578(C)(5)'], ['TX', '541.102(a)(5)'], ['MN', '325M.16, subd. 1(a)(5)']],
  explanation: 'The notice must name the categories of third parties with whom the controller shares personal data (advertising partners, data brokers, analytics providers…), if it shares any.',
  remedy: 'Name the categories of third parties you share personal data with, e.g. advertising partners, analytics providers, data brokers, affiliates.',
  // An item of what the consumer may ask for ("- the categories of recipients") is no disclosure.
  keep: (ctx, s) => notRightsListItem(ctx, s),
  anchorHeadings: [/\bshar/, /\bdisclos/, /\bthird part/],
  patterns: {
    cues: ['third part', 'recipient', 'provider', 'vendor', 'processor', 'advertis', 'ad network', 'analytics', 'broker', 'partner', 'affiliat', 'social', 'government', 'law enforcement', 'advis'],
    // "We do not share personal data with third parties": there are no categories to name.
    strong: [/^(?![^]{0,300}\b(except|unless|other than|apart from|for their (own )?(direct )?marketing|shine the light)\b)[^]{0,200}?\b(we|company) (do|does|will) not (share|sell|disclose)\b[^.]{0,40}\b(personal (data|information)|your (data|information))\b[^.]{0,40}\b(with|to) (any )?(other )?third parties\b/],
    any: [
      /\bcategor(y|ies) of (third parties|recipients)\b/,
      /\b(share|disclose|sell|provide|transfer)\w*\b[^.]{0,80}\b(with|to) ((the following|these) (categories|types) of|the following) (third parties|recipients)\b/,
      new RegExp(`\\b(share|shares|shared|sharing|disclose|discloses|disclosed|sell|sells|sold|provide|provides)\\b[^.]{0,80}\\b${KIND}\\b[^.]{0,60}(,|\\band\\b|\\bor\\b)[^.]{0,40}\\b${KIND}\\b`),
      new RegExp(`\\b${KIND}\\b[^.]{0,60}(,|\\band\\b|\\bor\\b)[^.]{0,40}\\b${KIND}\\b[^.]{0,60}\\b(receive|with whom|to whom)\\b`),
    ],
    unless: [/\bright(s)? (to|of|in relation)\b|\bfollowing rights\b|\b(you )?(may|can) (request|ask)\b|\b(request|obtain) a list\b|\babout you\b/],
    headings: [/\bcategories of (third parties|recipients)\b/, /\b(who|whom) we share\b/],
    sectionHeadings: [/\bshar/, /\bdisclos/, /\bthird part/, /\brecipients\b/],
    inSection: [new RegExp(`^\\W{0,4}(our |with )?${KIND}\\b`)],
  },
});
