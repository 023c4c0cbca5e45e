/**
 * Stage 4: align every article sentence with the sentences of every other document.
 *
 * Candidate pairs are scored by the one pair classifier. Kept, for a sentence and another
 * document: every identical or near-verbatim counterpart (many-to-one: a sentence that merges two
 * wire sentences keeps both), and otherwise its best paraphrase. A pair is kept when either side
 * keeps it, and recorded on both, so every relation found between A and B is found between B and A.
 */
import type { Relation, Sentence } from '../types.js';
import { classifyCandidate, sameQuotation } from '../classify/classify-pair.js';
import type { PreparedText } from '../classify/prepared-text.js';
import { candidatePairs, candidatePairsWithin, type SentenceRef } from './candidates.js';
import { isSharedQuote } from './shared-quote.js';
import { meaningChanges } from '../classify/meaning-changes.js';
import type { AlignedPair } from './aligned-pair.js';

export interface AlignInput {
  sentences: readonly Sentence[];
  /** Prepared text per sentence; undefined for sentences left out of alignment (boilerplate). */
  prepared: readonly (PreparedText | undefined)[];
}

const VERBATIM: ReadonlySet<Relation> = new Set(['identical', 'near-verbatim']);

export interface AlignOptions {
  /** Align a repeated sentence once (the default); false compares every repeat (tests compare the two). */
  groupRepeats?: boolean;
  /**
   * Compare only the sentences of these pairs of documents ([a, b], a < b): the index step's
   * choice (candidate-step.ts). All pairs of documents when absent.
   */
  documentPairs?: readonly (readonly [number, number])[];
  /** Called now and then with the candidate pairs compared so far (for a progress bar); nothing depends on it. */
  onProgress?: (done: number, total: number) => void;
}

/** Two sentences of the same characters are the same for alignment when the same words are quoted in both. */
function sameQuoting(a: PreparedText, b: PreparedText): boolean {
  if (a.quoted.length !== b.quoted.length) return false;
  for (let i = 0; i < a.quoted.length; i++) if (a.quoted[i] !== b.quoted[i]) return false;
  return true;
}

/**
 * What alignment compares: each sentence aligned once (its repeats within a document are its
 * echoes) and the candidate pairs of those sentences ([i, j] indices into `refs`, sorted).
 */
export interface AlignmentPlan {
  refs: SentenceRef[];
  /** First occurrence (index into refs) → the [document, sentence] of each repeat. */
  echoes: Map<number, [number, number][]>;
  candidates: [number, number][];
}

/** A candidate pair the classifier relates: indices into the plan's refs, relation and score. */
export interface FoundPair {
  /** Its index in the candidates. */
  at: number;
  i: number;
  j: number;
  relation: Relation;
  score: number;
}

export function planAlignment(docs: readonly AlignInput[], options: Pick<AlignOptions, 'groupRepeats' | 'documentPairs'> = {}): AlignmentPlan {
  // A sentence a document repeats exactly (the same characters, inside or outside quotation marks
  // alike) is aligned once, its first time; the others are its echoes, given its relations to the
  // other documents' sentences at the end. A text that repeats a passage a thousand times would
  // otherwise be compared with another such text a million times over.
  const refs: SentenceRef[] = [];
  const echoes = new Map<number, [number, number][]>();
  docs.forEach((d, doc) => {
    const first = new Map<string, number[]>();
    d.prepared.forEach((prepared, sentence) => {
      if (!prepared || prepared.words.length === 0) return;
      const text = d.sentences[sentence]!.text;
      const same = options.groupRepeats === false ? undefined : first.get(text);
      const seen = same?.find((r) => sameQuoting(refs[r]!.prepared, prepared));
      if (seen === undefined) {
        if (same) same.push(refs.length);
        else first.set(text, [refs.length]);
        refs.push({ doc, sentence, prepared });
      } else {
        let list = echoes.get(seen);
        if (!list) echoes.set(seen, (list = []));
        list.push([doc, sentence]);
      }
    });
  });
  const candidates = options.documentPairs ? candidatePairsWithin(refs, options.documentPairs) : candidatePairs(refs);
  return { refs, echoes, candidates };
}

/**
 * The classifier on the candidate pairs (indices into the refs), given each ref's prepared text:
 * the pairs it relates, in candidate order. `onProgress` is called every 1,024 pairs with the
 * pairs classified so far.
 */
export function classifyCandidates(prepared: (ref: number) => PreparedText, candidates: readonly (readonly [number, number])[], onProgress?: (done: number) => void): FoundPair[] {
  const found: FoundPair[] = [];
  for (let c = 0; c < candidates.length; c++) {
    if (onProgress && c % 1024 === 0) onProgress(c);
    const i = candidates[c]![0];
    const j = candidates[c]![1];
    const v = classifyCandidate(prepared(i), prepared(j));
    if (v) found.push({ at: c, i, j, relation: v.relation, score: v.score });
  }
  return found;
}

export function alignDocuments(docs: readonly AlignInput[], options: AlignOptions = {}): AlignedPair[] {
  const plan = planAlignment(docs, options);
  const { refs, candidates } = plan;
  const progress = options.onProgress;
  const found = classifyCandidates((r) => refs[r]!.prepared, candidates, progress && ((done) => progress(done, candidates.length)));
  progress?.(candidates.length, candidates.length);
  return keptAlignments(docs, plan, found).flat();
}

