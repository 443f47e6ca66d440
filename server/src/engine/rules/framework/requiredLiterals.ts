// Which literal words a regular expression cannot match without: for `\bright to opt[- ]?out\b`
// that is "right to opt"; for `\b(sell|sold) (your|the) data\b`, "sell " or "sold ". A sentence
// that contains none of a pattern's required literals cannot match it, so the cue scan (one
// Aho–Corasick pass per check, cueIndex.ts) can tell which sentences are worth a regex call.
//
// The analysis is conservative: any construct it does not understand makes it give up for that
// part (no literal required), never guess. The patterns run on the normalised, lower-case text,
// so the literals are lower-cased. A test checks the result on every pattern of every rule, and
// the prefilter soundness test compares a check with and without it.

/** What a piece of a pattern can match, as far as literals go. */
interface Info {
  /** Every string this piece can match, if that is a small finite set; else undefined. */
  exact?: string[];
  /** Every match contains at least one of these (undefined: nothing known). */
  req?: string[];
}

const MAX_SET = 16;
const MAX_LEN = 24;
/** Shorter literals than this say too little to be worth a cue. */
const MIN_USEFUL = 3;

const ZERO_WIDTH: Info = { exact: [''] };
const UNKNOWN: Info = {};

/** The required literals of `re`, or undefined when none can be established. */
export function requiredLiterals(re: RegExp): string[] | undefined {
  if (re.flags.includes('m') || re.flags.includes('s') || re.flags.includes('v')) return undefined;
  try {
    const parser = new Parser(re.source);
    const info = parser.alternation();
    if (!parser.atEnd()) return undefined;
    const req = best(info);
    if (!req || req.some((s) => s.length < MIN_USEFUL)) return undefined;
    return [...new Set(req.map((s) => s.toLowerCase()))];
  } catch {
    return undefined;
  }
}

/** A necessary set for the piece: its exact strings, else its required ones. */
function best(i: Info): string[] | undefined {
  if (i.exact && i.exact.every((s) => s.length > 0)) return better(i.exact, i.req);
  return i.req;
}

/** The more selective of two necessary sets (longer shortest literal, then fewer literals). */
function better(a: string[] | undefined, b: string[] | undefined): string[] | undefined {
  if (!a) return b;
  if (!b) return a;
  const ma = Math.min(...a.map((s) => s.length));
  const mb = Math.min(...b.map((s) => s.length));
  if (ma !== mb) return ma > mb ? a : b;
  return a.length <= b.length ? a : b;
}

function concat(a: string[], b: string[]): string[] | undefined {
  if (a.length * b.length > MAX_SET) return undefined;
  const out: string[] = [];
  for (const x of a) for (const y of b) {
    if (x.length + y.length > MAX_LEN) return undefined;
    out.push(x + y);
  }
  return [...new Set(out)];
}

function union(sets: Array<string[] | undefined>): string[] | undefined {
  const out = new Set<string>();
  for (const s of sets) {
    if (!s) return undefined;
    for (const x of s) out.add(x);
  }
  return out.size <= MAX_SET ? [...out] : undefined;
}

