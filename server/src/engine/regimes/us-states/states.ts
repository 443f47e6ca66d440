// The US states, by two-letter code and name: the profile's `states` fact names the states whose
// residents the business serves, and the state-specific items of the pack apply by it. Any state
// may be named (a business serving California and Virginia names both); only those with a
// comprehensive consumer privacy law in force in 2026 decide items here.

export const US_STATE_NAMES: Readonly<Record<string, string>> = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado', CT: 'Connecticut',
  DE: 'Delaware', DC: 'District of Columbia', FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois',
  IN: 'Indiana', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana', ME: 'Maine', MD: 'Maryland',
  MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota', MS: 'Mississippi', MO: 'Missouri', MT: 'Montana', NE: 'Nebraska',
  NV: 'Nevada', NH: 'New Hampshire', NJ: 'New Jersey', NM: 'New Mexico', NY: 'New York', NC: 'North Carolina',
  ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania', RI: 'Rhode Island',
  SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VT: 'Vermont', VA: 'Virginia',
  WA: 'Washington', WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming',
};

/** The states whose comprehensive consumer privacy laws this pack covers (in force in 2026). */
export const COMPREHENSIVE_STATES = ['VA', 'CO', 'CT', 'UT', 'TX', 'OR', 'MT', 'IA', 'DE', 'NE', 'NH', 'NJ', 'TN', 'MN', 'MD', 'IN', 'KY', 'RI'] as const;

const BY_NAME = new Map(Object.entries(US_STATE_NAMES).map(([code, name]) => [name.toLowerCase(), code]));

/** "TX", "tx", "Texas", "texas" → "TX"; anything else → undefined. */
export function stateCode(value: string): string | undefined {
  const v = value.trim();
  const up = v.toUpperCase();
  if (up.length === 2 && up in US_STATE_NAMES) return up;
  return BY_NAME.get(v.toLowerCase().replace(/\s+/g, ' '));
}

/** Every accepted spelling, lower case, for a "did you mean" on a typo. */
export function stateSpellings(): string[] {
  return [...Object.keys(US_STATE_NAMES), ...Object.values(US_STATE_NAMES)];
}
