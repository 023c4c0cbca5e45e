/**
 * Stage 1 (ingest): turn the paths a user gave into source documents. Folders are read in
 * name order (never directory-listing order), or in the order of their manifest; `-` is standard
 * input. Plain text is read as it is; Markdown has its markup blanked in place (markdown.ts); a
 * saved web page is reduced to its article (html-article.ts). Unusable inputs (empty, binary,
 * unreadable, invalid UTF-8, over a limit) are skipped with one warning each; at least two usable
 * documents are required. Duplicates and text that does not look English are warned about.
 */
import { existsSync, lstatSync, realpathSync, statSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OutletInfo, SourceDocument } from '../types.js';
import { inputError, usageError } from '../errors.js';
import { decodeText } from './decode.js';
import { DuplicateFinder, duplicateWarning, repeatedFileWarning } from './duplicates.js';
import { decodeDeclaredCharset, extractHtmlArticle, looksLikeHtml, type PageMeta } from './html-article.js';
import { checkEnglish } from './language.js';
import { MAX_DOCUMENT_BYTES, MAX_DOCUMENT_CHARS, MAX_TOTAL_CHARS } from './limits.js';
import { MANIFEST_FILE, parseManifest, type Manifest, type ManifestEntry } from './manifest.js';
import { markdownToText } from './markdown.js';
import { readFileBounded, readStdinBounded, type ReadBytes } from './read-bytes.js';

export { MAX_DOCUMENT_BYTES, MAX_DOCUMENT_CHARS, MAX_TOTAL_CHARS } from './limits.js';

const HTML_EXTENSIONS: ReadonlySet<string> = new Set(['.html', '.htm', '.xhtml']);
const MARKDOWN_EXTENSIONS: ReadonlySet<string> = new Set(['.md', '.markdown']);
/** Extensions read from a folder. */
export const INPUT_EXTENSIONS: ReadonlySet<string> = new Set(['.txt', '.text', ...MARKDOWN_EXTENSIONS, ...HTML_EXTENSIONS]);
/** The path that means standard input. */
export const STDIN_PATH = '-';
/** The largest manifest read. */
const MAX_MANIFEST_BYTES = 1024 * 1024;

export const SEEDS_DIR = fileURLToPath(new URL('../../seeds', import.meta.url));

/** A path to read, and how to show it (the path as given; "seeds" for the bundled seeds). */
export interface GivenPath {
  full: string;
  display: string;
}

/** The paths as given; none means the bundled seeds, shown as "seeds/…" wherever the package lies. */
export function givenPaths(paths: readonly string[]): GivenPath[] {
  return paths.length > 0 ? paths.map((p) => ({ full: p, display: p })) : [{ full: SEEDS_DIR, display: 'seeds' }];
}

export interface LoadedInput {
  documents: SourceDocument[];
  name: string;
  title?: string;
  warnings: string[];
}

export interface LoadOptions {
  /** Where `-` reads from (tests); standard input by default. */
  readStdin?: (limit: number) => ReadBytes;
  /** Called with each warning as it arises (so they reach the user even when loading then fails). */
  onWarning?: (warning: string) => void;
}

interface Candidate {
  /** Path on disk (unused for standard input). */
  full: string;
  /** Path shown to the user. */
  display: string;
  entry?: ManifestEntry;
  stdin?: boolean;
  /** Found in a folder (not named by the user): only regular files are read. */
  listed?: boolean;
}

type Format = 'text' | 'markdown' | 'html';

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function formatOf(file: string): Format {
  const ext = path.extname(file).toLowerCase();
  return HTML_EXTENSIONS.has(ext) ? 'html' : MARKDOWN_EXTENSIONS.has(ext) ? 'markdown' : 'text';
}

