/**
 * Reuse below the sentence: runs of words two documents share, wherever they fall in their
 * sentences. A rewrite that reorders, splits, merges and trims an agency's sentences keeps runs of
 * its words inside sentences that, as wholes, are neither near-verbatim copies nor paraphrases;
 * the text-reuse literature measures such reuse by word n-gram containment and greedy string
 * tiling. Here a word of a sentence is shared with another document when it lies in a run of at
 * least MIN_RUN_WORDS normalised words (holding at least MIN_RUN_CONTENT_WORDS content words) that
 * the other document also has inside one of its sentences; words of a stock phrase of news writing
 * (stock-phrases.ts: "did not immediately respond to a request for comment") are not content words
 * here. A run whose content words all state facts (words of names, figures in digits:
 * PreparedText.factWords) is counted apart (RunWords.nameWords),
 * and so are the words of a run that either document prints inside quotation marks
 * (RunWords.quotedWords): a speaker's words, whoever printed them (speaker-words.ts). Runs that lie
 * inside quotation marks in both documents are a shared quote (a common primary source), not
 * counted. Headlines and boilerplate take no part.
 */
import { STOPWORDS } from '../text/stems.js';
import { stockWordFlags } from '../text/stock-phrases.js';
import type { AlignInput } from './align-documents.js';
import { maxDocumentFrequency } from './common-passages.js';
import { combine, hashWord } from './shingles.js';
import { QUOTE_BITS, RunTable } from './run-table.js';

/** A shared run is at least this many words long… */
export const MIN_RUN_WORDS = 5;
/** …and holds at least this many content words (not function words): "one of the most" is no reuse. */
export const MIN_RUN_CONTENT_WORDS = 2;

// The run table keeps which of a run's words are quoted as a mask of QUOTE_BITS bits.
if (MIN_RUN_WORDS > QUOTE_BITS) throw new Error('shared runs: MIN_RUN_WORDS exceeds the run table quote mask');
/** The mask of a run whose every word is quoted. */
const ALL_QUOTED = (1 << MIN_RUN_WORDS) - 1;

/**
 * A sentence's words in runs shared with one other document: all of them; those that lie only in
 * runs whose content words are all words of names or figures ("the Centers for Disease Control and
 * Prevention", "Daniel Hartley, 42, of 17 Mill Lane"): two reports of one event name the same
 * bodies, people and places and give the same ages and dates without either having taken the
 * other's prose; and those that one of the two prints inside quotation marks (and no
 * run covers as prose on both sides): a partial quotation one report marks and the other runs
 * into its own sentence ("called for a 'global exchange of guarantees'" beside "called for a
 * global exchange of guarantees") is the speaker's phrase, not either outlet's prose.
 */
export interface RunWords {
  words: number;
  nameWords: number;
  quotedWords: number;
}

/** Per document, per sentence: the other documents (by index) it shares words with, and how many words. */
export type SharedRuns = Map<number, RunWords>[][];

/**
 * A run of words as a number: a 53-bit hash of its words (two independent 32-bit hashes, 21 and
 * 32 bits of them), the same on every thread for the same words. Strings for keys took most of a
 * large input's memory; two different runs meet by chance about once in 10^15 comparisons.
 */
export type RunKey = number;

/** A document's runs of words: per body sentence k, the runs `starts[k]` up to `starts[k + 1]`. */
export interface RunKeys {
  starts: Int32Array;
  /** Each run's first word in its sentence. */
  at: Int32Array;
  key: Float64Array;
  /** The run's words inside quotation marks, as a mask (bit k: the run's word k). */
  quoted: Uint8Array;
  /** 1 when every content word of the run is a word of a name or a figure (PreparedText.factWords). */
  named: Uint8Array;
}

/** The runs of each document's body sentences (none for a document not prepared), and which documents hold each run. */
export interface RunIndex {
  keys: RunKeys[];
  holders: RunTable;
}

/** A second 32-bit string hash, independent of hashWord (FNV-1a): a multiply-xorshift over the code units. */
function hashWord2(w: string): number {
  let h = 0x27d4eb2f ^ w.length;
  for (let i = 0; i < w.length; i++) {
    h = Math.imul(h ^ w.charCodeAt(i), 0x9e3779b1);
    h ^= h >>> 15;
  }
  return h >>> 0;
}

const TWO_32 = 4294967296;

/** The key of the run of MIN_RUN_WORDS words starting at `at`, from its words' two hashes (hashWord, hashWord2). */
function keyAt(first: readonly number[], second: readonly number[], at: number): RunKey {
  return (combine(first, at, at + MIN_RUN_WORDS) & 0x1fffff) * TWO_32 + combine(second, at, at + MIN_RUN_WORDS);
}

/** The key of a run of MIN_RUN_WORDS normalised words. */
export function runKey(words: readonly string[]): RunKey {
  return keyAt(words.map(hashWord), words.map(hashWord2), 0);
}

