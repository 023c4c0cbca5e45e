/**
 * The analysis on several threads: the pipeline of analyze.ts, its per-document stages (clean,
 * segment, the candidate step's stems) and the classifier on the candidate pairs run on a pool of
 * worker threads (stage-worker.ts), in chunks of documents and of pairs fixed by the input alone,
 * and their replies are joined in chunk order. Everything else runs on this thread as in
 * `analyzeDocuments`, with the same functions, so the result is the same, byte for byte, for any
 * number of threads. While the workers classify, this thread finds the shared runs of words.
 * With one thread, or an input below WORKERS_MIN_DOCUMENTS (jobs.ts), no worker is started: the
 * result is `analyzeDocuments`'s, on this thread.
 */
import type { AnalysisResult, Sentence, SourceDocument } from '../types.js';
import { analyzeDocuments, labelAndInfer, planCandidates, prepareSentences, sentenceQuoteSpans, type AnalyzeOptions } from '../analyze.js';
import { documentStems } from '../align/candidate-step.js';
import { keptAlignments, planAlignment, type AlignInput, type AlignmentPlan, type FoundPair } from '../align/align-documents.js';
import { sharedRuns } from '../align/shared-runs.js';
import { defaultJobs, usesWorkers } from './jobs.js';
import { WorkerPool } from './worker-pool.js';
import type { ClassifyReply, ClassifyTask, SegmentReply, SegmentTask, StageReply, StageTask, TaskSentence } from './stage-tasks.js';

/** Options of {@link analyzeDocumentsInParallel}: those of `analyzeDocuments`, and how many threads. */
export interface ParallelOptions extends AnalyzeOptions {
  /** Threads to use: 1 (the default, defaultJobs) runs everything here; N > 1 starts N workers for inputs of WORKERS_MIN_DOCUMENTS or more. */
  jobs?: number;
}

/** Beside this module both in dist/parallel/ (tsc) and in dist/bin/ (the bundle, scripts/bundle.mjs). */
const WORKER_URL = new URL('./stage-worker.js', import.meta.url);

/** Chunks of documents per worker: enough for the pool to even out chunks of unequal cost. */
const CHUNKS_PER_WORKER = 3;

type Pool = WorkerPool<StageTask, StageReply>;

export async function analyzeDocumentsInParallel(docs: readonly SourceDocument[], options: ParallelOptions = {}): Promise<AnalysisResult> {
  const jobs = options.jobs ?? defaultJobs();
  if (!usesWorkers(docs.length, jobs)) return analyzeDocuments(docs, options);
  const pool: Pool = new WorkerPool(WORKER_URL, jobs);
  try {
    return await analyzeWithPool(pool, docs, options);
  } finally {
    await pool.close();
  }
}

async function analyzeWithPool(pool: Pool, docs: readonly SourceDocument[], options: AnalyzeOptions): Promise<AnalysisResult> {
  const ended = options.onStage;
  const choice = options.candidates ?? 'auto';
  const { sentences, stems } = await segmentInWorkers(pool, docs, choice !== 'all-pairs');
  ended?.('clean');
  ended?.('segment');
  const plan = planCandidates(sentences, choice, () => stems ?? documentStems(sentences));
  const progress = options.onProgress;
  const { inputs, quotedShares } = prepareSentences(sentences, plan, progress);
  ended?.('prepare');
  const alignment = planAlignment(inputs, plan.documentPairs ? { documentPairs: plan.documentPairs } : {});
  const classified = classifyInWorkers(pool, inputs, alignment, progress);
  // This thread's share of the work meanwhile: the shared runs (they do not depend on the classifier).
  const runs = sharedRuns(inputs, plan.documentPairs);
  const pairs = keptAlignments(inputs, alignment, await classified);
  ended?.('align');
  return labelAndInfer(docs, { sentences, quotedShares, pairs, runs, candidates: plan.candidates }, options);
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

async function segmentInWorkers(pool: Pool, docs: readonly SourceDocument[], withStems: boolean): Promise<{ sentences: Sentence[][]; stems?: string[][][] }> {
  const ranges = chunkRanges(docs.length, pool.size * CHUNKS_PER_WORKER, (i) => docs[i]!.text.length + 1);
  const tasks = ranges.map(
    ([from, to]): SegmentTask => ({
      kind: 'segment',
      documents: docs.slice(from, to).map((d) => ({ text: d.text, outlet: d.outlet.title === undefined ? { name: d.outlet.name } : { name: d.outlet.name, title: d.outlet.title }, ...(d.blockQuotes && { blockQuotes: d.blockQuotes }) })),
      stems: withStems,
    }),
  );
  const replies = (await pool.run(tasks)) as SegmentReply[];
  const sentences = replies.flatMap((r) => r.sentences);
  return withStems ? { sentences, stems: replies.flatMap((r) => r.stems!) } : { sentences };
}

/** The classifier on every candidate pair of the plan, in chunks on the workers; the pairs it relates, in candidate order. */
async function classifyInWorkers(pool: Pool, inputs: readonly AlignInput[], { refs, candidates }: AlignmentPlan, progress: AnalyzeOptions['onProgress']): Promise<FoundPair[]> {
  // One chunk per worker, all handed out at once: this thread is busy with the shared runs meanwhile.
  const ranges = chunkRanges(candidates.length, pool.size, () => 1);
  const tasks = ranges.map(([from, to]): ClassifyTask => {
    const local = new Map<number, number>();
    const sentences: TaskSentence[] = [];
    const pairs = new Int32Array(2 * (to - from));
    const localOf = (ref: number): number => {
      let k = local.get(ref);
      if (k === undefined) {
        const r = refs[ref]!;
        const s = inputs[r.doc]!.sentences[r.sentence]!;
        local.set(ref, (k = sentences.length));
        sentences.push({ text: s.text, spans: sentenceQuoteSpans(s) });
      }
      return k;
    };
    for (let c = from; c < to; c++) {
      pairs[2 * (c - from)] = localOf(candidates[c]![0]);
      pairs[2 * (c - from) + 1] = localOf(candidates[c]![1]);
    }
    return { kind: 'classify', sentences, pairs };
  });
  const done = new Array<number>(tasks.length).fill(0);
  let total = 0;
  progress?.('aligning', 0, candidates.length);
  const replies = (await pool.run(tasks, (task, n) => {
    total += n - done[task]!;
    done[task] = n;
    progress?.('aligning', total, candidates.length);
  }, { ahead: true })) as ClassifyReply[];
  progress?.('aligning', candidates.length, candidates.length);
  const found: FoundPair[] = [];
  replies.forEach((r, t) => {
    const from = ranges[t]![0];
    for (let k = 0; k < r.at.length; k++) {
      const at = from + r.at[k]!;
      found.push({ at, i: candidates[at]![0], j: candidates[at]![1], relation: r.relations[k]!, score: r.scores[k]! });
    }
  });
  return found;
}