function readManifest(dir: string, display: string): Manifest | undefined {
  const file = path.join(dir, MANIFEST_FILE);
  if (!existsSync(file)) return undefined;
  const where = path.join(display, MANIFEST_FILE);
  const read = readFileBounded(file, MAX_MANIFEST_BYTES);
  if (!read.ok) throw inputError(`${where}: ${read.reason}`);
  const decoded = decodeText(read.bytes);
  if (!decoded.ok) throw inputError(`${where}: ${decoded.reason}`);
  return parseManifest(decoded.text, where);
}

/** A path with every link followed (the system's realpath: one call, not one per component). */
function realPath(p: string): string | undefined {
  try {
    return realpathSync.native(p);
  } catch {
    return undefined;
  }
}

/** True when `full` (after following links) lies inside the folder whose real path is `root`. */
function staysInside(full: string, root: string | undefined): boolean {
  const real = realPath(full);
  // A dangling link: reading it fails later with its own warning.
  if (real === undefined || root === undefined) return true;
  return real === root || real.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}

function folderCandidates(dir: string, display: string, note: (warning: string) => void): { list: Candidate[]; manifest?: Manifest } {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch (e) {
    note(`${display}: cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'}); skipped`);
    return { list: [] };
  }
  const manifest = readManifest(dir, display);
  const names = entries
    .filter((n) => !n.startsWith('.') && n !== MANIFEST_FILE && INPUT_EXTENSIONS.has(path.extname(n).toLowerCase()))
    .sort(byCodePoint);
  const list: Candidate[] = [];
  const listed = new Set<string>();
  const root = realPath(dir);
  const add = (c: Candidate): void => {
    if (!staysInside(c.full, root)) {
      note(`${c.display}: is a link to a file outside ${display}; skipped`);
      return;
    }
    list.push(c);
  };
  for (const entry of manifest?.documents ?? []) {
    const full = path.join(dir, entry.file);
    listed.add(entry.file);
    if (!existsSync(full) && !isLink(full)) {
      note(`${path.join(display, entry.file)}: listed in the manifest but not found; skipped`);
      continue;
    }
    add({ full, display: path.join(display, entry.file), entry, listed: true });
  }
  for (const n of names) if (!listed.has(n)) add({ full: path.join(dir, n), display: path.join(display, n), listed: true });
  const out: { list: Candidate[]; manifest?: Manifest } = { list };
  if (manifest) out.manifest = manifest;
  return out;
}

function isLink(full: string): boolean {
  try {
    return lstatSync(full).isSymbolicLink();
  } catch {
    return false;
  }
}

