/**
 * Corpus mode's file enumerator: the same rules as ingest (folders in file-name order or in the
 * order of their manifest, files as given, ids from the manifest or the file name, made unique),
 * but only names and metadata are gathered here; each text is read when a pass needs it, so a
 * corpus is never held in memory whole.
 */
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { OutletInfo } from '../types.js';
import { usageError } from '../errors.js';
import { decodeText } from '../ingest/decode.js';
import { repeatedFileWarning } from '../ingest/duplicates.js';
import type { GivenPath } from '../ingest/load-documents.js';
import { CORPUS_EXTENSIONS } from './corpus-threshold.js';
import { MANIFEST_FILE, parseManifest, type Manifest, type ManifestEntry } from '../ingest/manifest.js';

/** Files larger than this are skipped (a news article is a few kilobytes). */
export const MAX_CORPUS_DOCUMENT_BYTES = 8 * 1024 * 1024;

export interface CorpusFile {
  /** Path on disk. */
  full: string;
  /** Path as shown (and as written to `file` in the output). */
  display: string;
  /** The id asked for (manifest id, or the file name without extension); made unique on reading. */
  wantedId: string;
  outlet: OutletInfo;
}

export interface CorpusListing {
  files: CorpusFile[];
  name: string;
  title?: string;
  warnings: string[];
}

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function readManifest(dir: string, display: string): Manifest | undefined {
  const file = path.join(dir, MANIFEST_FILE);
  if (!existsSync(file)) return undefined;
  return parseManifest(readFileSync(file, 'utf8'), path.join(display, MANIFEST_FILE));
}

function realPath(p: string): string | undefined {
  try {
    return realpathSync.native(p);
  } catch {
    return undefined;
  }
}

/** `wanted` made safe and unique among `taken` (as ingest does). */
export function uniqueId(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'doc';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** List the files `paths` name; nothing is read but folder listings and manifests. */
export function listCorpusFiles(paths: readonly GivenPath[]): CorpusListing {
  const warnings: string[] = [];
  const found: { full: string; display: string; entry?: ManifestEntry }[] = [];
  let name: string | undefined;
  let title: string | undefined;
  for (const { full: p, display: shown } of paths) {
    if (!existsSync(p)) throw usageError(`no such file or folder: ${shown}`);
    if (statSync(p).isDirectory()) {
      let entries: string[];
      try {
        entries = readdirSync(p);
      } catch (e) {
        warnings.push(`${shown}: cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'}); skipped`);
        continue;
      }
      const manifest = readManifest(p, shown);
      const listed = new Set<string>();
      for (const entry of manifest?.documents ?? []) {
        const full = path.join(p, entry.file);
        if (!existsSync(full)) {
          warnings.push(`${path.join(shown, entry.file)}: listed in the manifest but not found; skipped`);
          continue;
        }
        listed.add(entry.file);
        found.push({ full, display: path.join(shown, entry.file), entry });
      }
      const names = entries
        .filter((n) => !n.startsWith('.') && n !== MANIFEST_FILE && CORPUS_EXTENSIONS.has(path.extname(n).toLowerCase()))
        .sort(byCodePoint);
      for (const n of names) if (!listed.has(n)) found.push({ full: path.join(p, n), display: path.join(shown, n) });
      if (paths.length === 1) {
        name = manifest?.name ?? path.basename(path.resolve(p));
        title = manifest?.title;
      }
    } else {
      const manifest = readManifest(path.dirname(p), path.dirname(shown));
      const entry = manifest?.documents.find((e) => path.resolve(path.dirname(p), e.file) === path.resolve(p));
      found.push(entry ? { full: p, display: shown, entry } : { full: p, display: shown });
    }
  }
  // One file named twice (twice over, or on its own and in its folder) is read once.
  const taken = new Map<string, string>();
  const once = found.filter((f) => {
    const real = realPath(f.full);
    const before = real === undefined ? undefined : taken.get(real);
    if (before !== undefined) warnings.push(repeatedFileWarning(f.display, before));
    else if (real !== undefined) taken.set(real, f.display);
    return before === undefined;
  });
  const files = once.map((f): CorpusFile => {
    const stem = path.basename(f.display, path.extname(f.display));
    return { full: f.full, display: f.display, wantedId: f.entry?.id ?? stem, outlet: f.entry?.outlet ?? { name: path.basename(f.display) } };
  });
  const out: CorpusListing = { files, name: name ?? 'documents', warnings };
  if (title !== undefined) out.title = title;
  return out;
}

export type CorpusText = { ok: true; text: string } | { ok: false; reason: string };

/** Read and decode one file (UTF-8, BOM removed, line endings kept). */
export function readCorpusText(file: CorpusFile): CorpusText {
  let bytes: Uint8Array;
  try {
    const size = statSync(file.full).size;
    if (size > MAX_CORPUS_DOCUMENT_BYTES)
      return { ok: false, reason: `${(size / 1048576).toFixed(1)} MB is over the ${MAX_CORPUS_DOCUMENT_BYTES / 1048576} MB limit for one document` };
    bytes = readFileSync(file.full);
  } catch (e) {
    return { ok: false, reason: `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  return decodeText(bytes);
}
