// Policy-like text of any size, for the benchmark and the robustness/property tests. The
// sentences are our own (no corpus text): headings, paragraphs, lists, e-mails, article
// references and dates in the proportions a long real notice has. Deterministic per seed.

/** A small, fast, seeded PRNG (mulberry32): the same seed gives the same document. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

// One organisation per document, as in a real notice (a mix of names and domains would be a
// draft full of inconsistencies, which the consistency rules rightly report on every line).
const ORGANISATIONS: Array<[string, string]> = [
  ['Kestrel Apps Ltd', 'kestrel-apps.co.uk'],
  ['Northwind Trading GmbH', 'northwind-trading.de'],
  ['Acme Analytics B.V.', 'acme-analytics.nl'],
  ['Blue Harbour S.A.', 'blueharbour.fr'],
  ['Lindqvist & Partners AB', 'lindqvist-partners.se'],
];
let COMPANIES: string[] = [];
let EMAILS: string[] = [];
function useOrganisation(r: () => number): void {
  const [name, domain] = pick(r, ORGANISATIONS);
  COMPANIES = [name];
  EMAILS = ['privacy', 'dpo', 'support'].map((local) => `${local}@${domain}`);
}
const DATA = ['your name and e-mail address', 'your IP address and device identifiers', 'payment details', 'the content of your messages', 'location data derived from your IP address', 'information about how you use the service', 'your date of birth', 'your order history'];
const PURPOSES = ['to provide the service you asked for', 'to send you our newsletter where you have agreed to it', 'to prevent fraud and keep the service secure', 'to answer your questions', 'to improve our products', 'to comply with our legal obligations'];
const BASES = ['Art. 6(1)(a) GDPR (consent)', 'Art. 6(1)(b) GDPR (contract)', 'Art. 6(1)(c) GDPR (legal obligation)', 'Art. 6(1)(f) GDPR (legitimate interests)'];
const RECIPIENTS = ['our hosting provider', 'payment processors', 'professional advisers such as lawyers and auditors', 'customer support contractors', 'public authorities where the law requires it'];
const PERIODS = ['six months', 'two years', 'ten years', '30 days', 'as long as your account is open'];
const MONTHS = ['January', 'March', 'May', 'July', 'September', 'November'];

const SENTENCES: Array<(r: () => number) => string> = [
  (r) => `${pick(r, COMPANIES)} is the controller of the personal data described in this notice.`,
  (r) => `We collect ${pick(r, DATA)} when you create an account or contact us.`,
  (r) => `We use ${pick(r, DATA)} ${pick(r, PURPOSES)}.`,
  (r) => `The legal basis for this processing is ${pick(r, BASES)}.`,
  (r) => `We share ${pick(r, DATA)} with ${pick(r, RECIPIENTS)}, who act on our instructions.`,
  (r) => `We keep ${pick(r, DATA)} for ${pick(r, PERIODS)} and then delete or anonymise it.`,
  (r) => `You can contact us at ${pick(r, EMAILS)} or by post at 1 High Street, London EC1A 1AA.`,
  () => `You have the right to ask for a copy of your personal data and to have inaccurate data corrected (Art. 15 and Art. 16 GDPR).`,
  () => `Where we rely on your consent, you may withdraw it at any time without affecting earlier processing.`,
  () => `You have the right to lodge a complaint with a supervisory authority, in particular in the Member State of your habitual residence.`,
  () => `Some of our providers are located outside the European Economic Area; we rely on standard contractual clauses.`,
  (r) => `This notice was last updated on ${1 + Math.floor(r() * 28)} ${pick(r, MONTHS)} ${2019 + Math.floor(r() * 6)}.`,
  (r) => `Effective date: ${2019 + Math.floor(r() * 6)}-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 9)}.`,
  () => `We do not make decisions based solely on automated processing that produce legal effects concerning you.`,
  () => `If you do not provide this information, we cannot open an account for you, as it is required to perform our contract.`,
  () => `Cookies are small text files stored on your device; see our cookie notice for details, e.g. which ones we use.`,
  (r) => `Our data protection officer can be reached at ${pick(r, EMAILS)}.`,
  () => `We may update this notice from time to time; material changes will be announced on our website (https://www.${EMAILS[0].split('@')[1]}/privacy).`,
  () => `You may object to processing based on legitimate interests, and ask us to restrict or erase your data.`,
  () => `Where you gave us the data, you may receive them in a structured, commonly used and machine-readable format.`,
];

const HEADINGS = ['Who we are', 'What data we collect', 'Why we use your data', 'Legal basis', 'Who receives your data', 'International transfers', 'How long we keep your data', 'Your rights', 'Cookies', 'Children', 'Changes to this notice', 'How to contact us'];

/**
 * A policy-like document of about `bytes` UTF-16 code units. Markdown (ATX headings, `-`
 * lists) or plain text (numbered and ALL-CAPS headings, `(a)` lists).
 */
