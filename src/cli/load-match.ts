/** The given articles read as `analyze` reads them (one or more), matched against the archive. */
import type { AnalysisResult, SourceDocument } from '../types.js';
import type { ArchiveStore } from '../archive/archive-store.js';
import { matchArchiveInParallel, type ArchiveMatch } from '../archive/match-archive.js';
import { withArchive } from '../archive/use-archive.js';
import { usageError } from '../errors.js';
import type { AddressOptions } from '../ingest/addresses.js';
import { loadDocuments } from '../ingest/load-documents.js';
import { warn } from './output.js';

export async function loadMatch(
  store: ArchiveStore,
  paths: readonly string[],
  addresses: AddressOptions = {},
  jobs?: number,
): Promise<{ match: ArchiveMatch; documents: SourceDocument[] }> {
  if (paths.length === 0) throw usageError('the archive is matched against an article: give a file, a folder or - (standard input)');
  const input = await loadDocuments(paths, { onWarning: warn, minDocuments: 1, addresses });
  const options: Parameters<typeof matchArchiveInParallel>[2] = { name: input.name, warnings: input.warnings };
  if (jobs !== undefined) options.jobs = jobs;
  return { match: await matchArchiveInParallel(store, input.documents, options), documents: input.documents };
}

export function loadArchiveAnalysis(paths: readonly string[], archive: string, addresses: AddressOptions = {}, jobs?: number): Promise<AnalysisResult> {
  return withArchive(archive, async (store) => (await loadMatch(store, paths, addresses, jobs)).match.result);
}
