/**
 * Which documents hold each run of words (shared-runs.ts): a hash table from run key (a 53-bit
 * number) to its holders, in typed arrays. Open addressing with linear probing over a power-of-two
 * table kept at most half full; each key's holders are a list of entries, the latest first. A
 * `Map` keyed by such numbers (heap numbers, not small integers) took over a second and 63 MB for
 * the 707,462 runs of the scale corpus; this takes a fraction of both.
 *
 * Documents are added in ascending order, so a document's entry for a key, if it has one, is the
 * head of that key's list: a run a document holds several times is one entry, a word of it quoted
 * only when it is quoted in every occurrence.
 */
const EMPTY = -1;

/** An entry's code is its document times QUOTE_MASKS plus the mask of its run's quoted words (bit k: word k): runs are at most QUOTE_BITS words. */
export const QUOTE_BITS = 8;
const QUOTE_MASKS = 1 << QUOTE_BITS;

export class RunTable {
  private keys: Float64Array;
  /** Per slot: its key's first entry, or EMPTY. */
  private heads: Int32Array;
  /** Per slot: how many documents hold its key. */
  private counts: Int32Array;
  private mask: number;
  private used = 0;
  /** Per entry: document · QUOTE_MASKS + the mask of the run's words quoted in every occurrence in that document. */
  private codes = new Int32Array(1024);
  /** Per entry: the next entry of its key's list, or EMPTY. */
  private next = new Int32Array(1024);
  private entries = 0;

  constructor(expectedKeys = 0) {
    let size = 1024;
    while (size < 2 * expectedKeys) size *= 2;
    this.keys = new Float64Array(size);
    this.heads = new Int32Array(size).fill(EMPTY);
    this.counts = new Int32Array(size);
    this.mask = size - 1;
  }

  /** How many distinct keys the table holds. */
  get size(): number {
    return this.used;
  }

  /** The slot holding `key`, or EMPTY. */
  slotOf(key: number): number {
    for (let s = (key >>> 0) & this.mask; ; s = (s + 1) & this.mask) {
      if (this.heads[s] === EMPTY) return EMPTY;
      if (this.keys[s] === key) return s;
    }
  }

  /** Document `d` holds the run `key`; `quoted` has bit k set when the occurrence's word k is inside quotation marks. */
  add(key: number, d: number, quoted: number): void {
    let s = (key >>> 0) & this.mask;
    while (this.heads[s] !== EMPTY && this.keys[s] !== key) s = (s + 1) & this.mask;
    const head = this.heads[s]!;
    if (head !== EMPTY && Math.floor(this.codes[head]! / QUOTE_MASKS) === d) {
      this.codes[head] = this.codes[head]! & ~(QUOTE_MASKS - 1 - quoted);
      return;
    }
    const e = this.entry(d * QUOTE_MASKS + quoted, head);
    if (head === EMPTY) {
      this.keys[s] = key;
      this.used++;
    }
    this.heads[s] = e;
    this.counts[s]!++;
    if (head === EMPTY && 2 * this.used > this.keys.length) this.grow();
  }

  /** How many documents hold the key in `slot` (a slot of slotOf). */
  countAt(slot: number): number {
    return slot === EMPTY ? 0 : this.counts[slot]!;
  }

  /** The first holder entry of the key in `slot`; walk on with nextEntry until EMPTY. */
  firstEntry(slot: number): number {
    return slot === EMPTY ? EMPTY : this.heads[slot]!;
  }

  nextEntry(e: number): number {
    return this.next[e]!;
  }

  /** The entry's document. */
  documentOf(e: number): number {
    return Math.floor(this.codes[e]! / QUOTE_MASKS);
  }

  /** The mask of the run's words (bit k: word k) quoted in every occurrence in the entry's document. */
  quotedIn(e: number): number {
    return this.codes[e]! & (QUOTE_MASKS - 1);
  }

  /** The keys held by `least` documents or more, ascending. */
  keysHeldBy(least: number): number[] {
    const out: number[] = [];
    for (let s = 0; s < this.keys.length; s++) if (this.heads[s] !== EMPTY && this.counts[s]! >= least) out.push(this.keys[s]!);
    return out.sort((a, b) => a - b);
  }

  private entry(code: number, next: number): number {
    if (this.entries === this.codes.length) {
      this.codes = grown(this.codes);
      this.next = grown(this.next);
    }
    this.codes[this.entries] = code;
    this.next[this.entries] = next;
    return this.entries++;
  }

  /** Twice the slots, every key placed again. */
  private grow(): void {
    const { keys, heads, counts } = this;
    const size = keys.length * 2;
    this.keys = new Float64Array(size);
    this.heads = new Int32Array(size).fill(EMPTY);
    this.counts = new Int32Array(size);
    this.mask = size - 1;
    for (let old = 0; old < keys.length; old++) {
      if (heads[old] === EMPTY) continue;
      let s = (keys[old]! >>> 0) & this.mask;
      while (this.heads[s] !== EMPTY) s = (s + 1) & this.mask;
      this.keys[s] = keys[old]!;
      this.heads[s] = heads[old]!;
      this.counts[s] = counts[old]!;
    }
  }
}

function grown(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
