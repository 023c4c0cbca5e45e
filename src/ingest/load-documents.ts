/**
 * Stage 1 (ingest): turn the paths a user gave into source documents. Folders are read in
 * name order (never directory-listing order), or in the order of their manifest; unusable files
 * are skipped with one warning each; at least two usable documents are required.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OutletInfo, SourceDocument } from '../types.js';
import { inputError, usageError } from '../errors.js';
import { decodeText } from './decode.js';
import { MANIFEST_FILE, parseManifest, type Manifest, type ManifestEntry } from './manifest.js';

/** Files larger than this are refused (a news article is a few kilobytes). */
export const MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;
/** Extensions read from a folder. */
export const TEXT_EXTENSIONS: ReadonlySet<string> = new Set(['.txt', '.text', '.md', '.markdown']);

export const SEEDS_DIR = fileURLToPath(new URL('../../seeds', import.meta.url));

export interface LoadedInput {
  documents: SourceDocument[];
  name: string;
  title?: string;
  warnings: string[];
}

interface Candidate {
  /** Path on disk. */
  full: string;
  /** Path shown to the user. */
  display: string;
  entry?: ManifestEntry;
}

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function readManifest(dir: string, display: string): Manifest | undefined {
  const file = path.join(dir, MANIFEST_FILE);
  if (!existsSync(file)) return undefined;
  return parseManifest(readFileSync(file, 'utf8'), path.join(display, MANIFEST_FILE));
}

function folderCandidates(dir: string, display: string, warnings: string[]): { list: Candidate[]; manifest?: Manifest } {
  const manifest = readManifest(dir, display);
  const names = readdirSync(dir)
    .filter((n) => !n.startsWith('.') && n !== MANIFEST_FILE && TEXT_EXTENSIONS.has(path.extname(n).toLowerCase()))
    .sort(byCodePoint);
  const list: Candidate[] = [];
  const listed = new Set<string>();
  for (const entry of manifest?.documents ?? []) {
    const full = path.join(dir, entry.file);
    if (!existsSync(full)) {
      warnings.push(`${path.join(display, entry.file)}: listed in the manifest but not found; skipped`);
      continue;
    }
    listed.add(entry.file);
    list.push({ full, display: path.join(display, entry.file), entry });
  }
  for (const n of names) if (!listed.has(n)) list.push({ full: path.join(dir, n), display: path.join(display, n) });
  const out: { list: Candidate[]; manifest?: Manifest } = { list };
  if (manifest) out.manifest = manifest;
  return out;
}

function uniqueId(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'doc';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** Read the documents named by `paths` (files or folders); no paths means the bundled seeds. */
export function loadDocuments(paths: readonly string[]): LoadedInput {
  const warnings: string[] = [];
  const candidates: Candidate[] = [];
  let name: string | undefined;
  let title: string | undefined;
  const given = paths.length > 0 ? paths.map((p) => ({ full: p, display: p })) : [{ full: SEEDS_DIR, display: 'seeds' }];
  for (const g of given) {
    if (!existsSync(g.full)) throw usageError(`no such file or folder: ${g.display}`);
    if (statSync(g.full).isDirectory()) {
      const { list, manifest } = folderCandidates(g.full, g.display, warnings);
      candidates.push(...list);
      if (given.length === 1) {
        name = manifest?.name ?? path.basename(path.resolve(g.full));
        title = manifest?.title;
      }
    } else {
      const manifest = readManifest(path.dirname(g.full), path.dirname(g.display));
      const entry = manifest?.documents.find((e) => path.resolve(path.dirname(g.full), e.file) === path.resolve(g.full));
      candidates.push(entry ? { ...g, entry } : g);
    }
  }

  const documents: SourceDocument[] = [];
  const ids = new Set<string>();
  for (const c of candidates) {
    const size = statSync(c.full).size;
    if (size > MAX_DOCUMENT_BYTES) {
      warnings.push(`${c.display}: ${(size / 1048576).toFixed(1)} MB is over the ${MAX_DOCUMENT_BYTES / 1048576} MB limit for one document; skipped`);
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(c.full);
    } catch (e) {
      warnings.push(`${c.display}: cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'}); skipped`);
      continue;
    }
    const decoded = decodeText(bytes);
    if (!decoded.ok) {
      warnings.push(`${c.display}: ${decoded.reason}; skipped`);
      continue;
    }
    const stem = path.basename(c.display, path.extname(c.display));
    const outlet: OutletInfo = c.entry?.outlet ?? { name: path.basename(c.display) };
    documents.push({ id: uniqueId(c.entry?.id ?? stem, ids), file: c.display, outlet, text: decoded.text });
  }
  if (documents.length < 2)
    throw inputError(`wiretrace compares documents: it needs at least two usable ones, and found ${documents.length}`);
  const out: LoadedInput = { documents, name: name ?? 'documents', warnings };
  if (title !== undefined) out.title = title;
  return out;
}
