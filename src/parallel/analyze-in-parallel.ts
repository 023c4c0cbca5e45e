/**
 * The analysis on N threads: the calling one and N − 1 worker threads (stage-worker.ts), running
 * the pipeline of analyze.ts with the same functions, on parts of the input fixed by the input
 * and N alone, their replies joined in the input's order; so the result is `analyzeDocuments`'s,
 * byte for byte, for any N.
 *
 * - Clean and segment (and the candidate step's stems): the documents in N runs of about equal
 *   length, one per worker and the last on this thread.
 * - Prepare and align: the candidate step's pairs of documents join documents into groups that
 *   alignment never looks across (align/alignment-parts.ts); the groups are dealt into N parts of
 *   about equal weight, one per worker and the lightest here. Each thread prepares its part, the
 *   parts sum their counts of the runs of words that may be stock phrases of the whole input, and
 *   each thread aligns its part (align/align-part.ts). No sentence is prepared twice, and what a
 *   worker prepared stays with it; only the part's sentences go to it, and only its kept pairs,
 *   shared runs and quoted shares come back. The progress line reads the count of pairs
 *   classified, by all threads, from shared memory.
 *
 * With one thread, or an input below WORKERS_MIN_DOCUMENTS (jobs.ts), no worker is started: the
 * result is `analyzeDocuments`'s, on this thread.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AnalysisResult, Sentence, SourceDocument } from '../types.js';
import { analyzeDocuments, labelAndInfer, planCandidates, type Alignment, type AnalyzeOptions, type CandidatePlan } from '../analyze.js';
import { documentStems, type CandidateChoice, type DocumentStems } from '../align/candidate-step.js';
import { alignmentParts } from '../align/alignment-parts.js';
import { alignPart, joinParts, partRunCounts, preparePart, stockCandidates, stockRuns, type PartAlignment } from '../align/align-part.js';
import type { RunKey } from '../align/shared-runs.js';
import { defaultJobs, usesWorkers } from './jobs.js';
import { WorkerPool } from './worker-pool.js';
import { packSentences, unpackSentences } from './sentence-transfer.js';
import { countInto, segmentDocuments, type CountReply, type PrepareReply, type SegmentReply, type StageReply, type StageTask } from './stage-tasks.js';

/** Options of {@link analyzeDocumentsInParallel}: those of `analyzeDocuments`, and how many threads. */
export interface ParallelOptions extends AnalyzeOptions {
  /** Threads to use, this one included (default: one per core, defaultJobs); 1 runs everything here, N > 1 starts N − 1 workers for inputs of WORKERS_MIN_DOCUMENTS or more. */
  jobs?: number;
}

/** Beside this module both in dist/parallel/ (tsc) and in dist/bin/ (the bundle, scripts/bundle.mjs). */
const WORKER_URL = new URL('./stage-worker.js', import.meta.url);

/** How often the progress line is redrawn while this thread waits for the workers. */
const PROGRESS_MS = 100;

type Pool = WorkerPool<StageTask, StageReply>;

export async function analyzeDocumentsInParallel(docs: readonly SourceDocument[], options: ParallelOptions = {}): Promise<AnalysisResult> {
  const jobs = options.jobs ?? defaultJobs();
  // Workers run the built engine; run from the TypeScript sources (a test), the same result comes from this thread.
  if (!usesWorkers(docs.length, jobs) || !existsSync(fileURLToPath(WORKER_URL))) return analyzeDocuments(docs, options);
  const pool: Pool = new WorkerPool(WORKER_URL, jobs - 1);
  let alignment: Alignment;
  try {
    alignment = await alignWithPool(pool, docs, options);
  } finally {
    // The workers' memory goes before labelling, which needs none of it.
    await pool.close();
  }
  return labelAndInfer(docs, alignment, options);
}

