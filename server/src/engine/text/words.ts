// Words and syllables of English prose, for the readability figures (features/readability.ts)
// and the long-sentence hint. Syllables are counted by rule (vowel groups, with the common silent
// endings and a short list of exceptions), within about one syllable on the words a policy uses:
// the Flesch formulas were calibrated on counts of that kind, not on a dictionary.

/** Whether `c` (a UTF-16 code unit) is part of a word: a letter or digit, Latin or not. */
function isWordChar(c: string): boolean {
  const k = c.charCodeAt(0);
  if (k < 0x80) return (k >= 0x30 && k <= 0x39) || (k >= 0x41 && k <= 0x5a) || (k >= 0x61 && k <= 0x7a);
  return /[\p{L}\p{N}]/u.test(c);
}

/**
 * The words of a text: runs of letters and digits, kept together across an inner apostrophe or
 * hyphen ("don't", "third-party" are one word). A hand-written scan: linear, no regex over the run.
 */
export function wordsOf(text: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text[i] : ' ';
    if (isWordChar(c)) {
      if (start < 0) start = i;
      continue;
    }
    // An apostrophe or hyphen between two word characters joins them.
    if (start >= 0 && (c === "'" || c === '’' || c === '-') && i + 1 < text.length && isWordChar(text[i + 1])) continue;
    if (start >= 0) out.push(text.slice(start, i));
    start = -1;
  }
  return out;
}

/** Words whose vowel groups mislead the rules below, with their syllable counts. */
// A Map, not an object: "constructor" or "toString" in a draft must not find Object's own keys.
const SYLLABLE_EXCEPTIONS = new Map<string, number>(Object.entries({
  // one vowel group read as two syllables
  area: 3, idea: 3, create: 2, created: 3, creates: 2, creating: 3, period: 3, periods: 3, via: 2, react: 2,
  science: 2, client: 2, clients: 2, quiet: 2, being: 2, deviate: 3, appropriate: 4, appropriately: 5,
  video: 3, videos: 3, radio: 3, patio: 3, social: 2, media: 3, variety: 4, anxiety: 4, diet: 2, ion: 2,
  // a final -e, -es or -ed that is not silent after all
  recipe: 3, maybe: 2, simile: 3, apostrophe: 4, people: 2, business: 2, businesses: 3, every: 2,
  // common policy words
  cookie: 2, cookies: 2, online: 2, email: 2, emails: 2, site: 1, sites: 1, service: 2, services: 3,
  privacy: 3, use: 1, used: 1, uses: 2, data: 2, our: 1, your: 1, you: 1, the: 1, we: 1, are: 1, were: 1,
  personal: 3, purpose: 2, purposes: 3, request: 2, requests: 2, processed: 2, whose: 1, some: 1, one: 1,
  someone: 2, anyone: 3, everyone: 3, none: 1, once: 1, where: 1, there: 1, here: 1, more: 1, before: 2,
  ratio: 3, union: 2, european: 4, safeguard: 2, safeguards: 2, identifier: 5, identifiers: 5, genuine: 3,
  realize: 3, poem: 2, california: 4,
}));

/**
 * Syllables in one English word, by rule: count groups of vowels (y counts as a vowel after the
 * first letter), then take away a silent final e ("share", but not "table"), a silent -es or -ed
 * after most consonants ("shares", "shared", but "processes", "stated"), and add one for the
 * endings that split a vowel group ("-ia", "-io", "-ua", "-eo" as in "media", "ratio"). At least 1.
 * Digits count a syllable per digit group read as one word ("2026" counts 1): numbers are rare in
 * prose and the formulas tolerate it.
 */
export function countSyllables(word: string): number {
  const w = word.toLowerCase().replace(/['’]/g, '');
  if (w.length === 0) return 0;
  if (!/[a-z]/.test(w)) return 1;
  const known = SYLLABLE_EXCEPTIONS.get(w);
  if (known !== undefined) return known;
  if (w.includes('-')) return w.split('-').reduce((n, part) => n + (part.length > 0 ? countSyllables(part) : 0), 0);
  if (w.length <= 3) return 1;
  let groups = 0;
  let inVowels = false;
  for (let i = 0; i < w.length; i++) {
    const c = w[i];
    const vowel = 'aeiou'.includes(c) || (c === 'y' && i > 0 && !'aeiou'.includes(w[i - 1]));
    if (vowel && !inVowels) groups++;
    inVowels = vowel;
  }
  // Vowel pairs said as two syllables ("ratio", "media", "valuable"), except as a glide after c, g, s,
  // t, x ("social", "region", "mission", "information") and after q or g ("quality", "language").
  for (let i = 1; i + 1 < w.length; i++) {
    const pair = w.slice(i, i + 2);
    const before = w[i - 1];
    if ((pair === 'ia' || pair === 'io' || pair === 'iu') && !'cgstx'.includes(before)) groups++;
    else if ((pair === 'ua' || pair === 'uo' || pair === 'eo') && !'qg'.includes(before)) groups++;
  }
  // "-ing" after a vowel is a syllable of its own ("doing", "seeing"), not part of the vowel group.
  if (w.endsWith('ing') && 'aeiouy'.includes(w[w.length - 4])) groups++;
  const last = w[w.length - 1];
  const beforeLast = w[w.length - 2];
  // Silent final e: "share", "store"; not "-le" after a consonant ("table"), not "-ee" ("agree").
  if (last === 'e' && !(beforeLast === 'l' && !'aeiou'.includes(w[w.length - 3])) && beforeLast !== 'e' && !'aeiouy'.includes(beforeLast)) groups--;
  // Silent -ed / -es: "shared", "shares"; said after t/d ("stated") and after a hiss ("processes", "changes").
  const stem = w.slice(0, -2);
  if (w.endsWith('ed') && !/[tdaeiou]$/.test(stem)) groups--;
  else if (w.endsWith('es') && !/(?:[sxzcgaeiou]|ch|sh)$/.test(stem)) groups--;
  return Math.max(1, groups);
}

