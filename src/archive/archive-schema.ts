/**
 * The archive's tables. `meta` says what the file is (format, schema version, which candidate keys
 * its index holds), so a foreign or newer database is recognised and never written to.
 * `keys` is the persistent candidate index: one row per (key, article), a clustered primary key
 * (WITHOUT ROWID), so finding the articles of a key is one B-tree lookup. Each article keeps its
 * own keys (`signature`, packed little-endian uint32) so removing it needs no second index.
 */
export const ARCHIVE_FORMAT = 'wiretrace-archive';
export const SCHEMA_VERSION = 1;

export const SCHEMA_SQL = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE articles (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  hash TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  file TEXT NOT NULL,
  outlet TEXT NOT NULL,
  text TEXT NOT NULL,
  added TEXT NOT NULL,
  signature BLOB NOT NULL
);
CREATE TABLE keys (key INTEGER NOT NULL, article INTEGER NOT NULL, PRIMARY KEY (key, article)) WITHOUT ROWID;
`;
