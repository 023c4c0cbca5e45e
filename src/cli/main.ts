/**
 * The `wiretrace` command line. This file stays light: a well-formed command is parsed by
 * parse-fast.ts and its module imported only then; help, version and usage errors go to commander
 * (commander-program.ts), loaded only for them. The commands are listed in command-table.ts.
 * Exit codes: 0 success, 1 the input cannot be analysed, 2 usage error (README, "Exit codes").
 */
import { EXIT_INPUT, EXIT_USAGE, WiretraceError } from '../errors.js';
import { sanitizeForTerminal } from '../terminal/sanitize.js';
import { parseFast } from './parse-fast.js';
import { stdoutFlushed } from './output.js';

let debug = process.argv.includes('--debug');

/** Commander's own errors carry their exit code: 0 after --help / --version, else a usage error. */
function isCommanderError(e: unknown): e is Error & { code: string; exitCode: number } {
  const code: unknown = e instanceof Error ? (e as Error & { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('commander.');
}

function fail(e: unknown): never {
  if (isCommanderError(e)) process.exit(e.exitCode === 0 ? 0 : EXIT_USAGE);
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

async function main(): Promise<void> {
  const fast = parseFast(process.argv.slice(2));
  if (fast) {
    debug = debug || fast.options['debug'] === true;
    await fast.command.run(fast.args, fast.options);
    if (!fast.command.interactive) {
      await stdoutFlushed();
      process.exit();
    }
  } else {
    await (await import('./commander-program.js')).runWithCommander(process.argv, () => (debug = true));
  }
}

// No top-level await: the bundle is CommonJS (scripts/bundle.mjs).
main().catch(fail);
