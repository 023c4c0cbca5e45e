/**
 * Reuse below the sentence: runs of words two documents share, wherever they fall in their
 * sentences. A rewrite that reorders, splits, merges and trims an agency's sentences keeps runs of
 * its words inside sentences that, as wholes, are neither near-verbatim copies nor paraphrases;
 * the text-reuse literature measures such reuse by word n-gram containment and greedy string
 * tiling. Here a word of a sentence is shared with another document when it lies in a run of at
 * least MIN_RUN_WORDS normalised words (holding at least MIN_RUN_CONTENT_WORDS content words) that
 * the other document also has inside one of its sentences. Runs that lie inside quotation marks
 * in both documents are a shared quote (a common primary source), not counted. Headlines and
 * boilerplate take no part.
 */
import { STOPWORDS } from '../text/stems.js';
import type { AlignInput } from './align-documents.js';
import { maxDocumentFrequency } from './common-passages.js';
import { byCode } from '../text/code-order.js';

/** A shared run is at least this many words long… */
export const MIN_RUN_WORDS = 5;
/** …and holds at least this many content words (not function words): "one of the most" is no reuse. */
export const MIN_RUN_CONTENT_WORDS = 2;

/** Per document, per sentence: the other documents (by index) it shares words with, and how many words. */
export type SharedRuns = Map<number, number>[][];

/** A document's runs of words: which it holds, and where. */
export interface RunKeys {
  /** Run key → whether every occurrence of it in this document is quoted. */
  quotedOnly: Map<string, boolean>;
  /** Per sentence: [start word, key, quoted] of each run it holds. */
  runs: { at: number; key: string; quoted: boolean }[][];
}

/** The runs of each document's body sentences (none for a document not prepared), and which documents hold each run. */
export interface RunIndex {
  keys: RunKeys[];
  /** Run key → the documents (indices, ascending) holding it. */
  holders: Map<string, number[]>;
}

function runKeys(doc: AlignInput): RunKeys {
  const quotedOnly = new Map<string, boolean>();
  const runs = doc.sentences.map((s, i) => {
    const p = doc.prepared[i];
    const out: { at: number; key: string; quoted: boolean }[] = [];
    if (!p || s.role !== 'body' || p.words.length < MIN_RUN_WORDS) return out;
    for (let at = 0; at + MIN_RUN_WORDS <= p.words.length; at++) {
      let content = 0;
      let quoted = true;
      for (let k = at; k < at + MIN_RUN_WORDS; k++) {
        if (!STOPWORDS.has(p.words[k]!)) content++;
        if (!p.quoted[k]) quoted = false;
      }
      if (content < MIN_RUN_CONTENT_WORDS) continue;
      const key = p.words.slice(at, at + MIN_RUN_WORDS).join(' ');
      out.push({ at, key, quoted });
      quotedOnly.set(key, (quotedOnly.get(key) ?? true) && quoted);
    }
    return out;
  });
  return { quotedOnly, runs };
}

/** Every document's runs, and their holders. `tick` as in sharedRuns. */
export function runIndex(docs: readonly AlignInput[], tick?: () => void): RunIndex {
  const keys = docs.map((doc, d) => {
    if (tick && d % TICK_EVERY === 0) tick();
    return runKeys(doc);
  });
  const holders = new Map<string, number[]>();
  keys.forEach((k, e) => {
    for (const key of k.quotedOnly.keys()) {
      const list = holders.get(key);
      if (list) list.push(e);
      else holders.set(key, [e]);
    }
  });
  return { keys, holders };
}

/**
 * The runs that `least` or more documents of the index hold, in code-unit order. Aligned in P
 * parts (align-part.ts), a run more than M documents hold in all is held by more than M / P in at
 * least one part: so the parts need only compare their counts of these.
 */
export function runsHeldBy(index: RunIndex, least: number): string[] {
  const out: string[] = [];
  for (const [key, list] of index.holders) if (list.length >= least) out.push(key);
  return out.sort(byCode);
}

/** How many documents of the index hold each of `keys`. */
export function runHolderCounts(index: RunIndex, keys: readonly string[]): Int32Array {
  return Int32Array.from(keys, (k) => index.holders.get(k)?.length ?? 0);
}

/**
 * Words of each body sentence lying in runs shared with each other document (prose runs only),
 * for the `documents` asked for (all by default), in their order. Only documents that hold a run
 * are looked at (the index's holders), and with `documentPairs` (the index step's pairs of
 * documents, candidate-step.ts) only those pairs. A run held by more documents than the
 * common-passage cut-off (common-passages.ts) for the whole input of `documentCount` documents is
 * a stock phrase and counts for nothing, as in the index step: `isStock` says which, by default
 * from the index's own holders (an index of the whole input); an input aligned in parts sums the
 * parts' counts (align-part.ts). `tick`, if given, is called now and then (a progress line's
 * chance to redraw while this runs; nothing depends on it).
 */
export function sharedRuns(
  docs: readonly AlignInput[],
  index: RunIndex,
  options: {
    documentCount: number;
    documents?: readonly number[];
    documentPairs?: readonly (readonly [number, number])[];
    isStock?: (key: string, holders: readonly number[]) => boolean;
    tick?: () => void;
  },
): SharedRuns {
  const { keys, holders } = index;
  const { documentPairs, tick } = options;
  const maxDf = maxDocumentFrequency(options.documentCount);
  const isStock = options.isStock ?? ((_: string, holding: readonly number[]) => holding.length > maxDf);
  const partners = documentPairs && pairedWith(docs.length, documentPairs);
  const asked = options.documents ?? docs.map((_, d) => d);
  return asked.map((d, k) => {
    if (tick && k % TICK_EVERY === 0) tick();
    const doc = docs[d]!;
    return doc.sentences.map((_, i) => {
      const out = new Map<number, number>();
      const runs = keys[d]!.runs[i]!;
      if (runs.length === 0) return out;
      const n = doc.prepared[i]!.words.length;
      const covered = new Map<number, Uint8Array>();
      for (const r of runs) {
        const holding = holders.get(r.key)!;
        if (holding.length < 2 || isStock(r.key, holding)) continue;
        for (const e of holding) {
          if (e === d || (partners && !partners[d]!.has(e))) continue;
          if (r.quoted && keys[e]!.quotedOnly.get(r.key)) continue;
          let c = covered.get(e);
          if (!c) covered.set(e, (c = new Uint8Array(n)));
          c.fill(1, r.at, r.at + MIN_RUN_WORDS);
        }
      }
      for (const e of [...covered.keys()].sort((x, y) => x - y)) {
        const c = covered.get(e)!;
        let words = 0;
        for (let k = 0; k < n; k++) words += c[k]!;
        out.set(e, words);
      }
      return out;
    });
  });
}

/** `tick` (for a caller's progress line; nothing depends on it) is called every this many documents of each pass. */
const TICK_EVERY = 256;

/** Per document, the documents a list of pairs joins it with. */
function pairedWith(count: number, pairs: readonly (readonly [number, number])[]): Set<number>[] {
  const out = Array.from({ length: count }, () => new Set<number>());
  for (const [i, j] of pairs) {
    out[i]!.add(j);
    out[j]!.add(i);
  }
  return out;
}
