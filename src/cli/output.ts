import { sanitizeForTerminal } from '../terminal/sanitize.js';

/** Writing to stdout without losing output when the process ends, and quietly when a pipe closes. */

let guarded = false;

export function writeStdout(text: string): void {
  if (!guarded) {
    guarded = true;
    process.stdout.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(0);
      throw e;
    });
  }
  process.stdout.write(text);
}

export function warn(line: string): void {
  process.stderr.write(`wiretrace: warning: ${sanitizeForTerminal(line)}\n`);
}
