/** Shared by the commands that analyse articles: read the inputs, warn about what was skipped, analyse. */
import type { AnalysisResult } from '../types.js';
import { analyzeDocuments } from '../analyze.js';
import type { AddressOptions } from '../ingest/addresses.js';
import { loadDocuments } from '../ingest/load-documents.js';
import { warn } from './output.js';
import { stageClock } from './stage-times.js';

export async function loadAndAnalyze(paths: readonly string[], addresses: AddressOptions = {}): Promise<AnalysisResult> {
  const clock = stageClock();
  // Warnings reach stderr as they arise, so they are seen even when loading then fails.
  const input = await loadDocuments(paths, { onWarning: warn, addresses });
  clock?.mark('read');
  const options: Parameters<typeof analyzeDocuments>[1] = { name: input.name, warnings: input.warnings };
  if (input.title !== undefined) options.title = input.title;
  if (clock) options.onStage = (stage) => clock.mark(stage);
  return analyzeDocuments(input.documents, options);
}
