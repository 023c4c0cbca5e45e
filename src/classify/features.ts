/**
 * Similarity features of a sentence pair, each in [0, 1] and symmetric in its two arguments (so
 * the relation found between A and B is the one found between B and A). The paraphrase model
 * names the features it was fitted on; only those are computed. Features are grouped (GROUPS) for
 * the benchmark's ablation.
 */
import type { PreparedText } from './prepared-text.js';
import { internStem } from './intern.js';
import { dice, firstAtLeast, lcsIndices, sortedOverlap } from './sequence.js';
import { STOPWORDS } from '../text/stems.js';
import { relatedEntries, synsets, type SynsetEntry } from './synonyms.js';

/** Everything the features share, computed once per pair (the rest on first use). */
export interface PairBasis {
  a: PreparedText;
  b: PreparedText;
  lcs: number;
  sharedWords: number;
  /** Positions in a and in b of the words of one longest common subsequence (unset in bounds). */
  aligned?: [Int32Array, Int32Array] | undefined;
  /** Content-word matches, computed on first use. */
  matches?: ContentMatches;
  /** What the longest common subsequence leaves unmatched, computed on first use. */
  gaps?: GapStats;
  /** Overlaps of the sorted key lists, computed on first use (-1 until then). */
  overlaps?: Record<OverlapKey, number>;
  /** Content words of each side absent from the other, computed on first use. */
  absent?: [number, number];
  /** Bounds of the gap statistics, computed on first use (pruning only). */
  gapRange?: GapRange;
}

type OverlapKey = 'sortedBigrams' | 'sortedTrigrams' | 'sortedStems' | 'sortedCharBigrams';

/**
 * A basis for a pair. All fields are set up front (the lazy ones as undefined) so that every basis
 * has the same shape: property access stays fast in code that runs once per candidate pair.
 */
export function makeBasis(a: PreparedText, b: PreparedText, lcs: number, sharedWords: number): PairBasis {
  return { a, b, lcs, sharedWords, aligned: undefined, matches: undefined, gaps: undefined, overlaps: undefined, absent: undefined, gapRange: undefined };
}

/** Multiset overlap of one kind of key between the two sentences (memoised on the basis). */
function overlap(p: PairBasis, key: OverlapKey): number {
  const o = (p.overlaps ??= { sortedBigrams: -1, sortedTrigrams: -1, sortedStems: -1, sortedCharBigrams: -1 });
  if (o[key] < 0) o[key] = sortedOverlap(p.a[key], p.b[key]);
  return o[key];
}

/** Is `id` in the ascending list? */
function holds(sortedIds: Int32Array, id: number): boolean {
  const at = firstAtLeast(sortedIds, id);
  return at < sortedIds.length && sortedIds[at] === id;
}

/**
 * lcsIndices of the two sentences' words, computed over only the words of `x` that `y` has: a word
 * the other sentence lacks is never part of a common subsequence, and the search passes over it
 * either way, so the subsequence found is the same, for a smaller table.
 */
function alignedWords(x: PreparedText, y: PreparedText): [Int32Array, Int32Array] {
  const kept: number[] = [];
  for (let i = 0; i < x.ids.length; i++) if (holds(y.sortedWords, x.ids[i]!)) kept.push(i);
  if (kept.length === x.ids.length) return lcsIndices(x.ids, y.ids);
  const words = new Int32Array(kept.length);
  for (let k = 0; k < kept.length; k++) words[k] = x.ids[kept[k]!]!;
  const [ix, iy] = lcsIndices(words, y.ids);
  for (let k = 0; k < ix.length; k++) ix[k] = kept[ix[k]!]!;
  return [ix, iy];
}

export function pairBasis(a: PreparedText, b: PreparedText): PairBasis {
  // Which longest common subsequence is found depends on the order of the two sentences: take them
  // in a fixed order (by normalised text) so that the features are the same either way round.
  const swap = b.normalized < a.normalized;
  const [x, y] = alignedWords(swap ? b : a, swap ? a : b);
  const basis = makeBasis(a, b, x.length, sortedOverlap(a.sortedWords, b.sortedWords));
  basis.aligned = swap ? [y, x] : [x, y];
  return basis;
}

