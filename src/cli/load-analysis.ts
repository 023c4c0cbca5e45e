/** Shared by the commands that analyse articles: the library's analyzeFiles, with warnings on stderr and stage times. */
import type { AnalysisResult } from '../types.js';
import type { CandidateChoice } from '../align/candidate-step.js';
import { usageError } from '../errors.js';
import { parseJobs } from '../parallel/jobs.js';
import type { AddressOptions } from '../ingest/addresses.js';
import { analyzeFiles, type AnalyzeFilesOptions } from '../library/analyze-files.js';
import { warn } from './output.js';
import { progressBar } from './progress-bar.js';
import { stageClock } from './stage-times.js';

/** The options every analysing command takes (README, "Commands"). */
export interface AnalysisSettings {
  candidates?: CandidateChoice;
  /** `--jobs`: threads to analyse with (default one per core, defaultJobs). */
  jobs?: number;
  /** How web addresses among the paths are read: cache, offline, timeout. */
  addresses?: AddressOptions;
}

const CHOICES: readonly CandidateChoice[] = ['auto', 'all-pairs', 'index'];

/**
 * `--candidates` and `--jobs` as given (undefined: not given; a value not in the list, or jobs that
 * are not a positive whole number, is a usage error) and the address options.
 */
export function analysisSettings(candidates: string | undefined, addresses: AddressOptions = {}, jobs?: string): AnalysisSettings {
  const out: AnalysisSettings = { addresses };
  if (jobs !== undefined) out.jobs = parseJobs(jobs);
  if (candidates === undefined) return out;
  const c = CHOICES.find((x) => x === candidates);
  if (!c) throw usageError(`--candidates must be one of ${CHOICES.join(', ')} (got "${candidates}")`);
  out.candidates = c;
  return out;
}

/** The analysis of the paths, with warnings on stderr as they arise, stage times and a progress bar on a terminal. */
export async function loadAndAnalyze(paths: readonly string[], settings: AnalysisSettings = {}): Promise<AnalysisResult> {
  const clock = stageClock();
  // Warnings reach stderr as they arise, so they are seen even when loading then fails.
  const options: AnalyzeFilesOptions = { onWarning: warn };
  if (settings.addresses) options.addresses = settings.addresses;
  if (settings.candidates !== undefined) options.candidates = settings.candidates;
  if (settings.jobs !== undefined) options.jobs = settings.jobs;
  if (clock) options.onStage = (stage) => clock.mark(stage);
  const bar = progressBar();
  if (bar) options.onProgress = bar.update;
  try {
    return await analyzeFiles(paths, options);
  } finally {
    bar?.finish();
  }
}

/**
 * `report`, `review` and `exercise` with `--archive A ARTICLE…`: the analysis of the articles with
 * their archive candidates, as `match` makes it (the archive's modules loaded only then); without
 * `--archive`, the usual analysis.
 */
export async function loadAnalysis(paths: readonly string[], archive: string | undefined, settings: AnalysisSettings = {}): Promise<AnalysisResult> {
  if (archive === undefined) return loadAndAnalyze(paths, settings);
  return (await import('./load-match.js')).loadArchiveAnalysis(paths, archive, settings.addresses, settings.jobs);
}
