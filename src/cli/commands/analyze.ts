import { formatSummary } from '../../summary/format-summary.js';
import { toJson } from '../json-output.js';
import { loadAndAnalyze } from '../load-analysis.js';
import { writeStdout } from '../output.js';

export function run(paths: string[], options: { json?: boolean }): void {
  const result = loadAndAnalyze(paths);
  writeStdout(options.json ? toJson(result) + '\n' : formatSummary(result));
}
