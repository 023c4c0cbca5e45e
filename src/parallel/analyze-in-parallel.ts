/**
 * The analysis on N threads: the calling one and N − 1 worker threads (stage-worker.ts), running
 * the pipeline of analyze.ts with the same functions, on parts of the input fixed by the input
 * alone, their replies joined in part order; so the result is `analyzeDocuments`'s, byte for byte,
 * for any N.
 *
 * - Clean and segment (and the candidate step's stems): the documents in N runs of about equal
 *   length, one per worker and the last on this thread.
 * - Preparation: once the candidate step has chosen which documents to compare, each worker is
 *   sent the sentences to prepare and keeps what it prepares; this thread prepares the same
 *   sentences meanwhile (it needs them for the shared runs and for keeping alignments).
 * - The classifier: the candidate pairs go to shared memory once, as indices into what the workers
 *   prepared, in chunks that the workers take one at a time from a shared counter; this thread
 *   finds the shared runs of words meanwhile, then takes chunks too until none is left. Back come
 *   only the pairs a worker relates, put in candidate order here, so who classified which chunk
 *   does not show. The progress line reads the count of pairs done from shared memory.
 *
 * With one thread, or an input below WORKERS_MIN_DOCUMENTS (jobs.ts), no worker is started: the
 * result is `analyzeDocuments`'s, on this thread.
 */
import type { AnalysisResult, Sentence, SourceDocument } from '../types.js';
import { aligned, analyzeDocuments, labelAndInfer, pairedDocuments, planCandidates, prepareSentences, sentenceQuoteSpans, type Alignment, type AnalyzeOptions, type CandidatePlan } from '../analyze.js';
import { documentStems, type CandidateChoice } from '../align/candidate-step.js';
import { keptAlignments, planAlignment } from '../align/align-documents.js';
import { sharedRuns } from '../align/shared-runs.js';
import { defaultJobs, usesWorkers } from './jobs.js';
import { WorkerPool } from './worker-pool.js';
import { classifyShared, segmentTask, type ClassifyReply, type ClassifyTask, type SegmentReply, type StageReply, type StageTask, type TaskSentence } from './stage-tasks.js';

/** Options of {@link analyzeDocumentsInParallel}: those of `analyzeDocuments`, and how many threads. */
export interface ParallelOptions extends AnalyzeOptions {
  /** Threads to use, this one included: 1 (the default, defaultJobs) runs everything here; N > 1 starts N − 1 workers for inputs of WORKERS_MIN_DOCUMENTS or more. */
  jobs?: number;
}

/** Beside this module both in dist/parallel/ (tsc) and in dist/bin/ (the bundle, scripts/bundle.mjs). */
const WORKER_URL = new URL('./stage-worker.js', import.meta.url);

/** Candidate pairs a thread takes at a time. */
const CLASSIFY_CHUNK = 256;

/** How often the progress line is redrawn while this thread waits for the workers. */
const PROGRESS_MS = 100;

type Pool = WorkerPool<StageTask, StageReply>;

