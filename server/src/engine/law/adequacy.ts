// Where personal data may go from the EEA or the UK without further safeguards: a fact of law,
// written down here so that a draft promising "never outside the EEA" can be held against a
// server it names elsewhere (rules/drafting/contradiction).
//
// As of 2026. The European Commission's adequacy decisions (GDPR Art. 45) cover Andorra,
// Argentina, Canada (commercial organisations), the Faroe Islands, Guernsey, Israel, the Isle of
// Man, Japan, Jersey, New Zealand, the Republic of Korea, Switzerland, the United Kingdom and
// Uruguay, and the United States for organisations certified under the EU-U.S. Data Privacy
// Framework only. The UK's adequacy regulations ("data bridges") cover the EEA and, broadly, the
// same list. A country whose decision is pending (Brazil) is named in neither list below: the
// checker then says nothing either way.

/** A country outside the EEA and the UK that no adequacy decision covers as a whole. */
export interface NonAdequateCountry {
  /** As the message names it. */
  name: string;
  /** Lower-case forms a draft writes (normalised text). */
  forms: string[];
  /** Adequate for some recipients only (the United States: DPF-certified organisations). */
  partial?: boolean;
}

export const NON_ADEQUATE_COUNTRIES: NonAdequateCountry[] = [
  // Bare "us" is the pronoun ("transferred to us"): only the unambiguous forms.
  { name: 'the United States', forms: ['united states', 'u.s.a', 'u.s.', 'usa'], partial: true },
  { name: 'India', forms: ['india'] },
  { name: 'China', forms: ['china', "people's republic of china"] },
  { name: 'Russia', forms: ['russia', 'russian federation'] },
  { name: 'Singapore', forms: ['singapore'] },
  { name: 'Hong Kong', forms: ['hong kong'] },
  { name: 'the Philippines', forms: ['philippines'] },
  { name: 'Vietnam', forms: ['vietnam', 'viet nam'] },
  { name: 'Indonesia', forms: ['indonesia'] },
  { name: 'Malaysia', forms: ['malaysia'] },
  { name: 'Thailand', forms: ['thailand'] },
  { name: 'Pakistan', forms: ['pakistan'] },
  { name: 'Bangladesh', forms: ['bangladesh'] },
  { name: 'Sri Lanka', forms: ['sri lanka'] },
  { name: 'Ukraine', forms: ['ukraine'] },
  { name: 'Türkiye', forms: ['turkey', 'türkiye', 'turkiye'] },
  { name: 'Mexico', forms: ['mexico'] },
  { name: 'South Africa', forms: ['south africa'] },
  { name: 'Nigeria', forms: ['nigeria'] },
  { name: 'Kenya', forms: ['kenya'] },
  { name: 'Egypt', forms: ['egypt'] },
  { name: 'Saudi Arabia', forms: ['saudi arabia'] },
  { name: 'the United Arab Emirates', forms: ['united arab emirates', 'uae'] },
  { name: 'Qatar', forms: ['qatar'] },
  { name: 'Australia', forms: ['australia'] },
  { name: 'Taiwan', forms: ['taiwan'] },
  { name: 'Chile', forms: ['chile'] },
  { name: 'Colombia', forms: ['colombia'] },
  { name: 'Peru', forms: ['peru'] },
  { name: 'Belarus', forms: ['belarus'] },
  { name: 'Serbia', forms: ['serbia'] },
  { name: 'Morocco', forms: ['morocco'] },
];

const BY_FORM = new Map<string, NonAdequateCountry>();
for (const c of NON_ADEQUATE_COUNTRIES) for (const f of c.forms) BY_FORM.set(f, c);

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The forms as one alternation, longest first, for use inside a larger pattern. "New Mexico" is a
 * US state, not Mexico; "u.s." ends with a dot, so it takes no closing word boundary.
 */
export const NON_ADEQUATE_FORMS = [...BY_FORM.keys()]
  .sort((a, b) => b.length - a.length)
  .map((f) => (f === 'mexico' ? '(?<!new )mexico' : escape(f)))
  .join('|');

/** The country a matched form names. */
export function nonAdequateCountry(form: string): NonAdequateCountry | undefined {
  return BY_FORM.get(form);
}
