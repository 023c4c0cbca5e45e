/** Shared by the commands that analyse articles: read the inputs, warn about what was skipped, analyse. */
import type { AnalysisResult } from '../types.js';
import { analyzeDocuments } from '../analyze.js';
import { loadDocuments } from '../ingest/load-documents.js';
import { warn } from './output.js';
import { stageClock } from './stage-times.js';

export function loadAndAnalyze(paths: readonly string[]): AnalysisResult {
  const clock = stageClock();
  // Warnings reach stderr as they arise, so they are seen even when loading then fails.
  const input = loadDocuments(paths, { onWarning: warn });
  clock?.mark('read');
  const options: Parameters<typeof analyzeDocuments>[1] = { name: input.name, warnings: input.warnings };
  if (input.title !== undefined) options.title = input.title;
  if (clock) options.onStage = (stage) => clock.mark(stage);
  return analyzeDocuments(input.documents, options);
}

/**
 * `report`, `review` and `exercise` with `--archive A ARTICLE…`: the analysis of the articles with
 * their archive candidates, as `match` makes it (the archive's modules loaded only then); without
 * `--archive`, the usual analysis.
 */
export async function loadAnalysis(paths: readonly string[], archive: string | undefined): Promise<AnalysisResult> {
  if (archive === undefined) return loadAndAnalyze(paths);
  return (await import('./load-match.js')).loadArchiveAnalysis(paths, archive);
}