/**
 * The pairs alignment keeps of those the classifier related (`found`, in candidate order), each
 * recorded once: per kept pair, the pair and then its echoes' copies of it (a group), in candidate
 * order. The candidates are sorted by their sentences' places (document, then sentence), so the
 * groups are too, by their first pair's `a` and then `b` (align-part.ts joins parts by it).
 */
export function keptAlignments(docs: readonly AlignInput[], { refs, echoes }: AlignmentPlan, found: readonly FoundPair[]): AlignedPair[][] {
  // Per (sentence, other document): does it have a verbatim counterpart there, and its best paraphrase.
  const hasVerbatim = new Set<string>();
  const bestParaphrase = new Map<string, { k: number; score: number }>();
  const key = (ref: number, otherDoc: number) => `${ref}:${otherDoc}`;
  found.forEach((f, k) => {
    for (const [self, other] of [
      [f.i, f.j],
      [f.j, f.i],
    ] as const) {
      const kk = key(self, refs[other]!.doc);
      if (VERBATIM.has(f.relation)) hasVerbatim.add(kk);
      else {
        const best = bestParaphrase.get(kk);
        if (!best || f.score > best.score) bestParaphrase.set(kk, { k, score: f.score });
      }
    }
  });

  const keptFrom = (k: number, self: number, other: number): boolean => {
    const f = found[k]!;
    if (VERBATIM.has(f.relation)) return true;
    const kk = key(self, refs[other]!.doc);
    return !hasVerbatim.has(kk) && bestParaphrase.get(kk)?.k === k;
  };

  const groups: AlignedPair[][] = [];
  found.forEach((f, k) => {
    if (!keptFrom(k, f.i, f.j) && !keptFrom(k, f.j, f.i)) return;
    const ri = refs[f.i]!;
    const rj = refs[f.j]!;
    const [x, y] = ri.doc < rj.doc ? [ri, rj] : [rj, ri];
    const [ex, ey] = ri.doc < rj.doc ? [echoes.get(f.i), echoes.get(f.j)] : [echoes.get(f.j), echoes.get(f.i)];
    const quote = isSharedQuote(x.prepared, y.prepared);
    const pair: AlignedPair = { a: [x.doc, x.sentence], b: [y.doc, y.sentence], relation: f.relation, score: f.score, quote };
    // Copies quote in the same words; a paraphrase may quote the same words in another frame, or a second translation.
    if (quote) pair.sameWording = f.relation !== 'paraphrase' || sameQuotation(x.prepared, y.prepared);
    if (f.relation === 'near-verbatim') {
      const changes = meaningChanges(x.prepared, y.prepared);
      if (changes.length > 0) pair.changes = changes;
    }
    const group = [pair];
    // Each echo relates to the other side's first occurrence as its own first occurrence does.
    for (const a of ex ?? []) group.push({ ...pair, a });
    for (const b of ey ?? []) group.push({ ...pair, b });
    groups.push(group);
  });
  quotesCopiedWithProse(docs, groups.flat());
  return groups;
}

/**
 * A reprint: a run of sentences shared in order that makes up at least this share of both texts' sentences.
 * (At 0.8 the seeds' IBTimes reprint of Reuters would read as copying its quotations too; kept at the
 * whole text, the case of two copies of one file, until the seeds' reports are regenerated for it.)
 */
export const MIN_REPRINT_SHARE = 1;

/**
 * Quotations reprinted with the text around them are copied text, not shared quotes: when a run of
 * consecutive sentences that two documents share word for word (identical or near-verbatim, in the
 * same order) makes up all of both (MIN_REPRINT_SHARE: a duplicate file, a story reprinted whole), its quoted sentences are copied with the rest. Two outlets quoting one
 * statement frame it in their own words; a reprint reproduces the frame too.
 */
function quotesCopiedWithProse(docs: readonly AlignInput[], pairs: AlignedPair[]): void {
  // Rank of each aligned sentence among its document's aligned sentences (boilerplate between them is skipped).
  const rank = docs.map((d) => {
    const r = new Map<number, number>();
    d.prepared.forEach((p, i) => {
      if (p && p.words.length > 0) r.set(i, r.size);
    });
    return r;
  });
  const at = new Map<string, AlignedPair>();
  const keyOf = (da: number, ra: number, db: number, rb: number) => `${da}:${ra}:${db}:${rb}`;
  for (const p of pairs) {
    if (!VERBATIM.has(p.relation)) continue;
    const ra = rank[p.a[0]]!.get(p.a[1]);
    const rb = rank[p.b[0]]!.get(p.b[1]);
    if (ra !== undefined && rb !== undefined) at.set(keyOf(p.a[0], ra, p.b[0], rb), p);
  }
  const seen = new Set<string>();
  for (const key of at.keys()) {
    if (seen.has(key)) continue;
    const [da, ra, db, rb] = key.split(':').map(Number) as [number, number, number, number];
    // Walk back to the start of the diagonal run, then collect it.
    let s = 0;
    while (at.has(keyOf(da, ra - s - 1, db, rb - s - 1))) s++;
    const run: AlignedPair[] = [];
    for (let k = -s; ; k++) {
      const kk = keyOf(da, ra + k, db, rb + k);
      const q = at.get(kk);
      if (!q) break;
      seen.add(kk);
      run.push(q);
    }
    if (run.length < MIN_REPRINT_SHARE * Math.max(rank[da]!.size, rank[db]!.size) || !run.some((q) => !q.quote) || !run.some((q) => q.quote)) continue;
    for (const q of run) {
      if (!q.quote) continue;
      q.quote = false;
      delete q.sameWording;
    }
  }
}