export async function analyzeDocumentsInParallel(docs: readonly SourceDocument[], options: ParallelOptions = {}): Promise<AnalysisResult> {
  const jobs = options.jobs ?? defaultJobs();
  if (!usesWorkers(docs.length, jobs)) return analyzeDocuments(docs, options);
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

/** The stages up to alignment, on this thread and the pool's. */
async function alignWithPool(pool: Pool, docs: readonly SourceDocument[], options: AnalyzeOptions): Promise<Alignment> {
  const ended = options.onStage;
  const choice = options.candidates ?? 'auto';
  const { sentences, plan } = await planOnAll(pool, docs, choice, ended);
  const progress = options.onProgress;
  const { preparing, place } = prepareOnWorkers(pool, sentences, plan);
  const { inputs, quotedShares } = prepareSentences(sentences, plan, progress);
  ended?.('prepare');
  const alignment = planAlignment(inputs, plan.documentPairs ? { documentPairs: plan.documentPairs } : {});
  const { refs, candidates } = alignment;
  // The candidates in shared memory, as indices into what the workers prepared; every thread,
  // this one once it has found the shared runs, takes chunks of them until none is left.
  const shared = new Int32Array(new SharedArrayBuffer(8 * Math.max(1, candidates.length)));
  candidates.forEach(([i, j], c) => {
    shared[2 * c] = place[refs[i]!.doc]![refs[i]!.sentence]!;
    shared[2 * c + 1] = place[refs[j]!.doc]![refs[j]!.sentence]!;
  });
  const task: ClassifyTask = {
    kind: 'classify',
    pairs: shared.subarray(0, 2 * candidates.length),
    chunk: CLASSIFY_CHUNK,
    next: new Int32Array(new SharedArrayBuffer(4)),
    done: new Int32Array(new SharedArrayBuffer(4)),
  };
  const classifying = Promise.all(Array.from({ length: pool.size }, (_, w) => pool.post(w, task) as Promise<ClassifyReply>));
  const tick = () => progress?.('aligning', Atomics.load(task.done, 0), candidates.length);
  tick();
  // This thread's share of the work meanwhile: the shared runs (they do not depend on the classifier), then chunks of pairs.
  const runs = sharedRuns(inputs, plan.documentPairs, tick);
  const found = classifyShared(task, (r) => refs[r]!.prepared, candidates, tick);
  const timer = progress && setInterval(tick, PROGRESS_MS);
  let replies: ClassifyReply[];
  try {
    [, replies] = await Promise.all([preparing, classifying]);
  } finally {
    if (timer) clearInterval(timer);
  }
  progress?.('aligning', candidates.length, candidates.length);
  for (const r of replies)
    for (let k = 0; k < r.at.length; k++) {
      const at = r.at[k]!;
      found.push({ at, i: candidates[at]![0], j: candidates[at]![1], relation: r.relations[k]!, score: r.scores[k]! });
    }
  found.sort((x, y) => x.at - y.at);
  const pairs = keptAlignments(inputs, alignment, found);
  ended?.('align');
  return { sentences, quotedShares, pairs, runs, candidates: plan.candidates };
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

/** The sentences to prepare posted to every worker; each one's place in the list they were sent (sentencesToPrepare). */
function prepareOnWorkers(pool: Pool, sentences: readonly (readonly Sentence[])[], plan: CandidatePlan): { preparing: Promise<StageReply[]>; place: Int32Array[] } {
  const { list, place } = sentencesToPrepare(sentences, plan);
  return { preparing: Promise.all(Array.from({ length: pool.size }, (_, w) => pool.post(w, { kind: 'prepare', sentences: list }))), place };
}

/** Clean, segment (and stems) on every thread: a run of documents per worker, the last run here. */
async function segmentOnAll(pool: Pool, docs: readonly SourceDocument[], withStems: boolean): Promise<{ sentences: Sentence[][]; stems?: string[][][] }> {
  const ranges = chunkRanges(docs.length, pool.size + 1, (i) => docs[i]!.text.length + 1);
  const mine = ranges.length - 1;
  const posted = Promise.all(
    ranges.slice(0, mine).map(
      ([from, to], w) =>
        pool.post(w, {
          kind: 'segment',
          documents: docs.slice(from, to).map((d) => ({ text: d.text, outlet: d.outlet.title === undefined ? { name: d.outlet.name } : { name: d.outlet.name, title: d.outlet.title }, ...(d.blockQuotes && { blockQuotes: d.blockQuotes }) })),
          stems: withStems,
        }) as Promise<SegmentReply>,
    ),
  );
  const [from, to] = ranges[mine] ?? [0, 0];
  const own = segmentTask({ documents: docs.slice(from, to), stems: withStems });
  const replies = [...(await posted), own];
  const sentences = replies.flatMap((r) => r.sentences);
  return withStems ? { sentences, stems: replies.flatMap((r) => r.stems!) } : { sentences };
}

/**
 * The sentences preparation prepares (analyze.ts, `aligned`), in document order, as a worker
 * receives them, and each one's place in that list (`place[d][i]`, −1 for the others).
 */
function sentencesToPrepare(sentences: readonly (readonly Sentence[])[], plan: CandidatePlan): { list: TaskSentence[]; place: Int32Array[] } {
  const paired = pairedDocuments(plan);
  const list: TaskSentence[] = [];
  const place = sentences.map((ss, d) => {
    const at = new Int32Array(ss.length).fill(-1);
    ss.forEach((s, i) => {
      if (!aligned(s, d, paired)) return;
      at[i] = list.length;
      list.push({ text: s.text, spans: sentenceQuoteSpans(s) });
    });
    return at;
  });
  return { list, place };
}
