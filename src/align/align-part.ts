/**
 * Stages 3 and 4 (prepare, align) on a part of the input (alignment-parts.ts): a set of whole
 * groups of documents that the candidate step pairs. Nothing alignment does reaches from one
 * group into another (candidate pairs, the counterparts a sentence keeps in another document,
 * reprinted runs and shared runs all lie between two documents of a pair) except one count: how
 * many documents of the whole input hold a run of words (a run held by more than the
 * common-passage cut-off is a stock phrase). So a part is prepared (`preparePart`), the parts
 * compare their counts of the few runs that could be stock (`stockCandidates`, `runHolderCounts`,
 * `stockRuns`), each is aligned (`alignPart`), and the parts are joined in the input's order
 * (`joinParts`). `analyzeDocuments` does this with one part of every paired document; the
 * parallel path (src/parallel/) with a part per thread, the same functions on each.
 */
import type { Sentence, Span } from '../types.js';
import { prepareText, type PreparedText } from '../classify/prepared-text.js';
import { classifyCandidates, keptAlignments, planAlignment, type AlignInput, type AlignmentPlan } from './align-documents.js';
import type { AlignedPair } from './aligned-pair.js';
import type { AlignmentPart } from './alignment-parts.js';
import { maxDocumentFrequency } from './common-passages.js';
import { quotedShare } from './shared-quote.js';
import { emptyRunIndex, runHolderCounts, runIndex, runsHeldBy, sharedRuns, type RunIndex, type RunKey, type SharedRuns } from './shared-runs.js';

/** A sentence's quotation spans, as offsets into the sentence (prepareText's `quotedSpans`). */
export function sentenceQuoteSpans(s: Sentence): Span[] {
  return s.quoted.map((q) => ({ start: q.start - s.start, end: q.end - s.start }));
}

/** A part prepared: every document of the input (those outside the part with nothing prepared), what alignment compares, and the runs of words (let go by alignPart once it has found the shared runs). */
export interface PreparedPart {
  part: AlignmentPart;
  inputs: AlignInput[];
  plan: AlignmentPlan;
  runs: RunIndex;
}

/**
 * Stage 3 for a part: its documents' article sentences prepared for comparison (boilerplate and
 * the documents of other parts are not), the sentences alignment compares and their candidate
 * pairs, and the runs of words. `sentences` has an entry for every document of the input (empty
 * for documents outside the part if the caller has only the part's). `progress` is called now and
 * then with the documents done.
 */
export function preparePart(sentences: readonly (readonly Sentence[])[], part: AlignmentPart, progress?: (done: number, total: number) => void): PreparedPart {
  const inPart = new Uint8Array(sentences.length);
  for (const d of part.documents) inPart[d] = 1;
  const inputs = sentences.map((ss, d): AlignInput => {
    if (progress && d % 64 === 0) progress(d, sentences.length);
    return { sentences: ss, prepared: ss.map((s) => (inPart[d] && s.role !== 'boilerplate' ? prepareText(s.text, sentenceQuoteSpans(s)) : undefined)) };
  });
  const plan = planAlignment(inputs, part.documentPairs ? { documentPairs: part.documentPairs } : {});
  releaseUncompared(inputs, plan);
  return { part, inputs, plan, runs: runIndex(inputs) };
}

/** The sentences in no candidate pair keep only what the shared runs and quoted shares read (PreparedText.release). */
function releaseUncompared(inputs: readonly AlignInput[], plan: AlignmentPlan): void {
  const compared = new Set<PreparedText>();
  for (const [i, j] of plan.candidates) {
    compared.add(plan.refs[i]!.prepared);
    compared.add(plan.refs[j]!.prepared);
  }
  for (const input of inputs) for (const p of input.prepared) if (p && !compared.has(p)) p.release();
}

/**
 * The runs of a part that may be stock phrases of the whole input, aligned in `parts` parts of
 * `documentCount` documents: those it holds in at least (cut-off + 1) / parts documents, and in
 * two at least (a run held by more than the cut-off in all is held so often in one part at
 * least; a run one document holds is shared by none). One part: its own stock.
 */
