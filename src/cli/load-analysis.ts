/** Shared by the commands that analyse articles: the library's analyzeFiles, with warnings on stderr and stage times. */
import type { AnalysisResult } from '../types.js';
import { analyzeFiles } from '../library/analyze-files.js';
import { warn } from './output.js';
import { stageClock } from './stage-times.js';

export function loadAndAnalyze(paths: readonly string[]): Promise<AnalysisResult> {
  const clock = stageClock();
  // Warnings reach stderr as they arise, so they are seen even when loading then fails.
  return analyzeFiles(paths, clock ? { onWarning: warn, onStage: (stage) => clock.mark(stage) } : { onWarning: warn });
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
