import { writeSync } from 'node:fs';
import { EXIT_INPUT, outputError } from '../errors.js';
import { sanitizeForTerminal } from '../terminal/sanitize.js';
import type { WarningDisplay } from '../summary/warning-lines.js';

/**
 * Writing to stdout without losing output when the process ends, and quietly when a pipe closes.
 * Output goes straight to file descriptor 1 with `fs.writeSync`, as Node's own stdout does for
 * files and pipes on Linux, without loading Node's stream modules (about 2 ms of every run). If
 * the descriptor cannot take the data at once (a non-blocking pipe that is full), the rest, and
 * everything after it, goes through `process.stdout`, which waits. Any other failure (a full disk)
 * ends the run with one line, `cannot write standard output (ENOSPC)`, and exit code 1.
 */

let viaStream = false;
let guarded = false;

function streamWrite(data: string | Uint8Array): void {
  if (!guarded) {
    guarded = true;
    process.stdout.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(0);
      process.stderr.write(`wiretrace: ${outputError(e.code).message}\n`);
      process.exit(EXIT_INPUT);
    });
  }
  process.stdout.write(data);
}

export function writeStdout(text: string): void {
  if (viaStream) return streamWrite(text);
  const data = Buffer.from(text, 'utf8');
  let offset = 0;
  while (offset < data.length) {
    try {
      offset += writeSync(1, data, offset, data.length - offset);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') process.exit(0);
      if (code !== 'EAGAIN') throw outputError(code);
      viaStream = true;
      return streamWrite(data.subarray(offset));
    }
  }
}

/**
 * Resolves once everything written to stdout has been handed to the system: at once, unless
 * output went through `process.stdout` (a full non-blocking pipe, which a reader slower than the
 * output leaves, as with a large `--json`), whose rest is then still queued: exiting before it
 * drains would cut the output short.
 */
export function stdoutFlushed(): Promise<void> {
  if (!viaStream || process.stdout.writableLength === 0) return Promise.resolve();
  // Writes complete in order: this empty one's callback runs after the rest has gone.
  return new Promise((resolve) => process.stdout.write('', () => resolve()));
}

/**
 * How a summary on stdout shows the warnings: counted when stdout and stderr are both terminals
 * (each warning already reached the screen from `warn`), listed when either goes elsewhere.
 */
export function summaryWarnings(): WarningDisplay {
  return process.stdout.isTTY === true && process.stderr.isTTY === true ? 'counted' : 'listed';
}

/** A warning on stderr, written at once (so that it survives the process exiting right after). */
export function warn(line: string): void {
  const text = `wiretrace: warning: ${sanitizeForTerminal(line)}\n`;
  try {
    writeSync(2, text);
  } catch {
    process.stderr.write(text);
  }
}
