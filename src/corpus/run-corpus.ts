/**
 * The shell of corpus mode for `wiretrace analyze`: list the files, run the analysis with a
 * progress bar on stderr (terminals only), stream the result to stdout.
 */
import type { DocumentStats } from '../types.js';
import type { AddressOptions } from '../ingest/addresses.js';
import { givenPaths } from '../ingest/load-documents.js';
import { warn, writeStdout } from '../cli/output.js';
import { analyzeCorpus } from './analyze-corpus.js';
import { listCorpusFiles } from './corpus-files.js';
import { jsonlWriter, jsonWriter, type ResultWriter } from './corpus-output.js';
import { formatCorpusSummary } from './corpus-summary.js';
import { progressBar } from './progress-bar.js';

export async function runCorpus(paths: readonly string[], options: { json?: boolean; jsonl?: boolean; addresses?: AddressOptions }): Promise<void> {
  const listing = await listCorpusFiles(givenPaths(paths), options.addresses);
  const bar = progressBar();
  const writer: ResultWriter | undefined = options.jsonl ? jsonlWriter(writeStdout) : options.json ? jsonWriter(writeStdout) : undefined;
  const stats: { id: string; name: string; stats: DocumentStats }[] = [];
  let tail;
  try {
    tail = analyzeCorpus(listing, {
      onProgress: bar?.update,
      onStart: (info) => {
        bar?.finish();
        for (const w of info.warnings) warn(w);
        writer?.start(info.name);
      },
      onDocument: (doc, i) => {
        if (writer) writer.document(doc, i);
        else stats.push({ id: doc.id, name: doc.outlet.name, stats: doc.stats });
      },
    });
  } finally {
    bar?.finish();
  }
  if (writer) writer.end(tail);
  else writeStdout(formatCorpusSummary(tail, stats));
}
