/**
 * The archive's operations over an open database: add (one transaction for all the articles of a
 * call, taking the write lock at its start, so a killed process leaves the archive as before and
 * two writers take turns), list, show, remove, stats, and the candidates of an article's keys.
 */
import { statSync } from 'node:fs';
import type { OutletInfo, SourceDocument } from '../types.js';
import { maxDocumentFrequency } from '../align/common-passages.js';
import { shingleWeight, strongestPartners } from '../align/shingle-index.js';
import { archiveFailure } from './archive-errors.js';
import { databasePath } from './archive-location.js';
import { candidateKeys } from './candidate-keys.js';
import { contentHash } from './content-hash.js';
import type { Database } from './open-archive.js';

export interface ArchivedSummary {
  id: number;
  /** The document id it had when added (its manifest id or file name). */
  name: string;
  file: string;
  outlet: OutletInfo;
  added: string;
  chars: number;
}

export interface ArchivedArticle extends ArchivedSummary {
  text: string;
  hash: string;
}

export type AddOutcome = { file: string; added: true; id: number } | { file: string; added: false; existing: number };

export interface ArchiveStats {
  articles: number;
  outlets: number;
  /** Rows of the candidate index, and the bytes its table takes in the file. */
  indexRows: number;
  indexBytes: number;
  /** The database file with its write-ahead log. */
  bytesOnDisk: number;
}

interface ArticleRow {
  id: number;
  name: string;
  file: string;
  outlet: string;
  added: string;
  chars: number;
  text?: string;
  hash?: string;
}

const summary = (r: ArticleRow): ArchivedSummary => ({ id: r.id, name: r.name, file: r.file, outlet: JSON.parse(r.outlet) as OutletInfo, added: r.added, chars: r.chars });

const packKeys = (keys: Uint32Array): Buffer => {
  const b = Buffer.alloc(keys.length * 4);
  keys.forEach((k, i) => b.writeUInt32LE(k, i * 4));
  return b;
};
const unpackKeys = (b: Buffer): number[] => Array.from({ length: b.length / 4 }, (_, i) => b.readUInt32LE(i * 4));

export class ArchiveStore {
  private readonly statements;

  constructor(
    readonly db: Database,
    /** The archive folder, as errors name it. */
    readonly where: string,
  ) {
    this.statements = {
      byHash: db.prepare('SELECT id FROM articles WHERE hash = ?').pluck(),
      insert: db.prepare('INSERT INTO articles (hash, name, file, outlet, text, added, signature) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      insertKey: db.prepare('INSERT OR IGNORE INTO keys (key, article) VALUES (?, ?)'),
      list: db.prepare('SELECT id, name, file, outlet, added, length(text) AS chars FROM articles ORDER BY id'),
      get: db.prepare('SELECT id, name, file, outlet, added, length(text) AS chars, text, hash FROM articles WHERE id = ?'),
      signature: db.prepare('SELECT signature FROM articles WHERE id = ?').pluck(),
      deleteKey: db.prepare('DELETE FROM keys WHERE key = ? AND article = ?'),
      deleteArticle: db.prepare('DELETE FROM articles WHERE id = ?'),
      postings: db.prepare('SELECT article FROM keys WHERE key = ? LIMIT ?').pluck(),
      count: db.prepare('SELECT count(*) FROM articles').pluck(),
    };
  }

  private run<T>(f: () => T): T {
    try {
      return f();
    } catch (e) {
      throw archiveFailure(e, this.where);
    }
  }

  /** Add the documents not already there (same content hash), all in one transaction; `added` is the time to record. */
  add(documents: readonly SourceDocument[], added: string): AddOutcome[] {
    const s = this.statements;
    const tx = this.db.transaction((): AddOutcome[] => {
      const out: AddOutcome[] = [];
      const seen = new Map<string, number>();
      for (const d of documents) {
        const hash = contentHash(d.text);
        const existing = seen.get(hash) ?? (s.byHash.get(hash) as number | undefined);
        if (existing !== undefined) {
          out.push({ file: d.file, added: false, existing });
          continue;
        }
        const keys = candidateKeys(d.text, d.outlet.title);
        const id = Number(s.insert.run(hash, d.id, d.file, JSON.stringify(d.outlet), d.text, added, packKeys(keys)).lastInsertRowid);
        for (const k of keys) s.insertKey.run(k, id);
        seen.set(hash, id);
        out.push({ file: d.file, added: true, id });
      }
      return out;
    });
    return this.run(() => tx.immediate());
  }

  /** How many articles the archive holds. */
  count(): number {
    return this.run(() => this.statements.count.get() as number);
  }

  list(): ArchivedSummary[] {
    return this.run(() => (this.statements.list.all() as ArticleRow[]).map(summary));
  }

  get(id: number): ArchivedArticle | undefined {
    const r = this.run(() => this.statements.get.get(id) as ArticleRow | undefined);
    return r === undefined ? undefined : { ...summary(r), text: r.text!, hash: r.hash! };
  }

  /** The archived article with this text, if any. */
  idOfText(text: string): number | undefined {
    return this.run(() => this.statements.byHash.get(contentHash(text)) as number | undefined);
  }

  /** Remove one article and its index rows; false when there is none with this id. */
  remove(id: number): boolean {
    const s = this.statements;
    const tx = this.db.transaction((): boolean => {
      const sig = s.signature.get(id) as Buffer | undefined;
      if (sig === undefined) return false;
      for (const k of unpackKeys(sig)) s.deleteKey.run(k, id);
      s.deleteArticle.run(id);
      return true;
    });
    return this.run(() => tx.immediate());
  }

  stats(): ArchiveStats {
    return this.run(() => {
      const articles = this.count();
      const outlets = this.db.prepare("SELECT count(DISTINCT json_extract(outlet, '$.name')) FROM articles").pluck().get() as number;
      const indexRows = this.db.prepare('SELECT count(*) FROM keys').pluck().get() as number;
      const indexBytes = (this.db.prepare("SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name = 'keys'").pluck().get() as number) ?? 0;
      const file = databasePath(this.where);
      let bytesOnDisk = 0;
      for (const f of [file, `${file}-wal`]) {
        try {
          bytesOnDisk += statSync(f).size;
        } catch {
          // no write-ahead log at the moment
        }
      }
      return { articles, outlets, indexRows, indexBytes, bytesOnDisk };
    });
  }

  /**
   * The archived articles that are candidates for a text with these keys, as the index step pairs
   * documents (src/align/shingle-index.ts): a key found in more than max(10, ⌈√N⌉) of the N
   * documents (the archive and this one) is a common passage and ignored; the others weigh 2/df;
   * partners whose shared keys weigh at least 5 are kept (at most 100, heaviest). Sorted by id.
   */
  candidates(keys: Uint32Array, exclude: ReadonlySet<number> = new Set()): number[] {
    return this.run(() => {
      const n = (this.statements.count.get() as number) + 1;
      const maxDf = maxDocumentFrequency(n);
      const shared = new Map<number, number>();
      for (const k of keys) {
        const articles = this.statements.postings.all(k, maxDf) as number[];
        const df = articles.length + 1;
        if (articles.length === 0 || df > maxDf) continue;
        const w = shingleWeight(df);
        for (const a of articles) if (!exclude.has(a)) shared.set(a, (shared.get(a) ?? 0) + w);
      }
      return strongestPartners(shared);
    });
  }

  close(): void {
    this.db.close();
  }
}