/** Document `d`'s runs, each added to `holders` as it is found. */
function runKeys(doc: AlignInput, d: number, holders: RunTable): RunKeys {
  const starts = new Int32Array(doc.sentences.length + 1);
  const at: number[] = [];
  const key: number[] = [];
  const quoted: number[] = [];
  const named: number[] = [];
  doc.sentences.forEach((s, i) => {
    starts[i] = at.length;
    const p = doc.prepared[i];
    if (!p || s.role !== 'body' || p.words.length < MIN_RUN_WORDS) return;
    const first = p.words.map(hashWord);
    const second = p.words.map(hashWord2);
    const stock = stockWordFlags(p.words);
    for (let a = 0; a + MIN_RUN_WORDS <= p.words.length; a++) {
      let content = 0;
      let nameOnly = 1;
      let inQuotes = 0;
      for (let k = a; k < a + MIN_RUN_WORDS; k++) {
        if (!STOPWORDS.has(p.words[k]!) && stock[k] === 0) {
          content++;
          if (p.factWords[k] === 0) nameOnly = 0;
        }
        if (p.quoted[k]) inQuotes |= 1 << (k - a);
      }
      if (content < MIN_RUN_CONTENT_WORDS) continue;
      const k = keyAt(first, second, a);
      at.push(a);
      key.push(k);
      quoted.push(inQuotes);
      named.push(nameOnly);
      holders.add(k, d, inQuotes);
    }
  });
  starts[doc.sentences.length] = at.length;
  return { starts, at: Int32Array.from(at), key: Float64Array.from(key), quoted: Uint8Array.from(quoted), named: Uint8Array.from(named) };
}

/** Every document's runs, and their holders. `tick` as in sharedRuns. */
export function runIndex(docs: readonly AlignInput[], tick?: () => void): RunIndex {
  // Sized for every run of every sentence (an upper bound on the distinct runs), so that it never grows.
  let runs = 0;
  for (const doc of docs) for (const p of doc.prepared) if (p) runs += Math.max(0, p.words.length - MIN_RUN_WORDS + 1);
  const holders = new RunTable(runs);
  const keys = docs.map((doc, d) => {
    if (tick && d % TICK_EVERY === 0) tick();
    return runKeys(doc, d, holders);
  });
  return { keys, holders };
}

/** An index holding nothing (what a part keeps once its shared runs are found). */
export function emptyRunIndex(): RunIndex {
  return { keys: [], holders: new RunTable() };
}

/**
 * The runs that `least` or more documents of the index hold, ascending. Aligned in P parts
 * (align-part.ts), a run more than M documents hold in all is held by more than M / P in at
 * least one part: so the parts need only compare their counts of these.
 */
export function runsHeldBy(index: RunIndex, least: number): RunKey[] {
  return index.holders.keysHeldBy(least);
}

/** How many documents of the index hold each of `keys`. */
export function runHolderCounts(index: RunIndex, keys: readonly RunKey[]): Int32Array {
  return Int32Array.from(keys, (k) => index.holders.countAt(index.holders.slotOf(k)));
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
    isStock?: (key: RunKey, holders: number) => boolean;
    tick?: () => void;
  },
): SharedRuns {
  const { keys, holders } = index;
  const { documentPairs, tick } = options;
  const maxDf = maxDocumentFrequency(options.documentCount);
  const isStock = options.isStock ?? ((_: RunKey, holding: number) => holding > maxDf);
  const partners = documentPairs && pairedWith(docs.length, documentPairs);
  const asked = options.documents ?? docs.map((_, d) => d);
  return asked.map((d, k) => {
    if (tick && k % TICK_EVERY === 0) tick();
    const doc = docs[d]!;
    const mine = keys[d]!;
    return doc.sentences.map((_, i) => {
      const out = new Map<number, RunWords>();
      const from = mine.starts[i]!;
      const to = mine.starts[i + 1]!;
      if (from === to) return out;
      const n = doc.prepared[i]!.words.length;
      const covered = new Map<number, Uint8Array>();
      for (let r = from; r < to; r++) {
        const key = mine.key[r]!;
        const slot = holders.slotOf(key);
        const holding = holders.countAt(slot);
        if (holding < 2 || isStock(key, holding)) continue;
        for (let h = holders.firstEntry(slot); h !== -1; h = holders.nextEntry(h)) {
          const e = holders.documentOf(h);
          if (e === d || (partners && !partners[d]!.has(e))) continue;
          const theirs = holders.quotedIn(h);
          if (mine.quoted[r] === ALL_QUOTED && theirs === ALL_QUOTED) continue;
          let c = covered.get(e);
          if (!c) covered.set(e, (c = new Uint8Array(n)));
          // Per word, the most a run makes of it: 1 a word quoted on either side; 2 a word of a run of names only, unquoted; 3 prose.
          const speaker = mine.quoted[r]! | theirs;
          const prose = mine.named[r] === 1 ? 2 : 3;
          for (let k = 0, w = mine.at[r]!; k < MIN_RUN_WORDS; k++, w++) {
            const v = (speaker >> k) & 1 ? 1 : prose;
            if (c[w]! < v) c[w] = v;
          }
        }
      }
      for (const e of [...covered.keys()].sort((x, y) => x - y)) {
        const c = covered.get(e)!;
        let words = 0;
        let nameWords = 0;
        let quotedWords = 0;
        for (let k = 0; k < n; k++) {
          if (c[k]! > 0) words++;
          if (c[k] === 1) quotedWords++;
          else if (c[k] === 2) nameWords++;
        }
        out.set(e, { words, nameWords, quotedWords });
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