function uniqueId(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'doc';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** Bytes of one input to its document text and the page's metadata, or why it cannot be used. */
function toText(bytes: Buffer, format: Format | 'sniff'): { ok: true; text: string; meta: PageMeta } | { ok: false; reason: string } {
  const declared = format === 'html' ? decodeDeclaredCharset(bytes) : undefined;
  const decoded = declared !== undefined ? { ok: true as const, text: declared } : decodeText(bytes);
  if (!decoded.ok) return decoded;
  const kind = format === 'sniff' ? (looksLikeHtml(decoded.text) ? 'html' : 'text') : format;
  if (kind === 'html') return extractHtmlArticle(decoded.text);
  if (kind === 'markdown') {
    const md = markdownToText(decoded.text);
    if (md.text.trim() === '') return { ok: false, reason: 'empty (nothing but Markdown markup)' };
    return { ok: true, text: md.text, meta: md.meta };
  }
  return { ok: true, text: decoded.text, meta: {} };
}

function outletOf(c: Candidate, meta: PageMeta): OutletInfo {
  const fallback = c.stdin ? 'stdin' : path.basename(c.display);
  const outlet: OutletInfo = { ...(c.entry?.outlet ?? { name: fallback }) };
  if (!c.entry?.outletNamed) outlet.name = meta.siteName ?? fallback;
  for (const k of ['published', 'url', 'title', 'byline', 'language'] as const) {
    const v = meta[k];
    if (outlet[k] === undefined && v !== undefined) outlet[k] = v;
  }
  return outlet;
}

function languageWarning(display: string, outlet: OutletInfo, text: string): string | undefined {
  const model = 'analysed, but the paraphrase model is English-only, so reworded passages may be missed';
  if (outlet.language !== undefined && !/^en\b/i.test(outlet.language)) return `${display}: its language is given as "${outlet.language}"; ${model}`;
  if (outlet.language !== undefined) return undefined;
  const check = checkEnglish(text);
  if (check.english) return undefined;
  const why = check.latinShare < 0.5 ? 'mostly not in Latin script' : `${Math.round(check.functionWordShare * 100)}% English function words`;
  return `${display}: does not look like English (${why}); ${model}`;
}

/** Read the documents named by `paths` (files, folders, `-`); no paths means the bundled seeds. */
export function loadDocuments(paths: readonly string[], options: LoadOptions = {}): LoadedInput {
  const warnings: string[] = [];
  const note = (w: string): void => {
    warnings.push(w);
    options.onWarning?.(w);
  };
  const candidates: Candidate[] = [];
  let name: string | undefined;
  let title: string | undefined;
  const given = givenPaths(paths);
  if (given.filter((g) => g.full === STDIN_PATH).length > 1) throw usageError('standard input (-) can be read only once');
  for (const g of given) {
    if (g.full === STDIN_PATH) {
      candidates.push({ full: STDIN_PATH, display: STDIN_PATH, stdin: true });
      continue;
    }
    if (!existsSync(g.full)) throw usageError(`no such file or folder: ${g.display}`);
    if (statSync(g.full).isDirectory()) {
      const { list, manifest } = folderCandidates(g.full, g.display, note);
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
  const duplicates = new DuplicateFinder();
  let totalChars = 0;
  const taken = new Map<string, string>();
  for (const c of candidates) {
    // One file named twice (twice over, or on its own and in its folder) is read once.
    const real = c.stdin ? undefined : realPath(c.full);
    const before = real === undefined ? undefined : taken.get(real);
    if (before !== undefined) {
      note(repeatedFileWarning(c.display, before));
      continue;
    }
    if (real !== undefined) taken.set(real, c.display);
    const read = c.stdin ? (options.readStdin ?? readStdinBounded)(MAX_DOCUMENT_BYTES) : readFileBounded(c.full, MAX_DOCUMENT_BYTES, c.listed === true);
    if (!read.ok) {
      note(`${c.display}: ${read.reason}; skipped`);
      continue;
    }
    const converted = toText(read.bytes, c.stdin ? 'sniff' : formatOf(c.display));
    if (!converted.ok) {
      note(`${c.display}: ${converted.reason}; skipped`);
      continue;
    }
    const { text, meta } = converted;
    if (text.length > MAX_DOCUMENT_CHARS) {
      note(`${c.display}: ${text.length.toLocaleString('en')} characters of text is over the limit of ${MAX_DOCUMENT_CHARS.toLocaleString('en')} for one document; skipped`);
      continue;
    }
    if (totalChars + text.length > MAX_TOTAL_CHARS) {
      note(`${c.display}: the documents before it already hold ${totalChars.toLocaleString('en')} characters, and the limit for all is ${MAX_TOTAL_CHARS.toLocaleString('en')}; skipped`);
      continue;
    }
    totalChars += text.length;
    const first = duplicates.check(text, c.display);
    if (first !== undefined) note(duplicateWarning(c.display, first));
    const outlet = outletOf(c, meta);
    const language = languageWarning(c.display, outlet, text);
    if (language) note(language);
    const stem = c.stdin ? 'stdin' : path.basename(c.display, path.extname(c.display));
    documents.push({ id: uniqueId(c.entry?.id ?? stem, ids), file: c.display, outlet, text });
  }
  if (documents.length < 2)
    throw inputError(`wiretrace compares documents: it needs at least two usable ones, and found ${documents.length}`);
  const out: LoadedInput = { documents, name: name ?? 'documents', warnings };
  if (title !== undefined) out.title = title;
  return out;
}
