import { mkdirSync } from 'node:fs';
import { usageError } from '../../errors.js';
import { AtomicWriteError, writeFileAtomic } from '../../io/atomic-write.js';
import { renderReport } from '../../report/render-report.js';
import { FORMAT_EXTENSION, reportFormat } from '../../report/report-format.js';
import { checkReportPath, DEFAULT_REPORT_FOLDER, defaultReportPath } from '../../report/report-path.js';
import { loadAnalysis, type AnalysisSettings } from '../load-analysis.js';
import { writeStdout } from '../output.js';

/**
 * `wiretrace report [paths…] [--format md|html] [--out FILE] [--full]`: render the whole report in memory, then write it
 * atomically (a temporary file in the target folder, renamed over the target), so a failure at
 * any point leaves an existing report as it was. `--out -` prints it instead.
 */
export async function run(paths: string[], options: { out?: string; format?: string; archive?: string; full?: boolean }, analysis: AnalysisSettings = {}): Promise<void> {
  const out = options.out;
  const format = reportFormat(options.format, out);
  if (out !== undefined && out !== '-') checkReportPath(out);
  const result = await loadAnalysis(paths, options.archive, analysis);
  // The HTML report (and its graph-layout library) is loaded only when asked for.
  const shape = { full: options.full === true };
  const text = format === 'html' ? (await import('../../html/html-pages.js')).renderHtmlReport(result, shape) : renderReport(result, shape);
  if (out === '-') {
    writeStdout(text);
    return;
  }
  const target = out ?? defaultReportPath(result.name, FORMAT_EXTENSION[format]);
  try {
    if (out === undefined) mkdirSync(DEFAULT_REPORT_FOLDER, { recursive: true });
    await writeFileAtomic(target, text);
  } catch (e) {
    if (e instanceof AtomicWriteError) throw usageError(`cannot write the report: ${e.message}`);
    const code = (e as NodeJS.ErrnoException).code;
    throw usageError(`cannot write the report to ${target}${code ? ` (${code})` : ''}`);
  }
  writeStdout(`wrote ${target}\n`);
}
