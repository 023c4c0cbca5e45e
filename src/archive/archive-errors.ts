/**
 * What a failing database operation means to the user, in one line with its exit code (README,
 * "Exit codes"): busy (3) when another process holds the write lock past the busy timeout; damaged
 * or foreign (4) when the file is not a database or not a wiretrace archive; else it cannot be
 * read or written (1).
 */
import { EXIT_ARCHIVE, EXIT_BUSY, WiretraceError, inputError } from '../errors.js';

export const archiveBusy = (where: string): WiretraceError =>
  new WiretraceError(`${where}: the archive is busy (another process is writing to it); try again`, EXIT_BUSY);

export const archiveUnusable = (where: string, why: string): WiretraceError =>
  new WiretraceError(`${where}: ${why}; it is left as it is`, EXIT_ARCHIVE);

/** The user-facing error for an error SQLite raised (anything else is passed through). */
export function archiveFailure(e: unknown, where: string): unknown {
  if (e instanceof WiretraceError) return e;
  const code = (e as { code?: unknown }).code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return e;
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return archiveBusy(where);
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) return archiveUnusable(where, 'is damaged or not a wiretrace archive (not an SQLite database)');
  if (code === 'SQLITE_FULL') return inputError(`${where}: cannot write the archive: the disk is full (nothing was changed)`);
  return inputError(`${where}: cannot use the archive (${code})`);
}
