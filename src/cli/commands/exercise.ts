import { mkdirSync } from 'node:fs';
import { usageError } from '../../errors.js';
import { buildExercise } from '../../exercise/build-exercise.js';
import { exerciseJson } from '../../exercise/exercise-json.js';
import { answersPath, defaultWorksheetPath } from '../../exercise/output-paths.js';
import { parseSeed } from '../../exercise/parse-seed.js';
import { parseArticles, storySetOptions } from '../../exercise/parse-story-set.js';
import { renderAnswers } from '../../exercise/render-answers.js';
import { renderWorksheet } from '../../exercise/render-worksheet.js';
import { FORMAT_EXTENSION, reportFormat } from '../../report/report-format.js';
import { DEFAULT_REPORT_FOLDER, checkReportPath } from '../../report/report-path.js';
import { toJson } from '../json-output.js';
import { loadAnalysis, type AnalysisSettings } from '../load-analysis.js';
import { writeStdout } from '../output.js';

/**
 * `wiretrace exercise [paths…] [--seed N] [--articles N] [--around NAME] [--format md|html] [--out FILE] [--json]`: a worksheet and its answer key
 * (written atomically: a temporary file in the target folder, renamed over the target), or with
 * `--json` the questions on stdout and no files.
 */
export async function run(
  paths: string[],
  options: { seed?: string; out?: string; json?: boolean; format?: string; archive?: string; articles?: string; around?: string },
  analysis: AnalysisSettings = {},
): Promise<void> {
  const seed = parseSeed(options.seed);
  const articles = parseArticles(options.articles);
  const out = options.out;
  if (out !== undefined && options.json) throw usageError('--out and --json cannot be used together: --json prints the questions and writes no file');
  if (options.format !== undefined && options.json) throw usageError('--format and --json cannot be used together: --json prints the questions and writes no file');
  if (out === '-') throw usageError('exercise writes two files, a worksheet and its answer key: --out needs a file name (--json prints the questions instead)');
  const format = reportFormat(options.format, out);
  const extension = FORMAT_EXTENSION[format];
  if (out !== undefined) {
    checkReportPath(out);
    checkReportPath(answersPath(out, extension));
  }
  const result = await loadAnalysis(paths, options.archive, analysis);
  const exercise = buildExercise(result, seed, storySetOptions(result, articles, options.around));
  if (options.json) {
    writeStdout(toJson(exerciseJson(exercise)) + '\n');
    return;
  }
  const worksheet = out ?? defaultWorksheetPath(result.name, extension);
  const answers = answersPath(worksheet, extension);
  const { writeFileAtomic } = await import('../../io/atomic-write.js');
  // The HTML pages are loaded only when asked for.
  const pages =
    format === 'html'
      ? await (async () => {
          const html = await import('../../html/html-pages.js');
          return [html.renderHtmlWorksheet(exercise), html.renderHtmlAnswers(exercise)] as const;
        })()
      : ([renderWorksheet(exercise), renderAnswers(exercise)] as const);
  for (const [target, text] of [
    [worksheet, pages[0]],
    [answers, pages[1]],
  ] as const) {
    try {
      if (out === undefined) mkdirSync(DEFAULT_REPORT_FOLDER, { recursive: true });
      await writeFileAtomic(target, text);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw usageError(`cannot write the exercise to ${target}${code ? ` (${code})` : ''}`);
    }
  }
  writeStdout(`wrote ${worksheet} and ${answers} (${exercise.questions.length} questions)\n`);
}