// ---- per-sentence data computed on first use --------------------------------------------------

const NEGATIONS: ReadonlySet<string> = new Set(['not', 'no', 'never', 'none', 'nothing', 'neither', 'nor', 'nobody', 'without', 'deny', 'denies', 'denied', 'denying', 'dispute', 'disputes', 'disputed', 'disputing', 'reject', 'rejects', 'rejected', 'rejecting']);
const negationCache = new WeakMap<PreparedText, boolean>();
const NOT_CONTRACTED = /n[’']t$/i;

/** A word that negates or denies: "not", "never", "n't", "denied", "disputed"… */
export function negates(t: { norm: string; raw: string }): boolean {
  return NEGATIONS.has(t.norm) || t.norm === 'cannot' || NOT_CONTRACTED.test(t.raw);
}

/** The sentence negates or denies somewhere (cached per sentence). */
export function negated(p: PreparedText): boolean {
  let v = negationCache.get(p);
  if (v === undefined) {
    v = false;
    // negates, written out: this runs over every word of every sentence compared, cold.
    for (let i = 0; i < p.tokens.length && !v; i++) {
      const t = p.tokens[i]!;
      v = NEGATIONS.has(t.norm) || t.norm === 'cannot' || NOT_CONTRACTED.test(t.raw);
    }
    negationCache.set(p, v);
  }
  return v;
}

// ---- content-word matching: same stem, then WordNet synonyms -----------------------------------

/**
 * At most this many synonym matches count for a pair. More change nothing measurable on MRPC, and
 * the cap keeps the bound alignment's pruning computes without WordNet (below) tight.
 */
export const SYNONYM_CAP = 3;

interface ContentMatches {
  /** Content stems matched exactly (multiset overlap). */
  exact: number;
  /** Further content stems matched through WordNet (the smaller of the two sides' counts). */
  synonyms: number;
}

interface StemList {
  /** Interned ids of the content stems, ascending. */
  ids: Int32Array;
  /** The stems in the same order. */
  stems: string[];
}

const stemListCache = new WeakMap<PreparedText, StemList>();

function stemList(p: PreparedText): StemList {
  let l = stemListCache.get(p);
  if (!l) {
    const ids = p.contentStems.map(internStem);
    const order = ids.map((_, i) => i).sort((x, y) => ids[x]! - ids[y]!);
    l = { ids: Int32Array.from(order, (i) => ids[i]!), stems: order.map((i) => p.contentStems[i]!) };
    stemListCache.set(p, l);
  }
  return l;
}

/** Per content stem (StemList order) of each side: 1 when the other side has no equal stem left for it. */
function unmatchedFlags(x: StemList, y: StemList): [Uint8Array, Uint8Array] {
  const fa = new Uint8Array(x.ids.length);
  const fb = new Uint8Array(y.ids.length);
  let i = 0;
  let j = 0;
  while (i < x.ids.length || j < y.ids.length) {
    if (j >= y.ids.length || (i < x.ids.length && x.ids[i]! < y.ids[j]!)) fa[i++] = 1;
    else if (i >= x.ids.length || y.ids[j]! < x.ids[i]!) fb[j++] = 1;
    else {
      i++;
      j++;
    }
  }
  return [fa, fb];
}

export function contentMatches(p: PairBasis): ContentMatches {
  if (p.matches) return p.matches;
  const exact = overlap(p, 'sortedStems');
  let synonyms = 0;
  if (p.a.sortedStems.length > exact && p.b.sortedStems.length > exact) {
    const la = stemList(p.a);
    const lb = stemList(p.b);
    const flags = unmatchedFlags(la, lb);
    const fa = flags[0];
    const fb = flags[1];
    // Stems left unmatched on both sides that WordNet relates: a shared synset, or a synset of one
    // a hypernym of a synset of the other (synonyms.ts). A stem without synsets relates to nothing
    // (its hypernyms come from its synsets), so only stems with some are compared.
    // The synsets of the unmatched stems that have some. Index loops and no destructuring: this
    // runs cold, where each iterator step allocates.
    const withSynsets = (flags: Uint8Array, l: StemList): SynsetEntry[] => {
      const entries: SynsetEntry[] = [];
      for (let i = 0; i < flags.length; i++) {
        if (!flags[i]) continue;
        const e = synsets(l.stems[i]!);
        if (e.own.length > 0) entries.push(e);
      }
      return entries;
    };
    const freeB = withSynsets(fb, lb);
    const freeA = freeB.length > 0 ? withSynsets(fa, la) : [];
    // Each stem counts once, however many of the other side's it relates to.
    const related = relatedEntries(freeA, freeB);
    const ha = related[0];
    const hb = related[1];
    let hitsA = 0;
    let hitsB = 0;
    for (let i = 0; i < ha.length; i++) hitsA += ha[i]!;
    for (let j = 0; j < hb.length; j++) hitsB += hb[j]!;
    synonyms = Math.min(hitsA, hitsB, SYNONYM_CAP);
  }
  return (p.matches = { exact, synonyms });
}

// ---- what a word-for-word alignment leaves over -----------------------------------------------

/** Attribution words: a gap holding only these ("…, he said") adds no information. */
const REPORTING: ReadonlySet<string> = new Set(['said', 'says', 'say', 'told', 'added', 'according', 'reported', 'statement', 'spokesman', 'spokeswoman']);

const isContent = (w: string): boolean => !STOPWORDS.has(w) && !REPORTING.has(w);

interface SideGaps {
  /** Runs of words outside the alignment. */
  count: number;
  /** Content words in the run with most of them. */
  longest: number;
  /** Content words outside the alignment, in all. */
  total: number;
}

interface GapStats {
  sides: [SideGaps, SideGaps];
  /** Contiguous runs of the alignment over its length (METEOR's fragmentation); 1 when nothing aligns. */
  fragmentation: number;
}

function sideGaps(words: readonly string[], aligned: Int32Array): SideGaps {
  let count = 0;
  let longest = 0;
  let total = 0;
  let prev = -1;
  for (let k = 0; k <= aligned.length; k++) {
    const next = k < aligned.length ? aligned[k]! : words.length;
    if (next > prev + 1) {
      count++;
      let content = 0;
      for (let i = prev + 1; i < next; i++) if (isContent(words[i]!)) content++;
      longest = Math.max(longest, content);
      total += content;
    }
    prev = next;
  }
  return { count, longest, total };
}

export function gapStats(p: PairBasis): GapStats {
  if (p.gaps) return p.gaps;
  const [xa, xb] = p.aligned ?? pairBasis(p.a, p.b).aligned!;
  let runs = 0;
  for (let k = 0; k < xa.length; k++) if (k === 0 || xa[k] !== xa[k - 1]! + 1 || xb[k] !== xb[k - 1]! + 1) runs++;
  return (p.gaps = {
    sides: [sideGaps(p.a.words, xa), sideGaps(p.b.words, xb)],
    fragmentation: xa.length === 0 ? 1 : runs / xa.length,
  });
}

const contentIdCache = new WeakMap<PreparedText, Int32Array>();

/** Sorted ids of a sentence's content words (attribution words left out). */
function contentIds(p: PreparedText): Int32Array {
  let ids = contentIdCache.get(p);
  if (!ids) {
    const kept: number[] = [];
    for (let i = 0; i < p.ids.length; i++) if (isContent(p.words[i]!)) kept.push(p.ids[i]!);
    ids = Int32Array.from(kept).sort();
    contentIdCache.set(p, ids);
  }
  return ids;
}

/** Content words with no equal word anywhere in the other sentence: a lower bound of SideGaps.total. */
function absentContent(p: PairBasis): [number, number] {
  if (p.absent) return p.absent;
  const ca = contentIds(p.a);
  const cb = contentIds(p.b);
  const shared = sortedOverlap(ca, cb);
  return (p.absent = [ca.length - shared, cb.length - shared]);
}

const minMax = (x: number, y: number, side: 0 | 1): number => (side === 0 ? Math.min(x, y) : Math.max(x, y));

function gapFeature(p: PairBasis, key: keyof SideGaps, side: 0 | 1, cap: number): number {
  const [a, b] = gapStats(p).sides;
  return Math.min(1, minMax(a[key], b[key], side) / cap);
}

/**
 * Bounds of the alignment features computed without the alignment (for alignment's pruning). Every
 * content word absent from the other sentence lies in some gap; the subsequence has at most as many
 * words as the sentences share, so there are at most that many gaps plus one.
 */
interface GapRange {
  lo: SideGaps[];
  hi: SideGaps[];
}

function gapRange(p: PairBasis): GapRange {
  if (p.gapRange) return p.gapRange;
  const absent = absentContent(p);
  const shared = p.sharedWords;
  const lo: SideGaps[] = [];
  const hi: SideGaps[] = [];
  for (let side = 0; side < 2; side++) {
    const t = side === 0 ? p.a : p.b;
    const missing = absent[side]!;
    const content = contentIds(t).length;
    lo.push({ total: missing, longest: Math.ceil(missing / (shared + 1)), count: Math.min(missing, 1) });
    hi.push({ total: content, longest: content, count: Math.max(0, Math.min(shared + 1, t.words.length - Math.min(shared, 1))) });
  }
  return (p.gapRange = { lo, hi });
}

function gapBounds(p: PairBasis, key: keyof SideGaps, side: 0 | 1, cap: number): [number, number] {
  const { lo, hi } = gapRange(p);
  return [Math.min(1, minMax(lo[0]![key], lo[1]![key], side) / cap), Math.min(1, minMax(hi[0]![key], hi[1]![key], side) / cap)];
}

// ---- helpers --------------------------------------------------------------------------------

/** `shared` over the shorter (side 0) or the longer (side 1) of two lengths; 0 when that is 0. */
function share(shared: number, lenA: number, lenB: number, side: 0 | 1): number {
  const len = side === 0 ? (lenA < lenB ? lenA : lenB) : lenA < lenB ? lenB : lenA;
  return len === 0 ? 0 : shared / len;
}

function setAgreement(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  if (x.size === 0 && y.size === 0) return 1;
  let shared = 0;
  for (const v of x) if (y.has(v)) shared++;
  return (2 * shared) / (x.size + y.size);
}

/** 1 when both sides have members and some member of one is missing from the other. */
function setConflict(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  if (x.size === 0 || y.size === 0) return 0;
  for (const v of x) if (!y.has(v)) return 1;
  for (const v of y) if (!x.has(v)) return 1;
  return 0;
}

function ngramContainment(p: PairBasis, n: 2 | 3, side: 0 | 1): number {
  const ga = n === 2 ? p.a.sortedBigrams : p.a.sortedTrigrams;
  const gb = n === 2 ? p.b.sortedBigrams : p.b.sortedTrigrams;
  return share(overlap(p, n === 2 ? 'sortedBigrams' : 'sortedTrigrams'), ga.length, gb.length, side);
}


/** Matched content words (same stem or WordNet related) over the shorter / longer content. */
function semanticContainment(p: PairBasis, side: 0 | 1): number {
  const m = contentMatches(p);
  const x = p.a.contentStems.length;
  const y = p.b.contentStems.length;
  const len = side === 0 ? Math.min(x, y) : Math.max(x, y);
  return len === 0 ? 0 : Math.min(1, (m.exact + m.synonyms) / len);
}

/** Content words left without any counterpart, on the side with fewer / more of them, over 10. */
function unmatchedContent(p: PairBasis, side: 0 | 1): number {
  const m = contentMatches(p);
  const x = p.a.contentStems.length;
  const y = p.b.contentStems.length;
  const left = (side === 0 ? Math.min(x, y) : Math.max(x, y)) - m.exact - m.synonyms;
  return Math.min(1, Math.max(0, left) / 10);
}

export const FEATURES = {
  /** Shared words over the shorter sentence's words. */
  wordContainmentMin: (p: PairBasis) => share(p.sharedWords, p.a.words.length, p.b.words.length, 0),
  /** Shared words over the longer sentence's words. */
  wordContainmentMax: (p: PairBasis) => share(p.sharedWords, p.a.words.length, p.b.words.length, 1),
  bigramContainmentMin: (p: PairBasis) => ngramContainment(p, 2, 0),
  bigramContainmentMax: (p: PairBasis) => ngramContainment(p, 2, 1),
  trigramContainmentMin: (p: PairBasis) => ngramContainment(p, 3, 0),
  trigramContainmentMax: (p: PairBasis) => ngramContainment(p, 3, 1),
  /** Longest common word subsequence over the shorter and the longer sentence. */
  lcsMin: (p: PairBasis) => share(p.lcs, p.a.words.length, p.b.words.length, 0),
  lcsMax: (p: PairBasis) => share(p.lcs, p.a.words.length, p.b.words.length, 1),
  /** Word-level edit similarity: 1 - (insertions + deletions) / (both lengths) = 2·LCS / (both lengths). */
  editSimilarity: (p: PairBasis) => dice(p.lcs, p.a.words.length, p.b.words.length),
  /** Unmatched runs of words left by the subsequence alignment, per side (the side with fewer / more). */
  gapCountMin: (p: PairBasis) => gapFeature(p, 'count', 0, 8),
  gapCountMax: (p: PairBasis) => gapFeature(p, 'count', 1, 8),
  /** Content words in the longest unmatched run (an added clause is information, scattered edits are not). */
  gapLongestMin: (p: PairBasis) => gapFeature(p, 'longest', 0, 8),
  gapLongestMax: (p: PairBasis) => gapFeature(p, 'longest', 1, 8),
  /** Content words outside the alignment, attribution words ("said") not counted. */
  gapContentMin: (p: PairBasis) => gapFeature(p, 'total', 0, 15),
  gapContentMax: (p: PairBasis) => gapFeature(p, 'total', 1, 15),
  /** Runs of the alignment over its length. */
  fragmentation: (p: PairBasis) => gapStats(p).fragmentation,
  /** Dice coefficient of content-word stems (Porter stemmer). */
  stemDice: (p: PairBasis) =>
    dice(overlap(p, 'sortedStems'), p.a.sortedStems.length, p.b.sortedStems.length),
  stemContainmentMin: (p: PairBasis) =>
    share(overlap(p, 'sortedStems'), p.a.sortedStems.length, p.b.sortedStems.length, 0),
  stemContainmentMax: (p: PairBasis) =>
    share(overlap(p, 'sortedStems'), p.a.sortedStems.length, p.b.sortedStems.length, 1),
  /** Content words matched by stem or WordNet synonym/hypernym, over the shorter / longer content. */
  synonymContainmentMin: (p: PairBasis) => semanticContainment(p, 0),
  synonymContainmentMax: (p: PairBasis) => semanticContainment(p, 1),
  unmatchedContentMin: (p: PairBasis) => unmatchedContent(p, 0),
  unmatchedContentMax: (p: PairBasis) => unmatchedContent(p, 1),
  /** Dice coefficient of character bigrams of the normalised texts, white space removed. */
  charDice: (p: PairBasis) =>
    dice(overlap(p, 'sortedCharBigrams'), p.a.sortedCharBigrams.length, p.b.sortedCharBigrams.length),
  lengthRatio: (p: PairBasis) => {
    const lo = Math.min(p.a.words.length, p.b.words.length);
    const hi = Math.max(p.a.words.length, p.b.words.length);
    return hi === 0 ? 1 : lo / hi;
  },
  /** Difference in length, in words, over 20 (at most 1). */
  lengthDifference: (p: PairBasis) => Math.min(1, Math.abs(p.a.words.length - p.b.words.length) / 20),
  numberAgreement: (p: PairBasis) => setAgreement(p.a.numbers, p.b.numbers),
  /** Both sentences give numbers, and not the same ones. */
  numberConflict: (p: PairBasis) => setConflict(p.a.numbers, p.b.numbers),
  /** Only one of the two sentences gives numbers. */
  numberOneSided: (p: PairBasis) => Number((p.a.numbers.size === 0) !== (p.b.numbers.size === 0)),
  nameAgreement: (p: PairBasis) => setAgreement(p.a.names, p.b.names),
  nameConflict: (p: PairBasis) => setConflict(p.a.names, p.b.names),
  /** One sentence is negated ("not", "never", "didn't") and the other is not. */
  negationMismatch: (p: PairBasis) => Number(negated(p.a) !== negated(p.b)),
} satisfies Record<string, (p: PairBasis) => number>;

export type FeatureName = keyof typeof FEATURES;

export const FEATURE_NAMES = Object.keys(FEATURES) as FeatureName[];

export function isFeatureName(name: string): name is FeatureName {
  return Object.hasOwn(FEATURES, name);
}

/** The features that grow with the longest common subsequence (and only through it). */
export const LCS_FEATURES: ReadonlySet<FeatureName> = new Set(['lcsMin', 'lcsMax', 'editSimilarity']);

/**
 * Features that need the word-for-word alignment, with bounds [lower, upper] computed without it:
 * alignment's pruning (`mayRelate`) takes whichever bound favours a paraphrase.
 */
export const BOUNDED_FEATURES: Readonly<Partial<Record<FeatureName, (p: PairBasis) => [number, number]>>> = {
  gapCountMin: (p) => gapBounds(p, 'count', 0, 8),
  gapCountMax: (p) => gapBounds(p, 'count', 1, 8),
  gapLongestMin: (p) => gapBounds(p, 'longest', 0, 8),
  gapLongestMax: (p) => gapBounds(p, 'longest', 1, 8),
  gapContentMin: (p) => gapBounds(p, 'total', 0, 15),
  gapContentMax: (p) => gapBounds(p, 'total', 1, 15),
  fragmentation: (p) => [p.sharedWords === 0 ? 1 : 1 / p.sharedWords, 1],
};

/** The fewest and the most content matches a pair can have, known without looking synonyms up. */
function contentMatchRange(p: PairBasis): [ContentMatches, ContentMatches] {
  const exact = overlap(p, 'sortedStems');
  const most = Math.min(SYNONYM_CAP, p.a.sortedStems.length - exact, p.b.sortedStems.length - exact);
  return [{ exact, synonyms: 0 }, { exact, synonyms: Math.max(0, most) }];
}

/**
 * Values of the WordNet features with the fewest and with the most synonym matches the pair can
 * have, known without looking synonyms up: every such feature is monotone in the number of
 * matches, so alignment's pruning takes whichever its weight prefers, and looks synonyms up only
 * for pairs that pass.
 */
export function synonymFeatureRange(p: PairBasis, feature: FeatureName): [number, number] {
  const f = FEATURES[feature];
  const saved = p.matches;
  const [fewest, most] = contentMatchRange(p);
  p.matches = fewest;
  const x = f(p);
  p.matches = most;
  const y = f(p);
  p.matches = saved;
  return x <= y ? [x, y] : [y, x];
}

/** The features that depend on WordNet. */
export const SYNONYM_FEATURES: ReadonlySet<FeatureName> = new Set([
  'synonymContainmentMin',
  'synonymContainmentMax',
  'unmatchedContentMin',
  'unmatchedContentMax',
]);

/** Feature groups, for the benchmark's ablation (each group removed in turn). */
export const FEATURE_GROUPS: Readonly<Record<string, readonly FeatureName[]>> = {
  'word overlap': ['wordContainmentMin', 'wordContainmentMax'],
  'word n-grams': ['bigramContainmentMin', 'bigramContainmentMax', 'trigramContainmentMin', 'trigramContainmentMax'],
  'subsequence / edit distance': ['lcsMin', 'lcsMax', 'editSimilarity'],
  'alignment gaps': ['gapCountMin', 'gapCountMax', 'gapLongestMin', 'gapLongestMax', 'gapContentMin', 'gapContentMax', 'fragmentation'],
  'stems': ['stemDice', 'stemContainmentMin', 'stemContainmentMax'],
  'WordNet synonyms': ['synonymContainmentMin', 'synonymContainmentMax', 'unmatchedContentMin', 'unmatchedContentMax'],
  'character bigrams': ['charDice'],
  'length': ['lengthRatio', 'lengthDifference'],
  'numbers': ['numberAgreement', 'numberConflict', 'numberOneSided'],
  'names': ['nameAgreement', 'nameConflict'],
  'negation': ['negationMismatch'],
};
