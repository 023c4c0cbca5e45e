import { buildExercise } from '../../exercise/build-exercise.js';
import { parseSeed } from '../../exercise/parse-seed.js';
import { parseArticles, storySetOptions } from '../../exercise/parse-story-set.js';
import { renderWorksheet } from '../../exercise/render-worksheet.js';
import { allowLiveFrames } from '../../terminal/interactive-ink.js';
import { loadAndAnalyze, type AnalysisSettings } from '../load-analysis.js';
import { warn, writeStdout } from '../output.js';

/**
 * `wiretrace quiz [paths…] [--seed N] [--articles N] [--around NAME]`: the exercise's questions one at a time in the terminal.
 * When stdin or stdout is not a terminal there is nobody to answer: it prints the worksheet
 * (the same as `wiretrace exercise`, without answers) to stdout, a one-line note to stderr, and exits 0.
 */
export async function run(paths: string[], options: { seed?: string; articles?: string; around?: string }, analysis: AnalysisSettings = {}): Promise<void> {
  const seed = parseSeed(options.seed);
  const articles = parseArticles(options.articles);
  const result = await loadAndAnalyze(paths, analysis);
  const exercise = buildExercise(result, seed, storySetOptions(result, articles, options.around));
  if (!process.stdout.isTTY || !process.stdin.isTTY) {
    warn('quiz needs a terminal to answer in; printing the worksheet instead');
    writeStdout(renderWorksheet(exercise));
    return;
  }
  allowLiveFrames();
  const { runQuiz } = await import('../../quiz/run-quiz.js');
  await runQuiz(exercise);
}
