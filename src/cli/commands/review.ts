import { formatSummary } from '../../summary/format-summary.js';
import { loadAndAnalyze } from '../load-analysis.js';
import { writeStdout } from '../output.js';

export function run(paths: string[]): void {
  const result = loadAndAnalyze(paths);
  writeStdout(formatSummary(result));
}