export function stockCandidates(p: PreparedPart, documentCount: number, parts: number): RunKey[] {
  return runsHeldBy(p.runs, Math.max(2, Math.ceil((maxDocumentFrequency(documentCount) + 1) / parts)));
}

/** How many documents of the part hold each of `keys` (the parts' stock candidates, merged). */
export function partRunCounts(p: PreparedPart, keys: readonly RunKey[]): Int32Array {
  return runHolderCounts(p.runs, keys);
}

/** Of the parts' stock candidates (`keys`), with each part's counts of them, those held by more documents in all than the cut-off allows. */
export function stockRuns(keys: readonly RunKey[], counts: readonly Int32Array[], documentCount: number): RunKey[] {
  const maxDf = maxDocumentFrequency(documentCount);
  return keys.filter((_, k) => counts.reduce((n, c) => n + c[k]!, 0) > maxDf);
}

/** A part aligned: its kept pairs in groups (keptAlignments), and per document of the part (in its order) the shared runs and quoted share of each sentence. */
export interface PartAlignment {
  documents: number[];
  groups: AlignedPair[][];
  runs: SharedRuns;
  quotedShares: number[][];
}

/**
 * Stage 4 for a part: the classifier on its candidate pairs, the pairs kept, and the shared runs,
 * `stock` the runs that are stock phrases of the whole input (stockRuns; absent: the part is the
 * whole input, and its own counts say). `onClassified` is called now and then with the candidate
 * pairs classified so far (a progress line's; nothing depends on it).
 */
export function alignPart(p: PreparedPart, documentCount: number, stock?: readonly RunKey[], onClassified?: (done: number) => void): PartAlignment {
  // The shared runs first, so that the runs of words are let go before the classifier's pairs are made.
  const stockSet = stock && new Set(stock);
  const runs = sharedRuns(p.inputs, p.runs, {
    documentCount,
    documents: p.part.documents,
    ...(p.part.documentPairs && { documentPairs: p.part.documentPairs }),
    ...(stockSet && { isStock: (key: RunKey) => stockSet.has(key) }),
  });
  p.runs = emptyRunIndex();
  const { refs, candidates } = p.plan;
  const found = classifyCandidates((r) => refs[r]!.prepared, candidates, onClassified);
  onClassified?.(candidates.length);
  const groups = keptAlignments(p.inputs, p.plan, found);
  const quotedShares = p.part.documents.map((d) => p.inputs[d]!.sentences.map((s, i) => quotedShare(s, p.inputs[d]!.prepared[i])));
  return { documents: p.part.documents, groups, runs, quotedShares };
}

/** The parts joined: the kept pairs in the input's order (as one part of everything gives them), and per document of the input the shared runs and quoted shares (documents no part holds share nothing). */
export function joinParts(sentences: readonly (readonly Sentence[])[], parts: readonly PartAlignment[]): { pairs: AlignedPair[]; runs: SharedRuns; quotedShares: number[][] } {
  const runs: SharedRuns = new Array(sentences.length);
  const quotedShares: number[][] = new Array(sentences.length);
  for (const part of parts)
    part.documents.forEach((d, k) => {
      runs[d] = part.runs[k]!;
      quotedShares[d] = part.quotedShares[k]!;
    });
  sentences.forEach((ss, d) => {
    if (runs[d]) return;
    runs[d] = ss.map(() => new Map());
    quotedShares[d] = ss.map((s) => quotedShare(s));
  });
  const groups = parts.length === 1 ? parts[0]!.groups : parts.flatMap((p) => p.groups).sort(byFirstPair);
  return { pairs: groups.flat(), runs, quotedShares };
}

/** Groups of kept pairs in candidate order: by their first pair's `a`, then `b` (document, then sentence). */
function byFirstPair(x: readonly AlignedPair[], y: readonly AlignedPair[]): number {
  const p = x[0]!;
  const q = y[0]!;
  return p.a[0] - q.a[0] || p.a[1] - q.a[1] || p.b[0] - q.b[0] || p.b[1] - q.b[1];
}
