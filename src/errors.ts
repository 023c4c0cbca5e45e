/**
 * Errors the user can act on. Each carries the process exit code documented in the README:
 *   1  the input cannot be analysed (fewer than two usable documents, a bad manifest), or the
 *      output cannot be written (standard output on a full disk)
 *   2  usage error (unknown option, a path that does not exist)
 *   3  the archive is busy (another process is writing to it and did not finish in time)
 *   4  the archive cannot be used (damaged, not a wiretrace archive, or a newer version)
 * Their message is one line, shown without a stack trace.
 */
export const EXIT_OK = 0;
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;
export const EXIT_BUSY = 3;
export const EXIT_ARCHIVE = 4;

export type ExitCode = typeof EXIT_INPUT | typeof EXIT_USAGE | typeof EXIT_BUSY | typeof EXIT_ARCHIVE;

/**
 * An error the user can act on: bad input or bad usage. `message` is one line; `exitCode` is the
 * command line's exit code for it (1 the input cannot be analysed, 2 usage error).
 */
export class WiretraceError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode = EXIT_INPUT,
  ) {
    super(message);
    this.name = 'WiretraceError';
  }
}

export const usageError = (message: string): WiretraceError => new WiretraceError(message, EXIT_USAGE);
export const inputError = (message: string): WiretraceError => new WiretraceError(message, EXIT_INPUT);
/** Standard output refused the data (a full disk, an I/O error): exit 1, like input that cannot be used. */
export const outputError = (code: string | undefined): WiretraceError => new WiretraceError(`cannot write standard output${code ? ` (${code})` : ''}`, EXIT_INPUT);
