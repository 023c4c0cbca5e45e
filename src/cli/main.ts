#!/usr/bin/env node
/**
 * The `wiretrace` command line. This file stays light: each command's module (and the heavy
 * libraries it needs: the Ink UI, WordNet) is imported only when that command runs.
 * Exit codes: 0 success, 1 the input cannot be analysed, 2 usage error (README, "Exit codes").
 */
import { Command, CommanderError } from 'commander';
import { EXIT_INPUT, EXIT_USAGE, WiretraceError } from '../errors.js';
import { sanitizeForTerminal } from '../terminal/sanitize.js';

let debug = process.argv.includes('--debug');

function fail(e: unknown): never {
  if (e instanceof CommanderError) process.exit(e.exitCode === 0 ? 0 : EXIT_USAGE);
  const message = e instanceof Error ? e.message : String(e);
  if (e instanceof WiretraceError) {
    process.stderr.write(`wiretrace: ${sanitizeForTerminal(message)}\n`);
    if (debug && e.stack) process.stderr.write(`${sanitizeForTerminal(e.stack, true)}\n`);
    process.exit(e.exitCode);
  }
  process.stderr.write(`wiretrace: internal error: ${sanitizeForTerminal(message)}${debug ? '' : ' (run with --debug for details)'}\n`);
  if (debug && e instanceof Error && e.stack) process.stderr.write(`${sanitizeForTerminal(e.stack, true)}\n`);
  process.exit(EXIT_INPUT);
}

const program = new Command()
  .name('wiretrace')
  .description('Show where the words of a news story came from.')
  .version('0.1.0')
  .option('--debug', 'show a stack trace when something fails')
  .exitOverride()
  .showSuggestionAfterError()
  .configureOutput({ outputError: (str, write) => write(`wiretrace: ${sanitizeForTerminal(str.trimEnd().replace(/^error: /, ''))}\n`) });

const paths = '[paths...]';
const pathsHelp = 'article files or folders (default: the bundled seeds)';

program
  .command('analyze')
  .description('align the articles, label every sentence and infer who took from whom')
  .argument(paths, pathsHelp)
  .option('--json', 'print the analysis as JSON (schema in the README)')
  .option('--jsonl', 'print one JSON line per document, then one line with units and provenance')
  .option('--corpus', 'use corpus mode (automatic above 50 files; README, "Corpus mode")')
  .action(async (p: string[], o: { json?: boolean; jsonl?: boolean; corpus?: boolean }) => (await import('./commands/analyze.js')).run(p, o));

program
  .command('review')
  .description('review the analysis interactively in the terminal (plain summary when not a terminal)')
  .argument(paths, pathsHelp)
  .action(async (p: string[]) => (await import('./commands/review.js')).run(p));

program
  .command('pairs')
  .description('classify the sentence pairs of a file in MRPC format; one JSON line per pair')
  .argument('<file>', 'tab-separated: Quality, #1 ID, #2 ID, #1 String, #2 String')
  .action(async (file: string) => (await import('./commands/pairs.js')).run(file));

// Commands added by later work register below this line.

program
  .command('report')
  .description('write a Markdown provenance report (renders on GitHub)')
  .argument(paths, pathsHelp)
  .option('--out <file>', 'where to write it (default: reports/<name>.md; - for stdout)')
  .action(async (p: string[], o: { out?: string }) => (await import('./commands/report.js')).run(p, o));

program
  .command('exercise')
  .description('write a classroom worksheet and its answer key (Markdown), or the questions as JSON')
  .argument(paths, pathsHelp)
  .option('--seed <n>', 'pick and order the questions with this seed (default 1)')
  .option('--out <file>', 'the worksheet (default: reports/exercise-<name>.md); the key goes beside it as …-answers.md')
  .option('--json', 'print the questions as JSON instead of writing files (schema in the README)')
  .action(async (p: string[], o: { seed?: string; out?: string; json?: boolean }) => (await import('./commands/exercise.js')).run(p, o));

program
  .command('quiz')
  .description('the exercise as an interactive quiz in the terminal (the worksheet when not a terminal)')
  .argument(paths, pathsHelp)
  .option('--seed <n>', 'pick and order the questions with this seed (default 1)')
  .action(async (p: string[], o: { seed?: string }) => (await import('./commands/quiz.js')).run(p, o));

program.hook('preAction', (cmd) => {
  debug = debug || cmd.optsWithGlobals().debug === true;
});

try {
  await program.parseAsync(process.argv);
} catch (e) {
  fail(e);
}

