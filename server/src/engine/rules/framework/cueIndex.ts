// One pass over the text finds every rule's cue words at once (Aho–Corasick automaton over all
// literal cues), instead of one regular-expression scan per rule. Cues are a prefilter: a sentence
// without any of a rule's cues cannot match its patterns, so its patterns are not tried there.
// The automaton is built once per process; the scan is linear in the text (plus matches).

/** A literal-cue automaton: trie with failure links, outputs merged along them. */
export class CueAutomaton {
  private readonly next: Array<Map<number, number>> = [new Map<number, number>()];
  private readonly fail: number[] = [0];
  private readonly out: number[][] = [[]];
  /**
   * Transition table over a compressed alphabet (state * width + class), failure links resolved:
   * one lookup per character. Class 0 stands for every character no cue contains (it always
   * leads back to the root), so the table has a column per character the cues use, not per code.
   */
  private readonly delta: Uint16Array | Int32Array;
  /** 1 for states with an output (most have none): the scan skips the rest with one byte read. */
  private readonly hasOut: Uint8Array;
  private readonly width: number;
  private readonly asciiClass = new Uint16Array(128);
  private readonly otherClass = new Map<number, number>();

  constructor(words: readonly string[]) {
    const codes: number[] = [];
    const classOf = (c: number): number => {
      let k = c < 128 ? this.asciiClass[c] : this.otherClass.get(c) ?? 0;
      if (k === 0) {
        codes.push(c);
        k = codes.length;
        if (c < 128) this.asciiClass[c] = k;
        else this.otherClass.set(c, k);
      }
      return k;
    };
    words.forEach((w, id) => {
      let s = 0;
      for (let i = 0; i < w.length; i++) {
        const c = w.charCodeAt(i);
        classOf(c);
        let t = this.next[s].get(c);
        if (t === undefined) {
          t = this.next.length;
          this.next.push(new Map());
          this.fail.push(0);
          this.out.push([]);
          this.next[s].set(c, t);
        }
        s = t;
      }
      this.out[s].push(id);
    });
    // Breadth-first: a state's failure link is the longest proper suffix that is also a prefix.
    const queue: number[] = [];
    for (const t of this.next[0].values()) queue.push(t);
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi];
      for (const [c, t] of this.next[s]) {
        let f = this.fail[s];
        while (f !== 0 && !this.next[f].has(c)) f = this.fail[f];
        const g = this.next[f].get(c);
        this.fail[t] = g !== undefined && g !== t ? g : 0;
        if (this.out[this.fail[t]].length > 0) this.out[t] = this.out[t].concat(this.out[this.fail[t]]);
        queue.push(t);
      }
    }
    const w = (this.width = codes.length + 1);
    // Half the memory (and cache misses) while the state numbers fit in 16 bits.
    this.delta = this.next.length < 65536 ? new Uint16Array(this.next.length * w) : new Int32Array(this.next.length * w);
    this.hasOut = Uint8Array.from(this.out, (o) => (o.length > 0 ? 1 : 0));
    for (const [c, t] of this.next[0]) this.delta[classOf(c)] = t;
    for (const s of queue) {
      const row = s * w;
      const failRow = this.fail[s] * w;
      for (let k = 1; k < w; k++) {
        const t = this.next[s].get(codes[k - 1]);
        this.delta[row + k] = t !== undefined ? t : this.delta[failRow + k];
      }
    }
  }

  /** Calls `hit(end, wordId)` for every occurrence (overlapping ones too); `end` is the last char's offset. */
  scan(text: string, hit: (end: number, wordId: number) => void): void {
    const { delta, width, asciiClass, otherClass, out, hasOut } = this;
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      s = delta[s * width + (c < 128 ? asciiClass[c] : otherClass.get(c) ?? 0)];
      if (hasOut[s] === 0) continue;
      const o = out[s];
      for (let k = 0; k < o.length; k++) hit(i, o[k]);
    }
  }
}

/** Cue owners: every registered cue list gets an id; words map to the lists that contain them. */
const lists: Array<readonly string[]> = [];
const listId = new Map<readonly string[], number>();
let automaton: { auto: CueAutomaton; owners: number[][]; lists: number } | undefined;

/** Registers a rule's cue list (at module load); returns its id. */
export function registerCueList(cues: readonly string[]): number {
  let id = listId.get(cues);
  if (id === undefined) {
    id = lists.length;
    lists.push(cues);
    listId.set(cues, id);
  }
  return id;
}

export function cueListId(cues: readonly string[]): number | undefined {
  return listId.get(cues);
}

function build(): { auto: CueAutomaton; owners: number[][]; lists: number } {
  if (automaton && automaton.lists === lists.length) return automaton;
  const words: string[] = [];
  const wordId = new Map<string, number>();
  const owners: number[][] = [];
  lists.forEach((cues, li) => {
    for (const w of cues) {
      let id = wordId.get(w);
      if (id === undefined) {
        id = words.length;
        words.push(w);
        wordId.set(w, id);
        owners.push([]);
      }
      if (!owners[id].includes(li)) owners[id].push(li);
    }
  });
  automaton = { auto: new CueAutomaton(words), owners, lists: lists.length };
  return automaton;
}

/**
 * The prefilter can be switched off so that a test can prove it sound: with it off every unit
 * counts as cued, and every result must be the same as with it on.
 */
let prefilterOn = true;
export function setCuePrefilter(on: boolean): void {
  prefilterOn = on;
}

/**
 * For every registered cue list, a flag per text unit: does the unit contain one of the cues?
 * `units` are in text order and do not overlap; a cue counts for the unit holding its last
 * character. Walks the units along with the scan: no per-offset table of the text.
 */
export function flagCuedUnits(norm: string, units: ReadonlyArray<{ start: number; end: number }>): Uint8Array[] {
  const { auto, owners } = build();
  // One buffer for all lists (hundreds of them), a view per list.
  const all = new Uint8Array(lists.length * units.length);
  const flags = lists.map((_, i) => all.subarray(i * units.length, (i + 1) * units.length));
  if (!prefilterOn) {
    for (const f of flags) f.fill(1);
    return flags;
  }
  let u = 0;
  // The unit each word was last flagged for: a word repeated in a sentence ("data … data") is
  // handed to its lists once.
  const last = new Int32Array(owners.length).fill(-1);
  auto.scan(norm, (end, w) => {
    while (u < units.length && units[u].end <= end) u++;
    if (u >= units.length || units[u].start > end || last[w] === u) return;
    last[w] = u;
    const o = owners[w];
    for (let k = 0; k < o.length; k++) flags[o[k]][u] = 1;
  });
  return flags;
}
