/**
 * The commands of the command line, as data: what each is called, takes and runs. The fast parser
 * (parse-fast.ts) and the full one (commander-program.ts: help, version, error messages with
 * suggestions) are both built from this one table, so they cannot disagree. Each command's module
 * (and the heavy libraries it needs: the Ink UI, WordNet) is imported only when the command runs.
 */

export interface OptionSpec {
  /** Long name, without the dashes. */
  name: string;
  /** A string option names its value in the help ("--out <file>"); a flag has none. */
  value?: string;
  description: string;
}

export interface CommandSpec {
  name: string;
  description: string;
  /** The positional argument as the help shows it: `[paths...]` (any number) or `<file>` (exactly one). */
  argument: { syntax: '[paths...]' | '<file>'; description: string };
  options: readonly OptionSpec[];
  /**
   * The command shows an interactive terminal UI on a terminal. The others exit as soon as they
   * finish (main.ts): all their output is written synchronously, and Node otherwise waits at exit
   * for the background compilation V8 still has under way (a few ms).
   */
  interactive?: true;
  /** Parsed options hold `true` for a flag given, the value for a string option given. */
  run: (args: string[], options: Record<string, string | boolean | undefined>) => Promise<void>;
}

/** Options every command takes. */
export const GLOBAL_OPTIONS: readonly OptionSpec[] = [{ name: 'debug', description: 'show a stack trace when something fails' }];

const paths = { syntax: '[paths...]', description: 'article files or folders (default: the bundled seeds)' } as const;

/** Options of every command that analyses articles (load-analysis.ts). */
const ANALYSIS_OPTIONS: readonly OptionSpec[] = [
  { name: 'candidates', value: 'step', description: 'how to choose the sentence pairs to compare: auto (default: from the cost), all-pairs, index' },
];

const flag = (o: Record<string, string | boolean | undefined>, name: string): boolean => o[name] === true;
const value = (o: Record<string, string | boolean | undefined>, name: string): string | undefined =>
  typeof o[name] === 'string' ? o[name] : undefined;

/** `{ key: value }` without the keys whose value is undefined (exactOptionalPropertyTypes-safe). */
function defined<T extends Record<string, unknown>>(o: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}

/** The analysis options as given (validated where they are defined). */
const settings = async (o: Record<string, string | boolean | undefined>) => (await import('./load-analysis.js')).analysisSettings(value(o, 'candidates'));

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'analyze',
    description: 'align the articles, label every sentence and infer who took from whom',
    argument: paths,
    options: [
      { name: 'json', description: 'print the analysis as JSON (schema in the README)' },
      { name: 'jsonl', description: 'print one JSON line per document, then one line with units and provenance' },
      ...ANALYSIS_OPTIONS,
    ],
    run: async (args, o) => (await import('./commands/analyze.js')).run(args, { json: flag(o, 'json'), jsonl: flag(o, 'jsonl'), analysis: await settings(o) }),
  },
  {
    name: 'review',
    description: 'review the analysis interactively in the terminal (plain summary when not a terminal)',
    argument: paths,
    options: [...ANALYSIS_OPTIONS],
    interactive: true,
    run: async (args, o) => (await import('./commands/review.js')).run(args, await settings(o)),
  },
  {
    name: 'pairs',
    description: 'classify the sentence pairs of a file in MRPC format; one JSON line per pair',
    argument: { syntax: '<file>', description: 'tab-separated: Quality, #1 ID, #2 ID, #1 String, #2 String' },
    options: [],
    run: async (args) => (await import('./commands/pairs.js')).run(args[0]!),
  },
  {
    name: 'report',
    description: 'write a Markdown provenance report (renders on GitHub)',
    argument: paths,
    options: [{ name: 'out', value: 'file', description: 'where to write it (default: reports/<name>.md; - for stdout)' }, ...ANALYSIS_OPTIONS],
    run: async (args, o) => (await import('./commands/report.js')).run(args, defined({ out: value(o, 'out') }), await settings(o)),
  },
  {
    name: 'exercise',
    description: 'write a classroom worksheet and its answer key (Markdown), or the questions as JSON',
    argument: paths,
    options: [
      { name: 'seed', value: 'n', description: 'pick and order the questions with this seed (default 1)' },
      { name: 'out', value: 'file', description: 'the worksheet (default: reports/exercise-<name>.md); the key goes beside it as …-answers.md' },
      { name: 'json', description: 'print the questions as JSON instead of writing files (schema in the README)' },
      ...ANALYSIS_OPTIONS,
    ],
    run: async (args, o) =>
      (await import('./commands/exercise.js')).run(
        args,
        defined({ seed: value(o, 'seed'), out: value(o, 'out'), json: o['json'] === true ? true : undefined }),
        await settings(o),
      ),
  },
  {
    name: 'quiz',
    description: 'the exercise as an interactive quiz in the terminal (the worksheet when not a terminal)',
    argument: paths,
    interactive: true,
    options: [{ name: 'seed', value: 'n', description: 'pick and order the questions with this seed (default 1)' }, ...ANALYSIS_OPTIONS],
    run: async (args, o) => (await import('./commands/quiz.js')).run(args, defined({ seed: value(o, 'seed') }), await settings(o)),
  },
];
