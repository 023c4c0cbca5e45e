/** `wiretrace analyze [paths…] [--json | --jsonl]`: the summary, the analysis as JSON, or as JSON Lines. */
import { summaryText } from '../../summary/corpus-summary.js';
import { usageError } from '../../errors.js';
import { toJson } from '../json-output.js';
import { loadAndAnalyze, type AnalysisSettings } from '../load-analysis.js';
import { summaryWarnings, writeStdout } from '../output.js';
import { writeJsonl } from '../jsonl-output.js';

export interface AnalyzeOptions {
  json?: boolean;
  jsonl?: boolean;
  analysis?: AnalysisSettings;
}

export async function run(paths: string[], options: AnalyzeOptions): Promise<void> {
  if (options.json && options.jsonl) throw usageError('--json and --jsonl cannot be used together');
  const result = await loadAndAnalyze(paths, options.analysis);
  if (options.jsonl) return writeJsonl(result, writeStdout);
  if (options.json) return writeStdout(toJson(result) + '\n');
  writeStdout(summaryText(result, { warnings: summaryWarnings() }));
}
