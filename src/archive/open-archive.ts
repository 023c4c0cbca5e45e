/**
 * Opening the archive: created on first use (schema built in a temporary file, then linked into
 * place, so a process killed while creating it leaves no half-made archive, and two creating it at
 * once end with one); an existing file is checked before anything is written: a file that is not a
 * database, a database that is not a wiretrace archive, or one of a newer version is refused and
 * left as it is. better-sqlite3 is loaded with this module, which only the commands that use the archive import.
 */
import { existsSync, linkSync, mkdirSync, readdirSync, statSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { inputError } from '../errors.js';
import { ARCHIVE_FORMAT, SCHEMA_SQL, SCHEMA_VERSION } from './archive-schema.js';
import { archiveFailure, archiveUnusable } from './archive-errors.js';
import { DATABASE_FILE, databasePath } from './archive-location.js';
import { KEY_SCHEME } from './candidate-keys.js';

export type Database = BetterSqlite3.Database;

/** How long a writer waits for another process's write to end before "the archive is busy". */
export const BUSY_TIMEOUT_MS = 5000;

const TEMP_PREFIX = `.${DATABASE_FILE}.`;

function createDatabase(Sqlite: typeof BetterSqlite3, folder: string, file: string): void {
  mkdirSync(folder, { recursive: true });
  const temp = path.join(folder, `${TEMP_PREFIX}${process.pid}.tmp`);
  for (const f of [temp, `${temp}-wal`, `${temp}-shm`, `${temp}-journal`]) if (existsSync(f)) unlinkSync(f);
  const db = new Sqlite(temp);
  try {
    db.pragma('journal_mode = WAL');
    db.exec(SCHEMA_SQL);
    const meta = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
    db.transaction(() => {
      meta.run('format', ARCHIVE_FORMAT);
      meta.run('version', String(SCHEMA_VERSION));
      meta.run('keys', KEY_SCHEME);
    })();
  } finally {
    db.close();
  }
  try {
    linkSync(temp, file); // fails if another process made it first: theirs is kept
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  } finally {
    unlinkSync(temp);
  }
}

function checkFolder(folder: string): void {
  if (!existsSync(folder)) return;
  if (!statSync(folder).isDirectory()) throw archiveUnusable(folder, 'is a file, not an archive folder');
  if (existsSync(databasePath(folder))) return;
  const others = readdirSync(folder).filter((n) => !n.startsWith(TEMP_PREFIX));
  if (others.length > 0) throw archiveUnusable(folder, `is not a wiretrace archive (a folder without ${DATABASE_FILE})`);
}

function verify(db: Database, where: string): void {
  let rows: { key: string; value: string }[];
  try {
    rows = db.prepare('SELECT key, value FROM meta').all() as { key: string; value: string }[];
  } catch (e) {
    if (/no such table/.test((e as Error).message)) throw archiveUnusable(where, 'is not a wiretrace archive (an SQLite database without its tables)');
    throw archiveFailure(e, where);
  }
  const meta = new Map(rows.map((r) => [r.key, r.value]));
  if (meta.get('format') !== ARCHIVE_FORMAT) throw archiveUnusable(where, 'is not a wiretrace archive');
  const version = Number(meta.get('version'));
  if (version !== SCHEMA_VERSION) throw archiveUnusable(where, `is a version ${meta.get('version')} archive; this wiretrace reads version ${SCHEMA_VERSION}`);
  if (meta.get('keys') !== KEY_SCHEME) throw archiveUnusable(where, `is indexed with "${meta.get('keys')}" keys; this wiretrace uses "${KEY_SCHEME}"`);
}

/** Open (creating on first use) the archive in `folder`. */
export async function openDatabase(folder: string, options: { readonly?: boolean } = {}): Promise<Database> {
  const Sqlite = BetterSqlite3;
  checkFolder(folder);
  const file = databasePath(folder);
  try {
    if (!existsSync(file)) createDatabase(Sqlite, folder, file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== undefined && !code.startsWith('SQLITE_')) throw inputError(`${folder}: cannot create the archive (${code})`);
    throw archiveFailure(e, folder);
  }
  let db: Database;
  try {
    db = new Sqlite(file, { fileMustExist: true, timeout: BUSY_TIMEOUT_MS, readonly: options.readonly === true });
  } catch (e) {
    throw archiveFailure(e, folder);
  }
  try {
    verify(db, folder);
  } catch (e) {
    db.close();
    throw e;
  }
  return db;
}
