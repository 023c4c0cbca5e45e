/**
 * The full command line, with commander: help, version, and usage errors with suggestions. Loaded
 * only when the fast path (parse-fast.ts) cannot take the arguments. Built from command-table.ts.
 */
import { Command } from 'commander';
import { COMMANDS, GLOBAL_OPTIONS, type OptionSpec } from './command-table.js';
import { sanitizeForTerminal } from '../terminal/sanitize.js';

const VERSION = '0.1.0';

const flags = (o: OptionSpec): string => `--${o.name}${o.value === undefined ? '' : ` <${o.value}>`}`;

/**
 * Parse `argv` (with the node and script paths) and run the command it names; `onDebug` is called
 * before the command runs when --debug was given. Rejects with a CommanderError (its exit code in
 * it: 0 after --help and --version) or with the command's own error.
 */
export async function runWithCommander(argv: readonly string[], onDebug: () => void): Promise<void> {
  const program = new Command()
    .name('wiretrace')
    .description('Show where the words of a news story came from.')
    .version(VERSION)
    .exitOverride()
    .showSuggestionAfterError()
    .configureOutput({ outputError: (str, write) => write(`wiretrace: ${sanitizeForTerminal(str.trimEnd().replace(/^error: /, ''))}\n`) });
  for (const o of GLOBAL_OPTIONS) program.option(flags(o), o.description);
  for (const spec of COMMANDS) {
    const command = program.command(spec.name).description(spec.description);
    // "<action> [args...]" is two arguments: the action, then the rest.
    spec.argument.syntax
      .split(' ')
      .filter((a) => a !== '')
      .forEach((a, i) => command.argument(a, i === 0 ? spec.argument.description : (spec.argument.rest ?? '')));
    for (const o of spec.options) command.option(flags(o), o.description);
    command.action(async (...given: unknown[]) => {
      const options = given[given.length - 2] as Record<string, string | boolean | undefined>;
      return spec.run(given.slice(0, -2).flat() as string[], options);
    });
  }
  program.hook('preAction', (cmd) => {
    if (cmd.optsWithGlobals()['debug'] === true) onDebug();
  });
  await program.parseAsync([...argv]);
}
