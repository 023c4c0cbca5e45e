/** Shared by the commands that analyse articles: read the inputs, warn about what was skipped, analyse. */
import type { AnalysisResult } from '../types.js';
import { analyzeDocuments } from '../analyze.js';
import type { CandidateChoice } from '../align/candidate-step.js';
import { usageError } from '../errors.js';
import { loadDocuments } from '../ingest/load-documents.js';
import { warn } from './output.js';
import { progressBar } from './progress-bar.js';
import { stageClock } from './stage-times.js';

/** The options every analysing command takes (README, "Commands"). */
export interface AnalysisSettings {
  candidates?: CandidateChoice;
}

const CHOICES: readonly CandidateChoice[] = ['auto', 'all-pairs', 'index'];

/** `--candidates` as given (undefined: not given); a value not in the list is a usage error. */
export function analysisSettings(candidates: string | undefined): AnalysisSettings {
  if (candidates === undefined) return {};
  const c = CHOICES.find((x) => x === candidates);
  if (!c) throw usageError(`--candidates must be one of ${CHOICES.join(', ')} (got "${candidates}")`);
  return { candidates: c };
}

export function loadAndAnalyze(paths: readonly string[], settings: AnalysisSettings = {}): AnalysisResult {
  const clock = stageClock();
  // Warnings reach stderr as they arise, so they are seen even when loading then fails.
  const input = loadDocuments(paths, { onWarning: warn });
  clock?.mark('read');
  const options: Parameters<typeof analyzeDocuments>[1] = { name: input.name, warnings: input.warnings };
  if (input.title !== undefined) options.title = input.title;
  if (settings.candidates !== undefined) options.candidates = settings.candidates;
  if (clock) options.onStage = (stage) => clock.mark(stage);
  const bar = progressBar();
  if (bar) options.onProgress = bar.update;
  try {
    return analyzeDocuments(input.documents, options);
  } finally {
    bar?.finish();
  }
}
