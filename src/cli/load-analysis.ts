/** Shared by the commands that analyse articles: the library's analyzeFiles, with warnings on stderr and stage times. */
import type { AnalysisResult } from '../types.js';
import type { AddressOptions } from '../ingest/addresses.js';
import { analyzeFiles } from '../library/analyze-files.js';
import { warn } from './output.js';
import { stageClock } from './stage-times.js';

export function loadAndAnalyze(paths: readonly string[], addresses: AddressOptions = {}): Promise<AnalysisResult> {
  const clock = stageClock();
  // Warnings reach stderr as they arise, so they are seen even when loading then fails.
  return analyzeFiles(paths, clock ? { onWarning: warn, addresses, onStage: (stage) => clock.mark(stage) } : { onWarning: warn, addresses });
}

/**
 * `report`, `review` and `exercise` with `--archive A ARTICLE…`: the analysis of the articles with
 * their archive candidates, as `match` makes it (the archive's modules loaded only then); without
 * `--archive`, the usual analysis.
 */
export async function loadAnalysis(paths: readonly string[], archive: string | undefined, addresses: AddressOptions = {}): Promise<AnalysisResult> {
  if (archive === undefined) return loadAndAnalyze(paths, addresses);
  return (await import('./load-match.js')).loadArchiveAnalysis(paths, archive, addresses);
}
