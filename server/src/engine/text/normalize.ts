// A same-length copy of the text for matching: curly quotes and dashes become ASCII, odd
// spaces become spaces, letters lower-case. Same length, so an offset in the copy is an
// offset in the original: evidence and fixes always point at the user's own text.

const MAP: Record<number, string> = {
  0x2018: "'", 0x2019: "'", 0x201a: "'", 0x201b: "'", 0x2032: "'", 0x00b4: "'",
  0x201c: '"', 0x201d: '"', 0x201e: '"', 0x201f: '"', 0x00ab: '"', 0x00bb: '"',
  0x2010: '-', 0x2011: '-', 0x2012: '-', 0x2013: '-', 0x2014: '-', 0x2212: '-',
  0x00a0: ' ', 0x2007: ' ', 0x202f: ' ', 0x2009: ' ', 0x200a: ' ', 0x3000: ' ',
  0xfeff: ' ', 0x0000: ' ', 0x200b: ' ',
};

export function normalizeForMatching(text: string): string {
  // Performance: MAP has sparse integer keys (a slow dictionary lookup), so skip the common
  // case (printable ASCII and Latin-1 below U+00A0, none of which is mapped except NUL) with
  // a range test; parts are collected in an array, so a text full of mapped characters (NUL
  // bytes, curly quotes) costs one join instead of a million string concatenations.
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0 && c < 0xa0) continue;
    const r = MAP[c];
    if (r !== undefined) {
      if (i > from) parts.push(text.slice(from, i));
      parts.push(r);
      from = i + 1;
    }
  }
  if (parts.length === 0) return lowerChecked(text);
  parts.push(text.slice(from));
  return lowerChecked(parts.join(''));
}

function lowerChecked(out: string): string {
  // toLowerCase keeps UTF-16 length for all but a handful of characters (e.g. 'İ');
  // guard so offsets can never drift.
  const lower = out.toLowerCase();
  return lower.length === out.length ? lower : lowerSameLength(out);
}

function lowerSameLength(s: string): string {
  // Rare (a dotted capital I somewhere): lower-case code point by code point, collected in an
  // array so that a long text stays linear.
  const out: string[] = [];
  for (const ch of s) {
    const l = ch.toLowerCase();
    out.push(l.length === ch.length ? l : ch);
  }
  return out.join('');
}
