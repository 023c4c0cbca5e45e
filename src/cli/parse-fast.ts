/**
 * The fast path of the command line: a well-formed command parsed by Node's own `util.parseArgs`,
 * so that running a command does not load commander (about 12 ms of a 70 ms Node start-up; see
 * README, "Start-up"). Anything else — help, version, no command, an unknown option, a missing
 * value — returns undefined, and commander-program.ts parses it instead, with commander's help and
 * error messages. Both are built from command-table.ts.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { COMMANDS, GLOBAL_OPTIONS, type CommandSpec, type OptionSpec } from './command-table.js';

export interface FastParse {
  command: CommandSpec;
  args: string[];
  options: Record<string, string | boolean | undefined>;
}

const HELP_OR_VERSION: ReadonlySet<string> = new Set(['-h', '--help', '-V', '--version']);

function parseOptions(specs: readonly OptionSpec[]): NonNullable<ParseArgsConfig['options']> {
  return Object.fromEntries(specs.map((o) => [o.name, { type: o.value === undefined ? 'boolean' : 'string' } as const]));
}

/** `argv` without the node and script paths. */
export function parseFast(argv: readonly string[]): FastParse | undefined {
  const end = argv.indexOf('--');
  if (argv.slice(0, end < 0 ? argv.length : end).some((a) => HELP_OR_VERSION.has(a))) return undefined;
  const rest = [...argv];
  const leadingDebug = rest[0] === '--debug';
  if (leadingDebug) rest.shift();
  const command = COMMANDS.find((c) => c.name === rest[0]);
  if (!command) return undefined;
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: rest.slice(1),
      options: parseOptions([...command.options, ...GLOBAL_OPTIONS]),
      allowPositionals: true,
      strict: true,
    });
  } catch {
    return undefined;
  }
  if (command.argument.syntax === '<file>' && parsed.positionals.length !== 1) return undefined;
  if (command.argument.syntax === '<action> [args...]' && parsed.positionals.length === 0) return undefined;
  if (command.argument.syntax === '' && parsed.positionals.length > 0) return undefined;
  // Not `multiple`: every value is one string or one boolean.
  const options = { ...parsed.values } as Record<string, string | boolean | undefined>;
  if (leadingDebug) options['debug'] = true;
  return { command, args: parsed.positionals, options };
}
