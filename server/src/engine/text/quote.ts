// Quotes of the draft inside one-line messages: short, on one line, cut at a word where possible.

/** At most `max` characters of `s`, on one line; a cut text ends with "…". */
export function clipQuote(s: string, max = 40): string {
  const one = s.replace(/\s+/g, ' ').trim();
  if (one.length <= max) return one;
  const cut = one.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space >= max / 2 ? cut.slice(0, space) : cut}…`;
}
