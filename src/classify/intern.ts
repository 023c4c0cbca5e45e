/**
 * Interning of words and word pairs to small integers, so that comparisons are integer
 * comparisons. Only equality of ids is ever used, so results do not depend on the order in which
 * words were first seen.
 */

const words = new Map<string, number>();
/** Each id's word, at its id (0 unused). */
const spellings: string[] = [''];
const pairs = new Map<number, number>();

export function intern(word: string): number {
  let id = words.get(word);
  if (id === undefined) {
    words.set(word, (id = words.size + 1));
    spellings.push(word);
  }
  return id;
}

/** The word interned as `id`: one string however many texts hold the word. */
export function spelling(id: number): string {
  return spellings[id]!;
}

/**
 * Id of an ordered pair of ids (a bigram, or a bigram and a word). While both ids are below 2^15
 * (a story's vocabulary) the key is a small integer, which V8 keeps unboxed: a larger key is a heap
 * number, allocated on every call in code that runs cold. Larger ids (a corpus) take keys from 2^30
 * up, so the two ranges never meet.
 */
export function internPair(a: number, b: number): number {
  const key = a < 32768 && b < 32768 ? a * 32768 + b : 1073741824 + a * 4194304 + b;
  let id = pairs.get(key);
  if (id === undefined) pairs.set(key, (id = pairs.size + 1));
  return id;
}

const stems = new Map<string, number>();

/** Id of a word stem, from the same sequence as words' ids (so a stem's id is never a word's). */
export function internStem(stem: string): number {
  let id = stems.get(stem);
  if (id === undefined) stems.set(stem, (id = intern('\u0000' + stem)));
  return id;
}
