/**
 * `wiretrace review`: the interactive review on a terminal; the plain-text summary when stdout (or
 * stdin) is not one, so pipes and CI get something useful instead of a raw-mode failure.
 * Ink and React are imported only here, on the terminal path, to keep the other commands fast;
 * they load while a worker thread analyses the articles.
 */
import { summaryText } from '../../summary/corpus-summary.js';
import { allowLiveFrames } from '../../terminal/interactive-ink.js';
import { loadAnalysis, type AnalysisSettings } from '../load-analysis.js';
import { summaryWarnings, writeStdout } from '../output.js';

export async function run(paths: string[], options: { archive?: string } = {}, settings: AnalysisSettings = {}): Promise<void> {
  const interactive = process.stdout.isTTY === true && process.stdin.isTTY === true;
  if (!interactive) {
    writeStdout(summaryText(await loadAnalysis(paths, options.archive, settings), { warnings: summaryWarnings() }));
    return;
  }
  // React's production build: about half the code of its development build, and no dev-only checks.
  // (The bundle fixes this at build time; the key is computed so the bundler leaves this line be.)
  const nodeEnv = 'NODE_ENV';
  process.env[nodeEnv] ??= 'production';
  const { analyzeInWorker } = await import('../../ui/analyze-in-worker.js');
  // With --archive the match is made here (the archive is opened in this process), else in a worker.
  const analysis = options.archive === undefined ? analyzeInWorker(paths, settings) : loadAnalysis(paths, options.archive, settings);
  analysis.catch(() => {}); // handled below; avoids an unhandled rejection while the UI loads
  allowLiveFrames();
  const { runReview } = await import('../../ui/render-review.js');
  await runReview(await analysis);
}
