import { formatSummary } from '../../summary/format-summary.js';
import { usageError } from '../../errors.js';
import { useCorpusMode } from '../../corpus/corpus-threshold.js';
import { toJson } from '../json-output.js';
import { loadAndAnalyze } from '../load-analysis.js';
import { writeStdout } from '../output.js';
import type { AddressOptions } from '../../ingest/addresses.js';

export interface AnalyzeOptions {
  json?: boolean;
  jsonl?: boolean;
  corpus?: boolean;
  addresses?: AddressOptions;
}

export async function run(paths: string[], options: AnalyzeOptions): Promise<void> {
  if (options.json && options.jsonl) throw usageError('--json and --jsonl cannot be used together');
  // Many documents (or --corpus): corpus mode, imported only then (README, "Corpus mode").
  if (useCorpusMode(paths, options.corpus === true)) {
    await (await import('../../corpus/run-corpus.js')).runCorpus(paths, options);
    return;
  }
  const result = await loadAndAnalyze(paths, options.addresses);
  if (options.jsonl) {
    const { jsonlTail } = await import('../../corpus/corpus-output.js');
    for (const d of result.documents) writeStdout(toJson(d, 0) + '\n');
    writeStdout(toJson(jsonlTail(result, result.engine), 0) + '\n');
    return;
  }
  writeStdout(options.json ? toJson(result) + '\n' : formatSummary(result));
}
