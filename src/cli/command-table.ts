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
  /**
   * The positional arguments as the help shows them: `[paths...]` (any number), `<file>` (exactly
   * one), `<action> [args...]` (an action, then any number: `rest` describes those), or '' (none).
   */
  argument: { syntax: '[paths...]' | '<file>' | '<action> [args...]' | ''; description: string; rest?: string };
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

/** Which articles of a large collection an exercise uses (src/exercise/story-set.ts). */
const STORY_SET_OPTIONS = [
  { name: 'articles', value: 'n', description: 'use at most N articles of a larger collection (2 to 30; default 8): the ones most closely joined around its strongest reuse' },
  { name: 'around', value: 'name', description: 'build the exercise around this article (its id, file name or outlet) and those most closely joined to it' },
] as const;
const paths = { syntax: '[paths...]', description: 'article files, folders or http(s) addresses (default: the bundled seeds)' } as const;
const articles = { syntax: '[paths...]', description: 'the article(s) to match: files, folders, http(s) addresses or - (standard input)' } as const;
/** `--archive <path>` for the commands that match an article against the archive (README, "Archive"). */
const archiveOption = { name: 'archive', value: 'path', description: 'the archive (default: $WIRETRACE_ARCHIVE or ./wiretrace-archive)' } as const;
const matchOption = { name: 'archive', value: 'path', description: 'show the article(s) given with their matches in this archive' } as const;

/** `--jobs N`: threads to analyse with (src/parallel/jobs.ts). */
const jobsOption = { name: 'jobs', value: 'n', description: 'threads to analyse with (default one per core, at most 8; inputs under 200 documents always use one)' } as const;

/** Options of every command that analyses articles (load-analysis.ts). */
const ANALYSIS_OPTIONS: readonly OptionSpec[] = [
  { name: 'candidates', value: 'step', description: 'how to choose the sentence pairs to compare: auto (default: from the cost), all-pairs, index' },
  jobsOption,
];

/** `--jobs` as given, checked (a usage error unless a positive whole number). */
const jobs = async (o: Record<string, string | boolean | undefined>): Promise<number | undefined> => {
  const v = value(o, 'jobs');
  return v === undefined ? undefined : (await import('../parallel/jobs.js')).parseJobs(v);
};

const flag = (o: Record<string, string | boolean | undefined>, name: string): boolean => o[name] === true;
const value = (o: Record<string, string | boolean | undefined>, name: string): string | undefined =>
  typeof o[name] === 'string' ? o[name] : undefined;

/** `{ key: value }` without the keys whose value is undefined (exactOptionalPropertyTypes-safe). */
function defined<T extends Record<string, unknown>>(o: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}

/** The options for web addresses, which every command reading articles takes (address-options.ts). */
const ADDRESS_OPTIONS: readonly OptionSpec[] = [
  { name: 'cache', value: 'dir', description: 'keep fetched pages here (default: $XDG_CACHE_HOME/wiretrace or ~/.cache/wiretrace)' },
  { name: 'offline', description: 'read web addresses from the cache only; never fetch' },
  { name: 'timeout', value: 'seconds', description: 'give up on a web address after this long (default 20)' },
];

/** Those options, parsed (the module is small, and loaded only when a command runs). */
const addresses = async (o: Record<string, string | boolean | undefined>) => (await import('./address-options.js')).addressOptions(o);

