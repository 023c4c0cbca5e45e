/**
 * Hashes of the candidate step's shingles (candidate-step.ts): words hashed to 32 bits, runs of
 * them mixed into one value, and a document's signature as its sorted distinct shingle hashes.
 */

/** 32-bit FNV-1a hash of a string. */
export function hashWord(w: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < w.length; i++) {
    h ^= w.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Mix a sequence of word hashes into one 32-bit value (order matters). */
export function combine(hashes: ArrayLike<number>, from: number, to: number): number {
  let h = 0x9e3779b9 ^ (to - from);
  for (let i = from; i < to; i++) {
    h = Math.imul(h ^ hashes[i]!, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

/** Sorted distinct values of a list of shingle lists: a document's signature. */
export function distinctSorted(lists: readonly (readonly number[])[]): Uint32Array {
  let n = 0;
  for (const l of lists) n += l.length;
  const all = new Uint32Array(n);
  let k = 0;
  for (const l of lists) for (const h of l) all[k++] = h;
  all.sort();
  let w = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[w++] = all[i]!;
  return all.slice(0, w);
}