/** The stages up to alignment, on this thread and the pool's: a part of the input each. */
async function alignWithPool(pool: Pool, docs: readonly SourceDocument[], options: AnalyzeOptions): Promise<Alignment> {
  const ended = options.onStage;
  const progress = options.onProgress;
  const { sentences, plan } = await planOnAll(pool, docs, options.candidates ?? 'auto', ended);
  const n = docs.length;
  const parts = alignmentParts(n, plan.documentPairs, pool.size + 1, (d) => sentences[d]!.length);
  // The lightest part here (this thread also joins the answers); the others one per worker.
  const mine = parts[parts.length - 1]!;
  const theirs = parts.slice(0, -1);
  const preparing = settled(
    Promise.all(
      theirs.map((part, w) => {
        const packed = packSentences(part.documents.map((d) => sentences[d]!));
        const task = { kind: 'prepare', part, texts: part.documents.map((d) => docs[d]!.text), sentences: packed, documentCount: n, parts: parts.length } as const;
        // The packed numbers move to the worker rather than being copied.
        return pool.post(w, task, [packed.numbers.buffer as ArrayBuffer]) as Promise<PrepareReply>;
      }),
    ),
  );
  const own = preparePart(sentences, mine, progress && ((done, total) => progress('preparing', done, total)));
  const prepared = await preparing;
  ended?.('prepare');
  // The runs that may be stock phrases of the whole input, and the parts' counts of them.
  const keys = mergedKeys([...prepared.map((r) => r.stockCandidates), stockCandidates(own, n, parts.length)]);
  const counting = settled(Promise.all(theirs.map((_, w) => pool.post(w, { kind: 'count', keys }) as Promise<CountReply>)));
  const ownCounts = partRunCounts(own, keys);
  const stock = stockRuns(keys, [...(await counting).map((r) => r.counts), ownCounts], n);
  const done = new Int32Array(new SharedArrayBuffer(4));
  const total = prepared.reduce((t, r) => t + r.candidates, own.plan.candidates.length);
  const tick = () => progress?.('aligning', Math.min(total, Atomics.load(done, 0)), total);
  tick();
  const aligning = settled(Promise.all(theirs.map((_, w) => pool.post(w, { kind: 'align', documentCount: n, stock, done }) as Promise<PartAlignment>)));
  const aligned = alignPart(own, n, stock, countInto(done, tick));
  const timer = progress && setInterval(tick, PROGRESS_MS);
  let replies: PartAlignment[];
  try {
    replies = await aligning;
  } finally {
    if (timer) clearInterval(timer);
  }
  progress?.('aligning', total, total);
  const joined = joinParts(sentences, [...replies, aligned]);
  ended?.('align');
  return { sentences, ...joined, candidates: plan.candidates };
}

/**
 * The workers' answers, awaited after this thread's own share: if that share fails first, the
 * workers are closed and their answers rejected; marked handled here, so that only the first
 * failure is reported (as the error the caller gets), not an unhandled rejection beside it.
 */
function settled<T>(p: Promise<T>): Promise<T> {
  p.catch(() => undefined);
  return p;
}

/** Sorted lists of run keys merged into one, each key once. */
function mergedKeys(lists: readonly RunKey[][]): RunKey[] {
  return [...new Set(lists.flat())].sort((a, b) => a - b);
}

/** Contiguous ranges [from, to) of `count` items, `chunks` of them, of about equal total `weight`. */
export function chunkRanges(count: number, chunks: number, weight: (i: number) => number): [number, number][] {
  let total = 0;
  for (let i = 0; i < count; i++) total += weight(i);
  const out: [number, number][] = [];
  let from = 0;
  let sum = 0;
  for (let i = 0; i < count; i++) {
    sum += weight(i);
    if (sum >= (total * (out.length + 1)) / chunks && out.length < chunks - 1) {
      out.push([from, i + 1]);
      from = i + 1;
    }
  }
  if (from < count) out.push([from, count]);
  return out;
}

/** Clean, segment (and stems) on every thread, then the candidate step here (the stems needed no longer). */
async function planOnAll(pool: Pool, docs: readonly SourceDocument[], choice: CandidateChoice, ended: AnalyzeOptions['onStage']): Promise<{ sentences: Sentence[][]; plan: CandidatePlan }> {
  const { sentences, stems } = await segmentOnAll(pool, docs, choice !== 'all-pairs');
  ended?.('clean');
  ended?.('segment');
  return { sentences, plan: planCandidates(sentences, choice, () => stems ?? documentStems(sentences)) };
}

/** Clean, segment (and stems) on every thread: a run of documents per worker, the last run here. */
async function segmentOnAll(pool: Pool, docs: readonly SourceDocument[], withStems: boolean): Promise<{ sentences: Sentence[][]; stems?: DocumentStems[] }> {
  const ranges = chunkRanges(docs.length, pool.size + 1, (i) => docs[i]!.text.length + 1);
  const mine = ranges.length - 1;
  const posted = settled(
    Promise.all(
      ranges.slice(0, mine).map(
        ([from, to], w) =>
          pool.post(w, {
            kind: 'segment',
            documents: docs.slice(from, to).map((d) => ({ text: d.text, outlet: d.outlet.title === undefined ? { name: d.outlet.name } : { name: d.outlet.name, title: d.outlet.title }, ...(d.blockQuotes && { blockQuotes: d.blockQuotes }) })),
            stems: withStems,
          }) as Promise<SegmentReply>,
      ),
    ),
  );
  const [from, to] = ranges[mine] ?? [0, 0];
  const own = segmentDocuments({ documents: docs.slice(from, to), stems: withStems });
  const replies = await posted;
  const sentences = [...replies.flatMap((r, w) => unpackSentences(r.sentences, docs.slice(ranges[w]![0], ranges[w]![1]).map((d) => d.text))), ...own.sentences];
  return withStems ? { sentences, stems: [...replies.flatMap((r) => r.stems!), ...own.stems!] } : { sentences };
}