/** The analysis options as given (validated where they are defined): the candidate step, and how web addresses are read. */
const settings = async (o: Record<string, string | boolean | undefined>) =>
  (await import('./load-analysis.js')).analysisSettings(value(o, 'candidates'), await addresses(o), value(o, 'jobs'));

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'analyze',
    description: 'align the articles, label every sentence and infer who took from whom',
    argument: paths,
    options: [
      { name: 'json', description: 'print the analysis as JSON (schema in the README)' },
      { name: 'jsonl', description: 'print one JSON line per document, then one line with units and provenance' },
      ...ANALYSIS_OPTIONS,
      ...ADDRESS_OPTIONS,
    ],
    run: async (args, o) => (await import('./commands/analyze.js')).run(args, { json: flag(o, 'json'), jsonl: flag(o, 'jsonl'), analysis: await settings(o) }),
  },
  {
    name: 'review',
    description: 'review the analysis interactively in the terminal (plain summary when not a terminal)',
    argument: paths,
    options: [matchOption, ...ANALYSIS_OPTIONS, ...ADDRESS_OPTIONS],
    interactive: true,
    run: async (args, o) => (await import('./commands/review.js')).run(args, defined({ archive: value(o, 'archive') }), await settings(o)),
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
    description: 'write a provenance report: Markdown (renders on GitHub) or a self-contained HTML page',
    argument: paths,
    options: [
      { name: 'out', value: 'file', description: 'where to write it (default: reports/<name>.md or .html; - for stdout)' },
      { name: 'format', value: 'md|html', description: 'Markdown (default) or a self-contained HTML page; default: from the extension of --out' },
      { name: 'full', description: 'everything however many documents: matrix, full graph, alignment, every sentence (default: above 12 documents, a summary)' },
      matchOption,
      ...ANALYSIS_OPTIONS,
      ...ADDRESS_OPTIONS,
    ],
    run: async (args, o) =>
      (await import('./commands/report.js')).run(
        args,
        defined({ out: value(o, 'out'), format: value(o, 'format'), archive: value(o, 'archive'), full: flag(o, 'full') ? true : undefined }),
        await settings(o),
      ),
  },
  {
    name: 'exercise',
    description: 'write a classroom worksheet and its answer key (Markdown or HTML), or the questions as JSON',
    argument: paths,
    options: [
      { name: 'seed', value: 'n', description: 'pick and order the questions with this seed (default 1)' },
      { name: 'out', value: 'file', description: 'the worksheet (default: reports/exercise-<name>.md or .html); the key goes beside it as …-answers.md or .html' },
      { name: 'format', value: 'md|html', description: 'Markdown (default) or self-contained HTML pages; default: from the extension of --out' },
      { name: 'json', description: 'print the questions as JSON instead of writing files (schema in the README)' },
      ...STORY_SET_OPTIONS,
      matchOption,
      ...ANALYSIS_OPTIONS,
      ...ADDRESS_OPTIONS,
    ],
    run: async (args, o) =>
      (await import('./commands/exercise.js')).run(
        args,
        defined({
          seed: value(o, 'seed'),
          out: value(o, 'out'),
          format: value(o, 'format'),
          json: o['json'] === true ? true : undefined,
          archive: value(o, 'archive'),
          articles: value(o, 'articles'),
          around: value(o, 'around'),
        }),
        await settings(o),
      ),
  },
  {
    name: 'quiz',
    description: 'the exercise as an interactive quiz in the terminal (the worksheet when not a terminal)',
    argument: paths,
    interactive: true,
    options: [{ name: 'seed', value: 'n', description: 'pick and order the questions with this seed (default 1)' }, ...STORY_SET_OPTIONS, ...ANALYSIS_OPTIONS, ...ADDRESS_OPTIONS],
    run: async (args, o) =>
      (await import('./commands/quiz.js')).run(args, defined({ seed: value(o, 'seed'), articles: value(o, 'articles'), around: value(o, 'around') }), await settings(o)),
  },
  {
    name: 'archive',
    description: 'the reference archive: add PATHS…, list, show ID, remove ID, stats',
    argument: { syntax: '<action> [args...]', description: 'add, list, show, remove or stats', rest: 'add: files, folders or -; show and remove: an article id' },
    options: [archiveOption, { name: 'json', description: 'print the answer as JSON' }, ...ADDRESS_OPTIONS],
    run: async (args, o) =>
      (await import('./commands/archive.js')).run(args, { ...defined({ archive: value(o, 'archive'), json: flag(o, 'json') }), addresses: await addresses(o) }),
  },
  {
    name: 'match',
    description: 'rank the archived articles that share text with the given article(s)',
    argument: articles,
    options: [
      archiveOption,
      { name: 'json', description: 'print the analysis (JSON schema) with the ranked matches' },
      { name: 'add', description: 'also add the article(s) to the archive' },
      jobsOption,
      ...ADDRESS_OPTIONS,
    ],
    run: async (args, o) =>
      (await import('./commands/match.js')).run(args, {
        ...defined({ archive: value(o, 'archive'), json: flag(o, 'json'), add: flag(o, 'add'), jobs: await jobs(o) }),
        addresses: await addresses(o),
      }),
  },
  {
    name: 'serve',
    description: 'serve the archive as a JSON HTTP API (POST /match, /articles; GET /stats, /healthz)',
    argument: { syntax: '', description: '' },
    options: [
      archiveOption,
      { name: 'port', value: 'n', description: 'the port (default 8080; 0 for any free one)' },
      { name: 'host', value: 'address', description: 'the address to listen on (default 127.0.0.1)' },
    ],
    run: async (args, o) => (await import('./commands/serve.js')).run(args, defined({ archive: value(o, 'archive'), port: value(o, 'port'), host: value(o, 'host') })),
  },
];
