/**
 * The library's reading of files: paths in (files, folders with their manifest, `-` for standard
 * input), source documents or the analysis out. The command line reads its inputs through these
 * same functions (src/cli/load-analysis.ts). They return promises, so that inputs which take
 * waiting to read can join them without changing how they are called.
 */
import type { AnalysisResult } from '../types.js';
import type { AnalysisStage, AnalyzeOptions } from '../analyze.js';
import { analyzeDocumentsInParallel, type ParallelOptions } from '../parallel/analyze-in-parallel.js';
import type { CandidateChoice } from '../align/candidate-step.js';
import type { AddressOptions } from '../ingest/addresses.js';
import { loadDocuments as readDocuments, type LoadedInput } from '../ingest/load-documents.js';

/** Options of {@link analyzeFiles} and {@link loadDocuments}. */
export interface AnalyzeFilesOptions {
  /** Called with each warning as it arises, so it is seen even when reading then fails. */
  onWarning?: (warning: string) => void;
  /** Called as each part of the work ends: `read` (the inputs), then each analysis stage. */
  onStage?: (stage: 'read' | AnalysisStage) => void;
  /** How `http(s)://` addresses among the paths are fetched: cache folder, offline, timeout (README, "Articles by address"). */
  addresses?: AddressOptions;
  /** Which candidate step chooses the sentence pairs to compare: `auto` (the default: from the measured cost), `all-pairs` or `index` (README, "Large inputs"). */
  candidates?: CandidateChoice;
  /** Called now and then during the long stages with the work done so far (for a progress bar). */
  onProgress?: AnalyzeOptions['onProgress'];
  /**
   * Threads to analyse with, the calling one included (default: one per core, at most 8; README, "Parallel analysis"). Inputs of fewer than 200 documents are analysed on the
   * calling thread whatever this says (README, "Large inputs"). The result is the same for any number.
   */
  jobs?: number;
}

/**
 * Read the documents named by `paths` (files, folders, `-`; none means the bundled seeds) as
 * `wiretrace analyze` reads them (web addresses too) (README, "Input"): unusable files skipped with a warning, fewer
 * than two usable documents a {@link WiretraceError}.
 */
export async function loadDocuments(paths: readonly string[], options: Pick<AnalyzeFilesOptions, 'onWarning' | 'addresses'> = {}): Promise<LoadedInput> {
  return readDocuments(paths, {
    ...(options.onWarning && { onWarning: options.onWarning }),
    ...(options.addresses && { addresses: options.addresses }),
  });
}

/** Read the documents named by `paths` and analyse them: what `wiretrace analyze --json` prints. */
export async function analyzeFiles(paths: readonly string[], options: AnalyzeFilesOptions = {}): Promise<AnalysisResult> {
  const input = await loadDocuments(paths, options);
  const stage = options.onStage;
  stage?.('read');
  const analysis: ParallelOptions = { name: input.name, warnings: input.warnings };
  if (input.title !== undefined) analysis.title = input.title;
  if (stage) analysis.onStage = stage;
  if (options.candidates !== undefined) analysis.candidates = options.candidates;
  if (options.onProgress) analysis.onProgress = options.onProgress;
  if (options.jobs !== undefined) analysis.jobs = options.jobs;
  return analyzeDocumentsInParallel(input.documents, analysis);
}
