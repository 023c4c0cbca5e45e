/**
 * Where the archive is: `--archive PATH`, else `$WIRETRACE_ARCHIVE`, else `wiretrace-archive/` in
 * the current folder. The archive is a folder holding one SQLite database file.
 */
import path from 'node:path';

export const ARCHIVE_ENV = 'WIRETRACE_ARCHIVE';
export const DEFAULT_ARCHIVE_FOLDER = 'wiretrace-archive';
/** The database file inside the archive folder. */
export const DATABASE_FILE = 'archive.sqlite';

export function archiveFolder(option: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const given = option ?? env[ARCHIVE_ENV];
  return given !== undefined && given !== '' ? given : DEFAULT_ARCHIVE_FOLDER;
}

export const databasePath = (folder: string): string => path.join(folder, DATABASE_FILE);