// Sticky: matched at the parser's position, without copying the rest of the source.
const BRACES = /\{(\d+)(,(\d*))?\}/y;
const GROUP_KIND = /\?(:|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/y;

class Parser {
  private i = 0;
  constructor(private readonly src: string) {}

  atEnd(): boolean {
    return this.i >= this.src.length;
  }

  private peek(): string {
    return this.src[this.i];
  }

  alternation(): Info {
    const branches: Info[] = [this.sequence()];
    while (this.peek() === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0];
    return { exact: union(branches.map((b) => b.exact)), req: union(branches.map(best)) };
  }

  /** A run of quantified atoms up to `|`, `)` or the end. */
  private sequence(): Info {
    const items: Info[] = [];
    while (!this.atEnd() && this.peek() !== '|' && this.peek() !== ')') items.push(this.quantified());
    // Required: the best of each item's own set and of each maximal run of exact items; the
    // whole sequence is exact if it is one unbroken run.
    let req: string[] | undefined;
    let run: string[] | undefined = [''];
    let whole = true;
    const closeRun = () => {
      if (run && run.every((x) => x.length > 0)) req = better(req, run);
      run = undefined;
    };
    for (const it of items) {
      if (it.exact) {
        const joined: string[] | undefined = concat(run ?? [''], it.exact);
        if (joined) run = joined;
        else {
          closeRun();
          whole = false;
          run = it.exact;
        }
      } else {
        closeRun();
        whole = false;
      }
      req = better(req, it.req);
    }
    const exact = whole ? run : undefined;
    closeRun();
    return { exact, req };
  }

  private quantified(): Info {
    const atom = this.atom();
    const q = this.quantifier();
    if (!q) return atom;
    const [min, max] = q;
    if (min === 0) {
      // Optional: contributes its strings (or nothing) to an exact run, requires nothing.
      const exact = max === 1 && atom.exact ? union([atom.exact, ['']]) : undefined;
      return { exact };
    }
    if (min === 1 && max === 1) return atom;
    return { req: best(atom) };
  }

  /** `?`, `*`, `+`, `{m}`, `{m,}`, `{m,n}` (and a lazy `?` after them); undefined if none. */
  private quantifier(): [number, number] | undefined {
    const c = this.peek();
    let q: [number, number] | undefined;
    if (c === '?') q = [0, 1];
    else if (c === '*') q = [0, Infinity];
    else if (c === '+') q = [1, Infinity];
    else if (c === '{') {
      BRACES.lastIndex = this.i;
      const m = BRACES.exec(this.src);
      if (!m) return undefined; // a literal "{"
      this.i += m[0].length - 1;
      const min = Number(m[1]);
      q = [min, m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3])];
    }
    if (!q) return undefined;
    this.i++;
    if (this.peek() === '?') this.i++;
    return q;
  }

  private atom(): Info {
    const c = this.src[this.i++];
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape();
    if (c === '.') return UNKNOWN;
    if (c === '^' || c === '$') return ZERO_WIDTH;
    if (c === ')' || c === '|') throw new Error('unbalanced');
    return { exact: [c] };
  }

  private group(): Info {
    let kind = '';
    if (this.peek() === '?') {
      GROUP_KIND.lastIndex = this.i;
      const m = GROUP_KIND.exec(this.src);
      if (!m) throw new Error('unknown group');
      kind = m[1];
      this.i += m[0].length;
    }
    const inner = this.alternation();
    if (this.src[this.i++] !== ')') throw new Error('unclosed group');
    // A lookahead or lookbehind reads the same sentence: what it requires, the sentence contains.
    if (kind === '=' || kind === '<=') return { exact: [''], req: best(inner) };
    if (kind === '!' || kind === '<!') return ZERO_WIDTH;
    return inner;
  }

  /** `[abc]` with literal members only gives its characters; ranges, escapes classes, negation: unknown. */
  private charClass(): Info {
    const members: string[] = [];
    let negated = false;
    let known = true;
    if (this.peek() === '^') {
      negated = true;
      this.i++;
    }
    let first = true;
    while (!this.atEnd() && (this.peek() !== ']' || first)) {
      first = false;
      let c = this.src[this.i++];
      if (c === '\\') {
        const e = this.src[this.i++];
        const lit = escapedLiteral(e, this.src, this.i);
        if (lit === undefined) known = false;
        else {
          c = lit.char;
          this.i += lit.extra;
        }
      }
      if (this.peek() === '-' && this.src[this.i + 1] !== ']') {
        known = false; // a range
        this.i += 2;
        if (this.src[this.i - 1] === '\\') this.i++;
        continue;
      }
      members.push(c);
    }
    if (this.src[this.i++] !== ']') throw new Error('unclosed class');
    if (negated || !known || members.length > 12) return UNKNOWN;
    return { exact: [...new Set(members)] };
  }

  private escape(): Info {
    const e = this.src[this.i++];
    if (e === 'b' || e === 'B') return ZERO_WIDTH;
    if ('dDwWsSpPk'.includes(e) || /[1-9]/.test(e)) {
      if ((e === 'p' || e === 'P' || e === 'k') && this.peek() === '{') this.i = this.src.indexOf('}', this.i) + 1;
      if (e === 'k' && this.peek() === '<') this.i = this.src.indexOf('>', this.i) + 1;
      return UNKNOWN;
    }
    const lit = escapedLiteral(e, this.src, this.i);
    if (!lit) return UNKNOWN;
    this.i += lit.extra;
    return { exact: [lit.char] };
  }
}

/** The character an escape stands for (`\.` → "."), with the count of extra source characters read. */
function escapedLiteral(e: string, src: string, at: number): { char: string; extra: number } | undefined {
  if (e === 'n') return { char: '\n', extra: 0 };
  if (e === 't') return { char: '\t', extra: 0 };
  if (e === 'r') return { char: '\r', extra: 0 };
  if (e === 'u' || e === 'x') {
    const digits = src.substr(at, e === 'u' ? 4 : 2);
    return /^[0-9a-fA-F]+$/.test(digits) && digits.length === (e === 'u' ? 4 : 2) ? { char: String.fromCharCode(parseInt(digits, 16)), extra: digits.length } : undefined;
  }
  if (/[A-Za-z0-9]/.test(e)) return undefined; // \d, \w, \cX, \0 … : not a literal
  return { char: e, extra: 0 };
}
