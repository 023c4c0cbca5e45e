/**
 * Word n-gram shingles hashed to 32 bits: the compact signature corpus mode keeps per document
 * instead of its text. Shingles never cross a sentence boundary, so a sentence can later be
 * recognised as made of common passages. Words are the normalised words every comparison uses
 * (src/text/tokens.ts), so case, ticker codes, "U.S."/"US" and British spelling do not matter.
 */
import { tokenize } from '../text/tokens.js';

/** Words per shingle. Five words: long enough that chance matches are rare, short enough to survive edits. */
export const SHINGLE_WORDS = 5;
/** A sentence shorter than SHINGLE_WORDS yields one shingle of all its words when it has at least this many. */
export const SHORT_SHINGLE_MIN_WORDS = 3;

/** 32-bit FNV-1a hash of a string. */
function hashWord(w: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < w.length; i++) {
    h ^= w.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Mix a sequence of word hashes into one 32-bit value (order matters). */
function combine(hashes: readonly number[], from: number, to: number): number {
  let h = 0x9e3779b9 ^ (to - from);
  for (let i = from; i < to; i++) {
    h = Math.imul(h ^ hashes[i]!, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

/** The hashed shingles of one sentence, in order (duplicates kept). */
export function sentenceShingles(text: string): number[] {
  const hashes = tokenize(text).map((t) => hashWord(t.norm));
  const out: number[] = [];
  if (hashes.length >= SHINGLE_WORDS) for (let i = 0; i + SHINGLE_WORDS <= hashes.length; i++) out.push(combine(hashes, i, i + SHINGLE_WORDS));
  else if (hashes.length >= SHORT_SHINGLE_MIN_WORDS) out.push(combine(hashes, 0, hashes.length));
  return out;
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
