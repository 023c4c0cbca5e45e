/**
 * The inputs a user named, and reading one of them (load-documents.ts, and the archive's adds
 * through it): folders listed in name order or the manifest's, links kept inside their folder, one
 * file read once, web addresses fetched (addresses.ts), Markdown and web pages converted.
 */
import { existsSync, lstatSync, realpathSync, statSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { OutletInfo, Span } from '../types.js';
import { inputError, usageError } from '../errors.js';
import { fetchAddresses, type AddressOptions, type FetchedPage } from './addresses.js';
import { assumedEncodingNote, decodeDeclared, decodeText } from './decode.js';
import { repeatedFileWarning } from './duplicates.js';
import { isAddress } from './fetch-page.js';
import { declaredCharset, extractHtmlArticle, looksLikeHtml, type PageMeta } from './html-article.js';
import { MAX_DOCUMENT_BYTES, overCharLimit } from './limits.js';
import { MANIFEST_FILE, parseManifest, type Manifest, type ManifestEntry } from './manifest.js';
import { loadMarkdownReader, markdownToText } from './markdown.js';
import { readFileBounded, readStdinBounded, type ReadBytes } from './read-bytes.js';
import { byCode } from '../text/code-order.js';

const HTML_EXTENSIONS: ReadonlySet<string> = new Set(['.html', '.htm', '.xhtml']);
const MARKDOWN_EXTENSIONS: ReadonlySet<string> = new Set(['.md', '.markdown']);
/** Extensions read from a folder. */
export const INPUT_EXTENSIONS: ReadonlySet<string> = new Set(['.txt', '.text', ...MARKDOWN_EXTENSIONS, ...HTML_EXTENSIONS]);
/** The path that means standard input. */
export const STDIN_PATH = '-';
/** The largest manifest read. */
const MAX_MANIFEST_BYTES = 1024 * 1024;

/** A path to read, and how to show it (the path as given; "seeds" for the bundled seeds). */
export interface GivenPath {
  full: string;
  display: string;
}

export interface Candidate {
  /** Path on disk (unused for standard input; for a web address, its body in the page cache). */
  full: string;
  /** Path (or web address) shown to the user. */
  display: string;
  /** A web address to fetch (named by the user, or by a manifest); listInputs replaces it by its page. */
  address?: string;
  /** A web address's page, fetched or from the cache. */
  page?: FetchedPage;
  entry?: ManifestEntry;
  stdin?: boolean;
  /** Found in a folder (not named by the user): only regular files are read. */
  listed?: boolean;
}

export interface InputList {
  candidates: Candidate[];
  /** The manifest's name, or the folder's, when one folder was given. */
  name?: string;
  title?: string;
}

type Format = 'text' | 'markdown' | 'html';

function formatOf(c: Candidate): Format | 'sniff' {
  if (c.page) return c.page.format;
  if (c.stdin) return 'sniff';
  const file = c.display;
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
  if (decoded.assumed) throw inputError(`${where}: not valid UTF-8 (JSON is always UTF-8)`);
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
  // Entries that are no links: a file of the folder listed by its own name is inside it, with no realpath to ask.
  const plain = new Set<string>();
  try {
    const dirents = readdirSync(dir, { withFileTypes: true });
    entries = dirents.map((d) => d.name);
    for (const d of dirents) if (!d.isSymbolicLink()) plain.add(d.name);
  } catch (e) {
    note(`${display}: cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'}); skipped`);
    return { list: [] };
  }
  const manifest = readManifest(dir, display);
  const names = entries
    .filter((n) => !n.startsWith('.') && n !== MANIFEST_FILE && INPUT_EXTENSIONS.has(path.extname(n).toLowerCase()))
    .sort(byCode);
  const list: Candidate[] = [];
  const listed = new Set<string>();
  const root = realPath(dir);
  const add = (c: Candidate, name: string): void => {
    if (!plain.has(name) && !staysInside(c.full, root)) {
      note(`${c.display}: is a link to a file outside ${display}; skipped`);
      return;
    }
    list.push(c);
  };
  for (const entry of manifest?.documents ?? []) {
    if (entry.address !== undefined) {
      list.push({ full: '', display: entry.address, address: entry.address, entry, listed: true });
      continue;
    }
    const full = path.join(dir, entry.file);
    listed.add(entry.file);
    if (!existsSync(full) && !isLink(full)) {
      note(`${path.join(display, entry.file)}: listed in the manifest but not found; skipped`);
      continue;
    }
    add({ full, display: path.join(display, entry.file), entry, listed: true }, entry.file);
  }
  for (const n of names) if (!listed.has(n)) add({ full: path.join(dir, n), display: path.join(display, n), listed: true }, n);
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

/** The id an input asks for: its manifest id, else its file name without extension ("stdin" for standard input). */
export function wantedId(c: Candidate): string {
  if (c.entry?.id !== undefined) return c.entry.id;
  if (c.stdin) return 'stdin';
  if (c.page) return addressName(c.page.address, true);
  return path.basename(c.display, path.extname(c.display));
}

/** A web address's last path segment (without its extension when `bare`), else its host without "www.". */
function addressName(address: string, bare: boolean): string {
  const u = new URL(address);
  const segment = u.pathname.split('/').filter((x) => x !== '').pop() ?? '';
  let last = segment;
  try {
    last = decodeURIComponent(segment);
  } catch {
    // A malformed escape (`%E0%A4`): the segment as written.
  }
  const host = u.hostname.replace(/^www\./, '');
  if (!bare) return host;
  return (last === '' ? '' : path.basename(last, path.extname(last))) || host;
}

export function uniqueId(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'doc';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/**
 * Bytes of one input to its document text and the page's metadata, or why it cannot be used. The
 * encoding: the one a server declared (`charset`), else the one a web page declares, else UTF-8,
 * else Windows-1252 assumed (`assumed`: the caller warns).
 */
function toText(bytes: Buffer, format: Format | 'sniff', charset: string | undefined): InputText {
  const decoded = decodeDeclared(bytes, charset ?? (format === 'html' ? declaredCharset(bytes) : undefined));
  if (!decoded.ok) return decoded;
  const assumed = decoded.assumed ? { assumed: decoded.assumed } : {};
  const kind = format === 'sniff' ? (looksLikeHtml(decoded.text) ? 'html' : 'text') : format;
  if (kind === 'html') {
    const page = extractHtmlArticle(decoded.text);
    return page.ok ? { ...page, ...assumed } : page;
  }
  if (kind === 'markdown') {
    // The text is as long as the source: one over the limit is refused before it is parsed (slow at that size).
    const over = overCharLimit(decoded.text.length);
    if (over !== undefined) return { ok: false, reason: over };
    const md = markdownToText(decoded.text);
    if (md.text.trim() === '') return { ok: false, reason: 'empty (nothing but Markdown markup)' };
    return { ok: true, text: md.text, meta: md.meta, ...(md.blockQuotes.length > 0 && { blockQuotes: md.blockQuotes }), ...assumed };
  }
  return { ok: true, text: decoded.text, meta: {}, ...assumed };
}

export function outletOf(c: Candidate, meta: PageMeta): OutletInfo {
  const fallback = c.stdin ? 'stdin' : c.page ? addressName(c.page.address, false) : path.basename(c.display);
  const outlet: OutletInfo = { ...(c.entry?.outlet ?? { name: fallback }) };
  if (!c.entry?.outletNamed) outlet.name = meta.siteName ?? fallback;
  // A fetched page's address is where it was read, before any address the page claims for itself.
  if (c.page && outlet.url === undefined) outlet.url = c.page.address;
  for (const k of ['published', 'url', 'title', 'byline', 'language'] as const) {
    const v = meta[k];
    if (outlet[k] === undefined && v !== undefined) outlet[k] = v;
  }
  return outlet;
}

/**
 * The inputs `given` names: files, folders (their readable files, in the manifest's order then by
 * name), `-`, web addresses (fetched, or from the cache: `options`). A file reached twice (named
 * twice, or on its own and in its folder, or through a link) is listed once, with a warning. The
 * Markdown reader is loaded here when a Markdown file is listed, so reading stays synchronous.
 */
export async function listInputs(given: readonly GivenPath[], note: (warning: string) => void, options: AddressOptions = {}): Promise<InputList> {
  const candidates: Candidate[] = [];
  let name: string | undefined;
  let title: string | undefined;
  if (given.filter((g) => g.full === STDIN_PATH).length > 1) throw usageError('standard input (-) can be read only once');
  for (const g of given) {
    if (g.full === STDIN_PATH) {
      candidates.push({ full: STDIN_PATH, display: STDIN_PATH, stdin: true });
      continue;
    }
    if (isAddress(g.full)) {
      candidates.push({ full: '', display: g.display, address: g.full });
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
      const entry = manifest?.documents.find((e) => e.file !== undefined && path.resolve(path.dirname(g.full), e.file) === path.resolve(g.full));
      candidates.push(entry ? { ...g, entry } : g);
    }
  }

  // All addresses at once (a few at a time: addresses.ts); one that cannot be had is left out, after its warning.
  const wanted = candidates.filter((c) => c.address !== undefined);
  const fetched = await fetchAddresses(wanted.map((c) => c.address!), options, note);
  const pages = new Map(wanted.map((c, i) => [c, fetched[i]]));
  const once: Candidate[] = [];
  const taken = new Map<string, string>();
  for (const listed of candidates) {
    let c = listed;
    if (c.address !== undefined) {
      const page = pages.get(c);
      if (!page) continue;
      c = { ...c, full: page.file ?? '', page };
    }
    const real = c.stdin ? undefined : c.page ? `page:${c.page.address}` : realPath(c.full);
    const before = real === undefined ? undefined : taken.get(real);
    if (before !== undefined) {
      note(repeatedFileWarning(c.display, before));
      continue;
    }
    if (real !== undefined) taken.set(real, c.display);
    once.push(c);
  }
  if (once.some((c) => formatOf(c) === 'markdown')) await loadMarkdownReader();
  const out: InputList = { candidates: once };
  if (name !== undefined) out.name = name;
  if (title !== undefined) out.title = title;
  return out;
}

/** `assumed`: the bytes were not UTF-8 and had no declared encoding, so this one was assumed (warn of it). */
export type InputText =
  | { ok: true; text: string; meta: PageMeta; assumed?: 'windows-1252'; /** Block quotations the source marks (Markdown `>`). */ blockQuotes?: Span[] }
  | { ok: false; reason: string };

/** One input's document text and page metadata (Markdown blanked, a web page's article extracted), or why it cannot be used. */
export function readInput(c: Candidate, readStdin: (limit: number) => ReadBytes = readStdinBounded): InputText {
  const read: ReadBytes = c.page?.bytes
    ? { ok: true, bytes: c.page.bytes }
    : c.stdin
      ? readStdin(MAX_DOCUMENT_BYTES)
      : readFileBounded(c.full, MAX_DOCUMENT_BYTES, c.listed === true || c.page !== undefined);
  if (!read.ok) return read;
  return toText(read.bytes, formatOf(c), c.page?.charset);
}

/** The warning for a text whose encoding was assumed, if it was. */
export function assumedEncodingWarning(c: Candidate, text: InputText): string | undefined {
  return text.ok && text.assumed ? assumedEncodingNote(c.display) : undefined;
}