export function generatePolicy(bytes: number, seed = 1, format: 'markdown' | 'plaintext' = 'markdown'): string {
  const r = rng(seed);
  useOrganisation(r);
  const parts: string[] = [format === 'markdown' ? '# Privacy Policy\n\n' : 'PRIVACY POLICY\n\n'];
  let size = parts[0].length;
  let section = 0;
  while (size < bytes) {
    section++;
    const h = HEADINGS[section % HEADINGS.length];
    const heading =
      format === 'markdown' ? `## ${section}. ${h}\n\n` : section % 2 === 0 ? `${h.toUpperCase()}\n\n` : `${section}. ${h}\n\n`;
    parts.push(heading);
    size += heading.length;
    const paragraphs = 1 + Math.floor(r() * 3);
    for (let p = 0; p < paragraphs && size < bytes; p++) {
      let para: string;
      if (r() < 0.25) {
        const items: string[] = [];
        const n = 2 + Math.floor(r() * 4);
        for (let i = 0; i < n; i++) {
          const marker = format === 'markdown' ? '- ' : `(${String.fromCharCode(97 + i)}) `;
          items.push(marker + pick(r, SENTENCES)(r));
        }
        para = `${pick(r, SENTENCES)(r).replace(/\.$/, ':')}\n${items.join('\n')}\n\n`;
      } else {
        const n = 2 + Math.floor(r() * 5);
        const sentences: string[] = [];
        for (let i = 0; i < n; i++) sentences.push(pick(r, SENTENCES)(r));
        para = sentences.join(' ') + '\n\n';
      }
      parts.push(para);
      size += para.length;
    }
  }
  return parts.join('').slice(0, bytes);
}

/** Realistic fragments for property tests: lines a draft is made of (headings, sentences, list items). */
export function policyFragments(): string[] {
  const r = rng(7);
  useOrganisation(r);
  const out: string[] = [];
  for (const h of HEADINGS) out.push(`## ${h}`, h.toUpperCase(), `**${h}**`);
  for (const s of SENTENCES) out.push(s(r), s(r), `- ${s(r)}`, `(a) ${s(r)}`);
  out.push('---', 'regimes: [gdpr, ccpa]', 'dpo: maybe', '<!-- a comment', '-->', '```', '[Company Name]', 'TBD', 'Contact us: [email]');
  return out;
}

/**
 * A draft that discloses almost nothing (every catalog item missing, so every finding carries
 * its fixes): headings and sentences about cookies and updates only. The worst case for the
 * per-finding work (anchors, clause placement).
 */
export function generateSparseDraft(bytes: number, seed = 1): string {
  const r = rng(seed);
  const filler = [
    'Cookies are small text files stored on your device; see our cookie notice for details.',
    'We may update this notice from time to time; material changes will be announced on our website.',
    'This notice was last updated on 1 March 2024.',
    'Thank you for reading this notice carefully.',
  ];
  const parts: string[] = ['# Privacy Policy\n\n'];
  let size = parts[0].length;
  for (let i = 1; size < bytes; i++) {
    const para = `## ${i}. ${HEADINGS[(i * 5) % HEADINGS.length].replace(/data|rights|contact|transfers|basis|receives|keep/gi, 'notes')}\n\n${pick(r, filler)} ${pick(r, filler)}\n\n`;
    parts.push(para);
    size += para.length;
  }
  return parts.join('').slice(0, bytes);
}
